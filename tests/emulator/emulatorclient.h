#pragma once

#include "emulatorprocess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>

#include <utility>

// A plain HTTP client for the emulator tests (independent of lib/): one call at a time, each waited for with
// a bounded QSignalSpy::wait.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const;
    QString message() const { return json.value(QStringLiteral("message")).toString(); }
};

// What came back on a raw TCP connection.
struct RawAnswer
{
    QByteArray bytes;
    bool closed = false;     // the server closed the connection within the wait
    int status() const;      // of the first answer; 0 if none
    bool hasSuccess() const; // any 2xx status line anywhere in the bytes
};

class EmulatorClient
{
public:
    using Query = QList<std::pair<QString, QString>>;

    explicit EmulatorClient(const EmulatorProcess &emulator)
        : m_emulator(emulator)
    {}

    bool authenticate(QString *error = nullptr);
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    void setApiKey(const QString &key)
    {
        m_apiKey = key;
        m_apiKeySet = true;
    }

    HttpResult get(const QString &path, const Query &query = {});
    HttpResult post(const QString &path, const QJsonObject &body);
    HttpResult patch(const QString &path, const QJsonObject &body);
    HttpResult del(const QString &path, const Query &query = {});
    // Any request to the API, with a raw body and content type.
    HttpResult api(const QByteArray &method, const QString &path, const Query &query, const QByteArray &body,
                   const QByteArray &contentType);
    HttpResult admin(const QByteArray &method, const QString &action, const QJsonObject &body = {});
    HttpResult tokenRequest(const QString &url, const QByteArray &basicUser, const QByteArray &body,
                            const QByteArray &contentType);

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                    const QList<std::pair<QByteArray, QByteArray>> &headers);

    // Sends bytes as they are on a new TCP connection to the emulator and collects the answer until the
    // server closes the connection or waitMs pass (bounded: never hangs).
    RawAnswer raw(const QByteArray &bytes, int waitMs = 15000);
    // Headers for raw requests: Host, Authorization, x-api-key, each ending in CRLF.
    QByteArray rawAuthHeaders() const;

private:
    const EmulatorProcess &m_emulator;
    QNetworkAccessManager m_nam;
    QString m_token;
    QString m_apiKey;
    bool m_apiKeySet = false;
};
