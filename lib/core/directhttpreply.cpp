#include "core/directhttpreply.h"

#include "core/directhttpconnections.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <cctype>
#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace las {

namespace {
constexpr qint64 kDirectPiece = 128 * 1024;     // body bytes read and written at a time
constexpr qint64 kDirectHighWater = 512 * 1024; // socket buffer kept at most this full
constexpr qsizetype kDirectMaxHead = 64 * 1024;
constexpr qsizetype kDirectMaxChunkLine = 1024;

bool directHasToken(const QByteArray &value, const QByteArray &token)
{
    for (const QByteArray &part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

DirectHttpReply::DirectHttpReply(DirectHttpConnections *connections, const QNetworkRequest &request,
                                 const QByteArray &method, QIODevice *body, QObject *parent)
    : QNetworkReply(parent)
    , m_connections(connections)
    , m_method(method)
    , m_body(body)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(method == "POST" ? QNetworkAccessManager::PostOperation
                                  : QNetworkAccessManager::CustomOperation);
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_bodyTotal = body ? body->size() : 0;
    // Like QNetworkAccessManager: nothing happens before the caller has connected to the signals.
    QTimer::singleShot(0, this, &DirectHttpReply::start);
}

DirectHttpReply::~DirectHttpReply()
{
    if (m_socket)
        m_socket->abort();
}

qint64 DirectHttpReply::bytesAvailable() const
{
    return m_out.size() + QIODevice::bytesAvailable();
}

qint64 DirectHttpReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_out.size());
    if (n <= 0)
        return isFinished() && m_out.isEmpty() ? -1 : 0;
    std::memcpy(data, m_out.constData(), size_t(n));
    m_out.remove(0, n);
    return n;
}

void DirectHttpReply::abort()
{
    if (isFinished())
        return;
    QNetworkReply::close();
    finishWithError(OperationCanceledError, u"Operation canceled"_s);
}

void DirectHttpReply::start()
{
    if (isFinished())
        return;
    if (m_body && (!m_body->isOpen() || m_body->isSequential())) {
        finishWithError(UnknownContentError, u"The request body is not a readable file-backed device"_s);
        return;
    }
    const QUrl target = url();
    if (m_connections) {
        if (QAbstractSocket *socket = m_connections->take(target)) {
            m_reused = true;
            m_socket = socket;
            m_socket->setParent(this);
        }
    }
    const bool reused = m_socket != nullptr;
    if (!m_socket) {
#if QT_CONFIG(ssl)
        if (target.scheme() == u"https"_s) {
            auto *ssl = new QSslSocket(this);
            ssl->setSslConfiguration(request().sslConfiguration());
            connect(ssl, &QSslSocket::encrypted, this, &DirectHttpReply::onConnected);
            m_socket = ssl;
        }
#endif
        if (!m_socket) {
            if (target.scheme() != u"http"_s) {
                finishWithError(ProtocolUnknownError, u"Unsupported scheme: %1"_s.arg(target.scheme()));
                return;
            }
            m_socket = new QTcpSocket(this);
            connect(m_socket, &QAbstractSocket::connected, this, &DirectHttpReply::onConnected);
        }
        m_socket->setProxy(QNetworkProxy::NoProxy); // usableFor() decided no proxy applies
    }
    connect(m_socket, &QIODevice::readyRead, this, &DirectHttpReply::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &DirectHttpReply::onBytesWritten);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &DirectHttpReply::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &DirectHttpReply::onDisconnected);
    if (reused) {
        onConnected();
        return;
    }
    const int port = target.port(target.scheme() == u"https"_s ? 443 : 80);
#if QT_CONFIG(ssl)
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        ssl->connectToHostEncrypted(target.host(), quint16(port));
        return;
    }
#endif
    m_socket->connectToHost(target.host(), quint16(port));
}

void DirectHttpReply::onConnected()
{
    if (isFinished() || !m_socket)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QUrl target = url();
    QByteArray path = target.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (target.hasQuery())
        path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = target.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = target.scheme() == u"https"_s ? 443 : 80;
    if (target.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(target.port());

    QByteArray head = m_method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    const QNetworkRequest req = request();
    const QList<QByteArray> names = req.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "content-length" || lower == "connection" ||
            lower == "transfer-encoding")
            continue;
        const QByteArray value = req.rawHeader(name);
        if (name.contains('\r') || name.contains('\n') || name.contains(':') || value.contains('\r') ||
            value.contains('\n')) {
            finishWithError(ProtocolInvalidOperationError, u"A request header holds a line break"_s);
            return;
        }
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(m_bodyTotal) + "\r\n\r\n";
    m_headBytes = head.size();
    m_phase = Phase::Head;
    m_socket->write(head);
    sendMore();
}

void DirectHttpReply::sendMore()
{
    // flush() below emits bytesWritten at once, which calls this again: one loop at a time.
    if (m_sending)
        return;
    m_sending = true;
    while (!isFinished() && m_socket && m_body && m_bodyQueued < m_bodyTotal &&
           m_socket->bytesToWrite() < kDirectHighWater) {
        QByteArray piece(qMin(kDirectPiece, m_bodyTotal - m_bodyQueued), Qt::Uninitialized);
        const qint64 n = m_body->read(piece.data(), piece.size());
        if (n <= 0) {
            const QString why = m_body->errorString(); // StreamedJsonBody says which file changed
            m_sending = false;
            finishWithError(UnknownNetworkError,
                            n < 0 ? why : u"The request body ended before its announced length"_s);
            return;
        }
        piece.truncate(n);
        m_bodyQueued += n;
        m_socket->write(piece);
        // Into the kernel now, so the server reads this piece while the next one is being encoded.
        if (m_socket)
            m_socket->flush();
    }
    m_sending = false;
}

void DirectHttpReply::onBytesWritten(qint64 n)
{
    if (isFinished())
        return;
    m_written += n;
    const qint64 sent = qBound<qint64>(0, m_written - m_headBytes, m_bodyTotal);
    if (sent != m_lastProgress && sent > 0) {
        m_lastProgress = sent;
        Q_EMIT uploadProgress(sent, m_bodyTotal);
        if (isFinished())
            return;
    }
    sendMore();
}

void DirectHttpReply::onReadyRead()
{
    if (isFinished() || !m_socket)
        return;
    m_in += m_socket->readAll();
    while (!isFinished()) {
        if (m_phase == Phase::Head) {
            if (!parseHead())
                return;
        } else if (m_phase == Phase::Body) {
            parseBody();
            return;
        } else {
            return; // connecting: nothing can be answered yet
        }
    }
}

bool DirectHttpReply::parseHead()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_in.size() > kDirectMaxHead)
            finishWithError(ProtocolFailure, u"The server's answer headers are too long"_s);
        return false;
    }
    const QByteArray head = m_in.left(end);
    m_in.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    QByteArray statusLine = lines.value(0);
    if (statusLine.endsWith('\r'))
        statusLine.chop(1);
    // "HTTP/1.x NNN reason"
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ' ||
        (statusLine.size() > 12 && statusLine.at(12) != ' ')) {
        finishWithError(ProtocolFailure, u"The server's answer has no valid status line"_s);
        return false;
    }
    bool ok = false;
    const int status = statusLine.mid(9, 3).toInt(&ok);
    if (!ok || status < 100 || status > 599) {
        finishWithError(ProtocolFailure, u"The server's answer has no valid status code"_s);
        return false;
    }
    if (status == 101) {
        finishWithError(ProtocolFailure, u"The server switched protocols"_s);
        return false;
    }
    if (status < 200)
        return true; // 100 Continue, 103 Early Hints: the real answer follows
    const bool http10 = statusLine.at(7) == '0';

    QList<std::pair<QByteArray, QByteArray>> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0 || line.at(colon - 1) == ' ') {
            finishWithError(ProtocolFailure, u"The server's answer has a malformed header line"_s);
            return false;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        bool merged = false;
        for (auto &existing : headers) {
            if (existing.first.compare(name, Qt::CaseInsensitive) == 0) {
                existing.second += ", " + value;
                merged = true;
                break;
            }
        }
        if (!merged)
            headers.append({name, value});
    }
    QByteArray connection;
    QByteArray transferEncoding;
    QByteArray contentLength;
    bool haveLength = false;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "connection")
            connection = value;
        else if (lower == "transfer-encoding")
            transferEncoding = value;
        else if (lower == "content-length") {
            contentLength = value;
            haveLength = true;
        }
        setRawHeader(name, value);
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                 QString::fromLatin1(statusLine.mid(13).trimmed()));

    m_keepAlive = !http10 && !directHasToken(connection, "close");
    if (!transferEncoding.isEmpty()) {
        const QList<QByteArray> codings = transferEncoding.split(',');
        if (codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) != 0 || codings.size() != 1) {
            finishWithError(ProtocolFailure, u"The server's answer uses an unsupported transfer coding"_s);
            return false;
        }
        m_framing = Framing::Chunked;
        m_remaining = -1;
    } else if (haveLength) {
        // One value, digits only (a list of equal values would be legal, but no server of ours sends one).
        bool valid = !contentLength.isEmpty() && contentLength.size() <= 18;
        for (char c : contentLength)
            valid = valid && c >= '0' && c <= '9';
        if (!valid) {
            finishWithError(ProtocolFailure, u"The server's answer has an invalid Content-Length"_s);
            return false;
        }
        m_framing = Framing::Length;
        m_contentLength = contentLength.toLongLong();
        m_remaining = m_contentLength;
    } else if (status == 204 || status == 304 || m_method == "HEAD") {
        m_framing = Framing::Length;
        m_contentLength = 0;
        m_remaining = 0;
    } else {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
    }
    m_phase = Phase::Body;
    Q_EMIT metaDataChanged();
    if (isFinished())
        return false;
    if (m_framing == Framing::Length && m_remaining == 0) {
        finishOk();
        return false;
    }
    return true;
}

void DirectHttpReply::parseBody()
{
    switch (m_framing) {
    case Framing::UntilClose:
        if (!m_in.isEmpty()) {
            const QByteArray bytes = std::exchange(m_in, QByteArray());
            deliver(bytes);
        }
        return;
    case Framing::Length: {
        const qint64 take = qMin<qint64>(m_in.size(), m_remaining);
        if (take > 0) {
            const QByteArray bytes = m_in.left(take);
            m_in.remove(0, take);
            m_remaining -= take;
            deliver(bytes);
            if (isFinished())
                return;
        }
        if (m_remaining == 0)
            finishOk();
        return;
    }
    case Framing::Chunked:
        while (!isFinished()) {
            if (m_chunkTrailers) {
                const qsizetype eol = m_in.indexOf("\r\n");
                if (eol < 0) {
                    if (m_in.size() > kDirectMaxHead)
                        finishWithError(ProtocolFailure, u"The server's answer trailers are too long"_s);
                    return;
                }
                m_in.remove(0, eol + 2);
                if (eol == 0) {
                    finishOk();
                    return;
                }
                continue;
            }
            if (m_chunkDataEnd) {
                if (m_in.size() < 2)
                    return;
                if (!m_in.startsWith("\r\n")) {
                    finishWithError(ProtocolFailure, u"The server's chunked answer is malformed"_s);
                    return;
                }
                m_in.remove(0, 2);
                m_chunkDataEnd = false;
                m_remaining = -1;
                continue;
            }
            if (m_remaining > 0) {
                const qint64 take = qMin<qint64>(m_in.size(), m_remaining);
                if (take == 0)
                    return;
                const QByteArray bytes = m_in.left(take);
                m_in.remove(0, take);
                m_remaining -= take;
                if (m_remaining == 0)
                    m_chunkDataEnd = true;
                deliver(bytes);
                continue;
            }
            const qsizetype eol = m_in.indexOf("\r\n");
            if (eol < 0) {
                if (m_in.size() > kDirectMaxChunkLine)
                    finishWithError(ProtocolFailure, u"The server's chunked answer is malformed"_s);
                return;
            }
            QByteArray sizeText = m_in.left(eol);
            m_in.remove(0, eol + 2);
            const qsizetype semicolon = sizeText.indexOf(';');
            if (semicolon >= 0)
                sizeText.truncate(semicolon);
            sizeText = sizeText.trimmed();
            bool ok = !sizeText.isEmpty() && sizeText.size() <= 15;
            for (char c : sizeText)
                ok = ok && std::isxdigit(static_cast<unsigned char>(c));
            const qint64 size = ok ? sizeText.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0) {
                finishWithError(ProtocolFailure, u"The server's chunked answer is malformed"_s);
                return;
            }
            if (size == 0)
                m_chunkTrailers = true;
            else
                m_remaining = size;
        }
        return;
    }
}

void DirectHttpReply::deliver(const QByteArray &bytes)
{
    m_out += bytes;
    m_received += bytes.size();
    Q_EMIT readyRead();
    if (isFinished())
        return;
    Q_EMIT downloadProgress(m_received, m_contentLength);
}

void DirectHttpReply::onSocketError()
{
    if (isFinished() || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString message = m_socket->errorString();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    NetworkError code = UnknownNetworkError;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        code = ConnectionRefusedError;
        break;
    case QAbstractSocket::HostNotFoundError:
        code = HostNotFoundError;
        break;
    case QAbstractSocket::SocketTimeoutError:
        code = TimeoutError;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInvalidUserDataError:
    case QAbstractSocket::SslInternalError:
        code = SslHandshakeFailedError;
        break;
    default:
        break;
    }
    finishWithError(code, message);
}

void DirectHttpReply::onDisconnected()
{
    if (isFinished() || !m_socket)
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (isFinished())
        return;
    if (m_phase == Phase::Body && m_framing == Framing::UntilClose) {
        finishOk();
        return;
    }
    finishWithError(RemoteHostClosedError, u"The server closed the connection before answering"_s);
}

void DirectHttpReply::releaseSocket(bool reusable)
{
    QAbstractSocket *socket = std::exchange(m_socket, nullptr);
    if (!socket)
        return;
    socket->disconnect(this);
    if (reusable && m_connections) {
        m_connections->giveBack(url(), socket);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void DirectHttpReply::finishOk()
{
    m_phase = Phase::Done;
    // An answer that came before the whole body left (an early 4xx) leaves the connection mid-request.
    const bool reusable = m_keepAlive && m_in.isEmpty() && m_bodyQueued == m_bodyTotal && m_socket &&
                          m_socket->bytesToWrite() == 0;
    releaseSocket(reusable);
    setFinished(true);
    Q_EMIT finished();
}

void DirectHttpReply::finishWithError(NetworkError code, const QString &message)
{
    if (isFinished())
        return;
    m_phase = Phase::Done;
    releaseSocket(false);
    setError(code, message);
    setFinished(true);
    Q_EMIT errorOccurred(code);
    Q_EMIT finished();
}

} // namespace las
