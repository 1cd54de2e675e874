#include "core/directhttpconnections.h"

#include "core/directhttpreply.h"

#include <QAbstractSocket>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QUrl>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace las {

namespace {
// Kept shorter than any server's keep-alive timeout we know of (the emulator 30 s, common proxies 5-60 s), so
// a reused connection is almost never one the server is closing at that moment.
constexpr qint64 kDirectIdleMaxMs = 4000;
constexpr int kDirectIdlePerOrigin = 16;

// True when the peer has sent nothing since the last answer: no bytes, no EOF, no error.
bool directSocketIsQuiet(QAbstractSocket *socket)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0)
        return false;
    char byte = 0;
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0)
        return false;
    const ssize_t n = ::recv(int(fd), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
}
} // namespace

DirectHttpConnections::DirectHttpConnections(QObject *parent)
    : QObject(parent)
{}

DirectHttpConnections::~DirectHttpConnections() = default; // idle sockets are children

bool DirectHttpConnections::usableFor(const QUrl &url, const QNetworkAccessManager *nam)
{
    if (qEnvironmentVariable("LAS_DIRECT_UPLOAD") == u"0"_s)
        return false;
    const QString scheme = url.scheme();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return false;
    if (nam) {
        if (nam->proxyFactory())
            return false;
        const QNetworkProxy::ProxyType type = nam->proxy().type();
        if (type != QNetworkProxy::DefaultProxy && type != QNetworkProxy::NoProxy)
            return false;
        if (type == QNetworkProxy::NoProxy)
            return true;
    }
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url, QNetworkProxyQuery::UrlRequest));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy)
            return false;
    }
    return QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy ||
           QNetworkProxy::applicationProxy().type() == QNetworkProxy::DefaultProxy;
}

QString DirectHttpConnections::originKey(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    return url.scheme() + u"://"_s + url.host(QUrl::FullyEncoded) + u':' +
           QString::number(url.port(defaultPort));
}

QNetworkReply *DirectHttpConnections::send(const QNetworkRequest &request, const QByteArray &method,
                                           QIODevice *body)
{
    return new DirectHttpReply(this, request, method, body, this);
}

QAbstractSocket *DirectHttpConnections::take(const QUrl &url)
{
    auto it = m_idle.find(originKey(url));
    if (it == m_idle.end())
        return nullptr;
    QAbstractSocket *found = nullptr;
    while (!it->isEmpty() && !found) {
        Idle idle = it->takeLast(); // the most recently used first
        if (!idle.socket)
            continue;
        if (idle.since.elapsed() <= kDirectIdleMaxMs && directSocketIsQuiet(idle.socket)) {
            found = idle.socket;
            found->disconnect(this);
        } else {
            idle.socket->abort();
            idle.socket->deleteLater();
        }
    }
    if (it->isEmpty())
        m_idle.erase(it);
    return found;
}

void DirectHttpConnections::giveBack(const QUrl &url, QAbstractSocket *socket)
{
    if (!socket)
        return;
    socket->disconnect();
    socket->setParent(this);
    QList<Idle> &list = m_idle[originKey(url)];
    if (list.size() >= kDirectIdlePerOrigin) {
        Idle oldest = list.takeFirst();
        if (oldest.socket) {
            oldest.socket->abort();
            oldest.socket->deleteLater();
        }
    }
    Idle idle;
    idle.socket = socket;
    idle.since.start();
    list.append(idle);
    // A connection the server closes while idle is dropped at once.
    connect(socket, &QAbstractSocket::disconnected, this, [socket] { socket->deleteLater(); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket] { socket->deleteLater(); });
    connect(socket, &QIODevice::readyRead, this, [socket] {
        socket->abort(); // unsolicited bytes: the connection is no longer in a known state
        socket->deleteLater();
    });
}

int DirectHttpConnections::idleCount() const
{
    int n = 0;
    for (const QList<Idle> &list : m_idle) {
        for (const Idle &idle : list)
            n += idle.socket ? 1 : 0;
    }
    return n;
}

} // namespace las
