#include "auth/accesstoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace las {

AccessToken::AccessToken(QString token, QDateTime expiresAt, QDateTime issuedAt)
    : m_token(std::move(token))
    , m_expiresAt(expiresAt.toUTC())
    , m_issuedAt(issuedAt.isValid() ? issuedAt.toUTC() : QDateTime())
{}

int AccessToken::skewSeconds() const
{
    if (m_issuedAt.isValid() && m_expiresAt.isValid()) {
        const qint64 lifetime = m_issuedAt.secsTo(m_expiresAt);
        if (lifetime > 0)
            return int(qMin<qint64>(kSkewSeconds, lifetime / 2));
    }
    return kSkewSeconds;
}

bool AccessToken::isFresh(const QDateTime &now) const
{
    if (m_token.isEmpty() || !m_expiresAt.isValid())
        return false;
    return now.addSecs(skewSeconds()) < m_expiresAt;
}

std::optional<AccessToken> AccessToken::fromTokenResponse(const QJsonValue &json, const QDateTime &now,
                                                          QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<AccessToken> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(u"token response is not a JSON object"_s);
    const QJsonObject o = json.toObject();
    const QJsonValue token = o.value(u"access_token"_s);
    if (!token.isString() || token.toString().isEmpty())
        return fail(u"token response has no access_token string"_s);
    const QJsonValue expires = o.value(u"expires_in"_s);
    double seconds = 0;
    if (expires.isDouble())
        seconds = expires.toDouble();
    else if (expires.isString()) // some gateways send numbers as strings
        seconds = expires.toString().toDouble();
    else
        return fail(u"token response has no numeric expires_in"_s);
    if (!(seconds > 0) || seconds > 366.0 * 24 * 3600)
        return fail(u"token response has an out-of-range expires_in"_s);
    const QJsonValue type = o.value(u"token_type"_s);
    if (!type.isUndefined() && !type.isNull() &&
        (!type.isString() || type.toString().compare(u"bearer"_s, Qt::CaseInsensitive) != 0))
        return fail(u"token response has an unsupported token_type"_s);
    const QDateTime issued = now.toUTC();
    return AccessToken(token.toString(), issued.addMSecs(qint64(seconds * 1000)), issued);
}

QByteArray AccessToken::toStoreData() const
{
    QJsonObject o{{u"token"_s, m_token}, {u"expiresAt"_s, double(m_expiresAt.toMSecsSinceEpoch())}};
    if (m_issuedAt.isValid())
        o.insert(u"issuedAt"_s, double(m_issuedAt.toMSecsSinceEpoch()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AccessToken> AccessToken::fromStoreData(const QByteArray &data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue token = o.value(u"token"_s);
    const QJsonValue expires = o.value(u"expiresAt"_s);
    if (!token.isString() || token.toString().isEmpty() || !expires.isDouble())
        return std::nullopt;
    QDateTime issued;
    if (o.value(u"issuedAt"_s).isDouble())
        issued = QDateTime::fromMSecsSinceEpoch(qint64(o.value(u"issuedAt"_s).toDouble()), QTimeZone::utc());
    return AccessToken(token.toString(),
                       QDateTime::fromMSecsSinceEpoch(qint64(expires.toDouble()), QTimeZone::utc()), issued);
}

} // namespace las
