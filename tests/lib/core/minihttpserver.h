#pragma once

// A tiny HTTP/1.1 server for tests of things the emulator cannot produce (cross-origin redirects, malformed
// or huge bodies, non-JSON error pages) and for token-endpoint tests. Header-only; test code, not library
// code.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

class MiniHttpServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray raw; // everything received for this request
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool drop = false;          // close the connection without answering
        qint64 declaredLength = -1; // Content-Length to announce (-1: body size)
        qint64 streamBytes = 0;     // instead of body: stream this many bytes of '[' (huge responses)
        bool omitLength = false;    // no Content-Length: the body ends when the connection closes
        bool hold = false;          // never answer (stalls, cancels)
    };
    using Handler = std::function<Response(const Request &)>;

    explicit MiniHttpServer(Handler handler, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_handler(std::move(handler))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

    QList<Request> requests;
    int connections = 0;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buf = m_buffers[socket];
        buf += socket->readAll();
        for (;;) {
            const int end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const int colon = line.indexOf(':');
                if (colon > 0)
                    r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            const qint64 length = r.headers.value("content-length", "0").toLongLong();
            if (buf.size() < end + 4 + length)
                return;
            r.body = buf.mid(end + 4, length);
            r.raw = buf.left(end + 4 + length);
            buf.remove(0, end + 4 + length);
            requests.append(r);
            respond(socket, m_handler(r));
        }
    }

    void respond(QTcpSocket *socket, const Response &resp)
    {
        if (resp.drop) {
            socket->abort();
            return;
        }
        if (resp.hold)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + " Status\r\n";
        const qint64 length = resp.streamBytes > 0       ? resp.streamBytes
                              : resp.declaredLength >= 0 ? resp.declaredLength
                                                         : resp.body.size();
        if (resp.omitLength)
            out += "Connection: close\r\n";
        else
            out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        for (const auto &[k, v] : resp.headers)
            out += k + ": " + v + "\r\n";
        out += "\r\n";
        socket->write(out);
        if (resp.streamBytes > 0) {
            // Written in slices as the socket drains, so the server itself never holds the whole body.
            auto remaining = std::make_shared<qint64>(resp.streamBytes);
            QPointer<QTcpSocket> guard(socket);
            auto pump = std::make_shared<std::function<void()>>();
            const bool closeAtEnd = resp.omitLength;
            *pump = [guard, remaining, closeAtEnd] {
                if (!guard)
                    return;
                while (*remaining > 0 && guard->bytesToWrite() < 1024 * 1024) {
                    const qint64 n = qMin<qint64>(*remaining, 256 * 1024);
                    guard->write(QByteArray(n, '['));
                    *remaining -= n;
                }
                if (*remaining == 0 && closeAtEnd && guard->bytesToWrite() == 0)
                    guard->disconnectFromHost();
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, [pump] { (*pump)(); });
            (*pump)();
        } else {
            socket->write(resp.body);
            if (resp.omitLength)
                socket->disconnectFromHost();
        }
    }

    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
