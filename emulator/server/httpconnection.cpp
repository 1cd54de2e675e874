#include "server/httpconnection.h"

#include <QMetaObject>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_maxBodyBytes(maxBodyBytes)
    , m_hooks(std::move(hooks))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_state = State::Closed;
        deleteLater();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            m_state = State::Closed;
            deleteLater();
        }
    });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Body && m_buffer.isEmpty() && m_remaining > 0) {
        // Read a Content-Length body straight into the request (reserved in startBody()): no second copy
        // of a megabyte through m_buffer.
        const qint64 want = qMin<qint64>(m_remaining, m_socket->bytesAvailable());
        const qsizetype had = m_current.body.size();
        m_current.body.resize(had + want);
        const qint64 got = qMax<qint64>(0, m_socket->read(m_current.body.data() + had, want));
        m_current.body.resize(had + got);
        m_remaining -= got;
    }
    m_buffer.append(m_socket->readAll());
    process();
}

void HttpConnection::process()
{
    if (m_processing)
        return;
    m_processing = true;
    while (m_state != State::Closed && m_state != State::Waiting) {
        if (m_state == State::Headers) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > MaxHeaderBytes)
                    rejectAndClose(431, u"Request header block too large"_s);
                break;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (!parseHead(head)) {
                rejectAndClose(400, u"Malformed HTTP request"_s);
                break;
            }
            const HeaderVerdict verdict = m_hooks.onHeaders ? m_hooks.onHeaders(m_current) : HeaderVerdict{};
            if (verdict.action == HeaderVerdict::Action::Drop) {
                drop();
                break;
            }
            if (verdict.action == HeaderVerdict::Action::Reject) {
                write(verdict.response, true);
                break;
            }
            if (!startBody())
                break;
            continue;
        }
        if (m_state == State::Discard) {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                break;
            m_state = State::Closed;
            m_socket->disconnectFromHost();
            break;
        }
        if (m_state == State::Body || m_state == State::ChunkData) {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            if (take > 0) {
                if (take == m_buffer.size()) {
                    m_current.body.append(m_buffer);
                    m_buffer.clear();
                } else {
                    m_current.body.append(m_buffer.constData(), take);
                    m_buffer.remove(0, take);
                }
                m_remaining -= take;
            }
            if (m_remaining > 0)
                break;
            if (m_state == State::Body)
                dispatch();
            else
                m_state = State::ChunkDataEnd;
            continue;
        }
        if (m_state == State::ChunkDataEnd) {
            if (m_buffer.size() < 2)
                break;
            if (!m_buffer.startsWith("\r\n")) {
                rejectAndClose(400, u"Malformed chunked body"_s);
                break;
            }
            m_buffer.remove(0, 2);
            m_state = State::ChunkSize;
            continue;
        }
        if (m_state == State::ChunkSize || m_state == State::Trailers) {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0) {
                if (m_buffer.size() > 4096)
                    rejectAndClose(400, u"Malformed chunked body"_s);
                break;
            }
            QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (m_state == State::Trailers) {
                if (line.isEmpty())
                    dispatch();
                continue;
            }
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0)
                line.truncate(semicolon);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                rejectAndClose(400, u"Malformed chunk size"_s);
                break;
            }
            if (m_current.body.size() + size > m_maxBodyBytes) {
                rejectAndClose(413, u"Request body too large"_s);
                break;
            }
            if (size == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            continue;
        }
    }
    m_processing = false;
}

bool HttpConnection::parseHead(const QByteArray &head)
{
    m_current = HttpRequest{};
    m_current.peer = m_socket->peerAddress();
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return false;
    m_current.method = requestLine[0];
    m_current.target = requestLine[1];
    const bool http10 = requestLine[2] == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = m_current.headers.find(name);
        if (it == m_current.headers.end())
            m_current.headers.insert(name, value);
        else
            it.value() += ", " + value;
    }
    const QByteArray connection = m_current.header("connection").toLower();
    m_current.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    QByteArray target = m_current.target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray pathPart = question < 0 ? target : target.left(question);
    m_current.path = QUrl::fromPercentEncoding(pathPart);
    if (question >= 0) {
        const QList<QByteArray> pairs = target.mid(question + 1).split('&');
        for (const QByteArray &pair : pairs) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                m_current.query.append({formDecode(pair), QString()});
            else
                m_current.query.append({formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1))});
        }
    }
    return !m_current.path.isEmpty() && m_current.path.startsWith(u'/');
}

bool HttpConnection::startBody()
{
    const QByteArray transferEncoding = m_current.header("transfer-encoding").toLower();
    const bool expectContinue = m_current.header("expect").toLower() == "100-continue";
    if (transferEncoding.contains("chunked")) {
        m_state = State::ChunkSize;
    } else {
        qint64 length = 0;
        if (m_current.headers.contains("content-length")) {
            bool ok = false;
            length = m_current.header("content-length").toLongLong(&ok);
            if (!ok || length < 0) {
                rejectAndClose(400, u"Invalid Content-Length"_s);
                return false;
            }
        }
        if (length > m_maxBodyBytes) {
            // Answer at once, then read and discard the body so the client sees the answer instead of a
            // reset.
            write(HttpResponse::error(413, u"Request body too large: at most %1 bytes"_s.arg(m_maxBodyBytes)),
                  true, false);
            m_state = State::Discard;
            m_remaining = length;
            return true;
        }
        if (length == 0) {
            dispatch();
            return true;
        }
        m_current.body.reserve(length);
        m_remaining = length;
        m_state = State::Body;
    }
    if (expectContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void HttpConnection::dispatch()
{
    m_state = State::Waiting;
    m_waitingKeepAlive = m_current.keepAlive;
    HttpRequest request = std::move(m_current);
    m_current = HttpRequest{};
    if (m_hooks.onRequest)
        m_hooks.onRequest(this, std::move(request));
    else
        respond(HttpResponse::error(500, u"No handler"_s));
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_state != State::Waiting)
        return;
    write(response, !m_waitingKeepAlive);
    if (m_state == State::Closed)
        return;
    m_state = State::Headers;
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::drop()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::rejectAndClose(int status, const QString &message)
{
    write(HttpResponse::error(status, message), true);
}

void HttpConnection::write(const HttpResponse &response, bool close, bool disconnectNow)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
           HttpResponse::reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    if (response.status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Access-Control-Allow-Origin: *\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    if (response.status != 204)
        out += response.body;
    m_socket->write(out);
    if (close && disconnectNow) {
        m_state = State::Closed;
        m_socket->disconnectFromHost();
    }
}
