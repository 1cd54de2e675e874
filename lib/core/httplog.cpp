#include "core/httplog.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace las {

Q_LOGGING_CATEGORY(lcHttp, "las.http", QtWarningMsg)

namespace {
const QString kRedacted = u"<redacted>"_s;

bool isSensitiveKey(const QString &key)
{
    const QString k = key.toLower();
    return k == u"access_token"_s || k == u"client_secret"_s || k == u"api_key"_s || k == u"apikey"_s ||
           k == u"x-api-key"_s || k == u"token"_s || k == u"password"_s || k == u"refresh_token"_s ||
           k == u"clientsecret"_s || k == u"secret"_s;
}
} // namespace

bool HttpLog::isSensitiveHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "x-api-key" || n == "cookie" ||
           n == "set-cookie";
}

QByteArray HttpLog::headerForLog(const QByteArray &name, const QByteArray &value)
{
    if (isSensitiveHeader(name)) {
        // Keep the scheme ("Bearer"/"Basic") so a log still shows which auth was used.
        const int space = value.indexOf(' ');
        const QByteArray scheme =
            name.toLower().endsWith("authorization") && space > 0 ? value.left(space + 1) : QByteArray();
        return name + ": " + scheme + "<redacted>";
    }
    return name + ": " + value;
}

QString HttpLog::urlForLog(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QUrlQuery cleaned;
        const auto items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &[key, value] : items)
            cleaned.addQueryItem(key,
                                 isSensitiveKey(QUrl::fromPercentEncoding(key.toUtf8())) ? kRedacted : value);
        copy.setQuery(cleaned);
    }
    // A path or anything else may still carry "access_token=..." (a caller's mistake): scrub it too.
    return redact(copy.toString());
}

QString HttpLog::redact(const QString &text, const QStringList &secrets)
{
    QString out = text;
    for (const QString &secret : secrets) {
        if (secret.size() >= 4) // never redact trivially short strings (would shred the whole line)
            out.replace(secret, kRedacted);
    }
    // JSON: "access_token": "…"
    static const QRegularExpression json(
        u"(\"(?:access_token|refresh_token|client_secret|clientSecret|api_key|apiKey|token|password)\"\\s*:\\s*\")([^\"]*)(\")"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(json, u"\\1<redacted>\\3"_s);
    // Form or query: client_secret=…&
    static const QRegularExpression form(
        u"((?:^|[?&\\s])(?:access_token|refresh_token|client_secret|api_key|token|password)=)([^&\\s]*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(form, u"\\1<redacted>"_s);
    // Header lines written as text.
    static const QRegularExpression header(
        u"((?:authorization|x-api-key)\\s*:\\s*(?:bearer |basic )?)(\\S+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(header, u"\\1<redacted>"_s);
    return out;
}

} // namespace las
