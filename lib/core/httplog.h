#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace las {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// Redaction for the "las.http" log: headers, URLs and free text never carry secrets into a log line.
class HttpLog
{
public:
    static bool isSensitiveHeader(const QByteArray &name);
    // "Authorization: <redacted>"; other headers as they are.
    static QByteArray headerForLog(const QByteArray &name, const QByteArray &value);
    // Scheme, host, port and path; query values of sensitive keys replaced, user info dropped.
    static QString urlForLog(const QUrl &url);
    // Replaces every occurrence of each secret, and access_token / client_secret / api_key values in JSON
    // or form text, with "<redacted>".
    static QString redact(const QString &text, const QStringList &secrets = {});
};

} // namespace las
