#include "emulatorclient.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool EmulatorClient::authenticate(QString *error)
{
    const QByteArray user = (m_emulator.clientId() + u':' + m_emulator.clientSecret()).toUtf8();
    const HttpResult result =
        tokenRequest(m_emulator.authEndpoint() + u"/oauth2/token?grant_type=client_credentials"_s, user, {},
                     "application/x-www-form-urlencoded");
    m_token = result.json.value(u"access_token"_s).toString();
    if (m_token.isEmpty() && error)
        *error = u"token request failed: %1 %2"_s.arg(result.status).arg(QString::fromUtf8(result.body));
    return !m_token.isEmpty();
}

HttpResult EmulatorClient::get(const QString &path, const Query &query)
{
    return api("GET", path, query, {}, {});
}

HttpResult EmulatorClient::post(const QString &path, const QJsonObject &body)
{
    return api("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

HttpResult EmulatorClient::patch(const QString &path, const QJsonObject &body)
{
    return api("PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

HttpResult EmulatorClient::del(const QString &path, const Query &query)
{
    return api("DELETE", path, query, {}, {});
}

HttpResult EmulatorClient::api(const QByteArray &method, const QString &path, const Query &query,
                               const QByteArray &body, const QByteArray &contentType)
{
    QUrl url(m_emulator.apiUrl().toString() + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : query)
            q.addQueryItem(key, value);
        url.setQuery(q);
    }
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!m_token.isEmpty())
        headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
    const QString key = m_apiKeySet ? m_apiKey : m_emulator.apiKey();
    if (!key.isEmpty())
        headers.append({"x-api-key", key.toUtf8()});
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    return send(method, url, body, headers);
}

HttpResult EmulatorClient::admin(const QByteArray &method, const QString &action, const QJsonObject &body)
{
    const QUrl url(m_emulator.adminUrl().toString() + action);
    return send(method, url,
                method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"},
                 {EmulatorProcess::AdminTokenHeader, m_emulator.adminToken().toUtf8()}});
}

HttpResult EmulatorClient::tokenRequest(const QString &url, const QByteArray &basicUser,
                                        const QByteArray &body, const QByteArray &contentType)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!basicUser.isEmpty())
        headers.append({"Authorization", "Basic " + basicUser.toBase64()});
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    return send("POST", QUrl(url), body, headers);
}

HttpResult EmulatorClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30000);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(40000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

int RawAnswer::status() const
{
    return bytes.startsWith("HTTP/1.") ? bytes.mid(9, 3).toInt() : 0;
}

bool RawAnswer::hasSuccess() const
{
    static const QRegularExpression successLine(u"(^|\\r\\n)HTTP/1\\.[01] 2\\d\\d "_s);
    return successLine.match(QString::fromLatin1(bytes)).hasMatch();
}

QByteArray EmulatorClient::rawAuthHeaders() const
{
    return "Host: " + m_emulator.hostHeader() + "\r\nAuthorization: Bearer " + m_token.toUtf8() +
           "\r\nx-api-key: " + m_emulator.apiKey().toUtf8() + "\r\n";
}

RawAnswer EmulatorClient::raw(const QByteArray &bytes, int waitMs)
{
    RawAnswer answer;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer.bytes += socket.readAll(); });
    const QUrl base = m_emulator.directApiUrl();
    socket.connectToHost(base.host(), quint16(base.port()));
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    if (socket.state() != QAbstractSocket::ConnectedState && !connected.wait(10000))
        return answer;
    socket.write(bytes);
    QDeadlineTimer deadline(waitMs);
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        QSignalSpy changed(&socket, &QAbstractSocket::stateChanged);
        changed.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    answer.bytes += socket.readAll();
    answer.closed = socket.state() == QAbstractSocket::UnconnectedState;
    socket.abort();
    return answer;
}
