#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractSocket;
class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrl;

namespace las {

// Document uploads without QNetworkAccessManager's HTTP thread. Qt 6.4 hands a request body from the caller's
// thread to its HTTP thread in 16 KiB pieces, one cross-thread round trip each (about 85 for a 1 MB PDF,
// each waking two threads); on a quiet machine that wait, not the wire, bounded the upload rate. This sends
// the body from the caller's thread straight into the socket, with TCP_NODELAY, in large pieces, and keeps
// connections alive between uploads. It speaks only what an upload needs (HTTP/1.1, one request at a time
// per connection, Content-Length or chunked answers) and is used only when no proxy applies (see
// usableFor); everything else stays on QNetworkAccessManager. The replies it makes are QNetworkReplys, so the
// transport treats both paths alike.
class DirectHttpConnections : public QObject
{
    Q_OBJECT
public:
    explicit DirectHttpConnections(QObject *parent = nullptr);
    ~DirectHttpConnections() override;

    // Whether `url` can be reached without QNetworkAccessManager: http or https, no proxy configured on the
    // manager or for the application (a proxy is left to Qt), and LAS_DIRECT_UPLOAD is not "0".
    static bool usableFor(const QUrl &url, const QNetworkAccessManager *nam);

    // Sends `method` with a body of known size. The body must be open and stay alive until the reply
    // finishes (parent it to the reply). The reply is a child of this object.
    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &method, QIODevice *body);

    // A kept-alive connection to the origin of `url`, or null. The caller owns it.
    QAbstractSocket *take(const QUrl &url);
    // Returns a connection whose last exchange ended cleanly; it is kept for a few seconds.
    void giveBack(const QUrl &url, QAbstractSocket *socket);
    // Connections waiting for reuse (tests).
    int idleCount() const;

    static QString originKey(const QUrl &url);

private:
    struct Idle
    {
        QPointer<QAbstractSocket> socket;
        QElapsedTimer since;
    };
    QHash<QString, QList<Idle>> m_idle;
};

} // namespace las
