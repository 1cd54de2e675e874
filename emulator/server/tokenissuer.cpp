#include "server/tokenissuer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

HttpResponse oauthError(int status, const QString &code, const QString &description)
{
    HttpResponse response = HttpResponse::json(
        status,
        QJsonObject{{u"error"_s, code}, {u"error_description"_s, description}, {u"message"_s, description}});
    if (status == 401)
        response.addHeader("WWW-Authenticate", "Basic realm=\"las-emulator\"");
    return response;
}

QString formValue(const QByteArray &body, const QString &key)
{
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        QByteArray name = pair.left(eq);
        QByteArray value = pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        if (QUrl::fromPercentEncoding(name) == key)
            return QUrl::fromPercentEncoding(value);
    }
    return {};
}

} // namespace

TokenIssuer::TokenIssuer(QString clientId, QString clientSecret, int lifetimeSeconds)
    : m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_lifetimeSeconds(lifetimeSeconds)
{}

HttpResponse TokenIssuer::handleTokenRequest(const HttpRequest &request)
{
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::error(405, u"Use POST"_s);
        response.addHeader("Allow", "POST");
        return response;
    }
    const bool formBody =
        request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded");
    QString grantType;
    const QStringList fromQuery = request.queryValues(u"grant_type"_s);
    if (!fromQuery.isEmpty())
        grantType = fromQuery.first();
    else if (formBody)
        grantType = formValue(request.body, u"grant_type"_s);
    if (grantType.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"grant_type is missing"_s);
    if (grantType != u"client_credentials"_s)
        return oauthError(400, u"unsupported_grant_type"_s,
                          u"Only grant_type=client_credentials is supported"_s);

    QString id, secret;
    const QByteArray authorization = request.header("authorization");
    if (authorization.toLower().startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0) {
            id = QUrl::fromPercentEncoding(decoded.left(colon));
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    } else if (formBody) {
        id = formValue(request.body, u"client_id"_s);
        secret = formValue(request.body, u"client_secret"_s);
    }
    if (id.isEmpty())
        return oauthError(401, u"invalid_client"_s, u"Client authentication is missing"_s);
    if (id != m_clientId || secret != m_clientSecret)
        return oauthError(401, u"invalid_client"_s, u"Client authentication failed"_s);

    QByteArray raw(32, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    const QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_tokens.insert(token, now + qint64(m_lifetimeSeconds) * 1000);
    // Forget expired tokens now and then so the table does not grow without bound.
    if (m_tokens.size() > 1024) {
        for (auto it = m_tokens.begin(); it != m_tokens.end();)
            it = it.value() <= now ? m_tokens.erase(it) : std::next(it);
    }
    return HttpResponse::json(200, QJsonObject{{u"access_token"_s, QString::fromLatin1(token)},
                                               {u"expires_in"_s, m_lifetimeSeconds},
                                               {u"token_type"_s, u"Bearer"_s}});
}

bool TokenIssuer::isValid(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.constEnd() && it.value() > QDateTime::currentMSecsSinceEpoch();
}
