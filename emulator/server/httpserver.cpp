#include "server/httpserver.h"

#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

// The state of one request, MHD's per-request context pointer.
struct HttpServer::Exchange
{
    MHD_Connection *connection = nullptr;
    HttpRequest request;
    bool answered = false;   // a response is queued (early answers included)
    bool dispatched = false; // onRequest has run
    bool suspended = false;
    std::optional<HttpResponse> held; // written when the connection is resumed
    QTimer *timer = nullptr;
};

// MHD's C callbacks, forwarding to the server object given as their closure.
struct MhdCallbacks
{
    static MHD_Result access(void *cls, MHD_Connection *connection, const char *url, const char *method,
                             const char *version, const char *uploadData, size_t *uploadDataSize,
                             void **context)
    {
        return static_cast<HttpServer *>(cls)->access(connection, url, method, version, uploadData,
                                                      uploadDataSize, context)
                   ? MHD_YES
                   : MHD_NO;
    }

    static void completed(void *cls, MHD_Connection *, void **context, MHD_RequestTerminationCode)
    {
        if (*context)
            static_cast<HttpServer *>(cls)->completed(static_cast<HttpServer::Exchange *>(*context));
        *context = nullptr;
    }

    // Leaves the target as sent: the path is percent-decoded once, here, and query values are form-decoded.
    static size_t keepEscaped(void *, MHD_Connection *, char *s) { return std::strlen(s); }

    static MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, size_t keySize,
                                    const char *value, size_t valueSize)
    {
        auto *request = static_cast<HttpRequest *>(cls);
        const QByteArray name = QByteArray(key, qsizetype(keySize)).toLower();
        const QByteArray text(value ? value : "", value ? qsizetype(valueSize) : 0);
        auto it = request->headers.find(name);
        if (it == request->headers.end())
            request->headers.insert(name, text);
        else
            it.value() += ", " + text;
        return MHD_YES;
    }

    static MHD_Result collectQuery(void *cls, MHD_ValueKind, const char *key, size_t keySize,
                                   const char *value, size_t valueSize)
    {
        auto formDecode = [](QByteArray part) {
            part.replace('+', ' ');
            return QUrl::fromPercentEncoding(part);
        };
        auto *request = static_cast<HttpRequest *>(cls);
        request->query.append({formDecode(QByteArray(key, qsizetype(keySize))),
                               value ? formDecode(QByteArray(value, qsizetype(valueSize))) : QString()});
        return MHD_YES;
    }

    static void freeBody(void *cls) { delete static_cast<QByteArray *>(cls); }
};

namespace {

bool queue(MHD_Connection *connection, const HttpResponse &response)
{
    MHD_Response *answer = nullptr;
    if (response.body.isEmpty() || response.status == 204) {
        answer = MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT);
    } else {
        auto *bytes = new QByteArray(response.body); // shared, not copied; freed by MHD when sent
        answer = MHD_create_response_from_buffer_with_free_callback_cls(size_t(bytes->size()), bytes->data(),
                                                                        &MhdCallbacks::freeBody, bytes);
        if (!answer)
            delete bytes;
    }
    if (!answer)
        return false;
    if (!response.contentType.isEmpty())
        MHD_add_response_header(answer, "Content-Type", response.contentType.constData());
    for (const auto &[name, value] : response.headers)
        MHD_add_response_header(answer, name.constData(), value.constData());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), answer);
    MHD_destroy_response(answer);
    return queued == MHD_YES;
}

} // namespace

HttpServer::HttpServer(Limits limits, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_hooks(std::move(hooks))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpServer::run);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr *socketAddress = nullptr;
    unsigned flags = MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&v6.sin6_addr, bytes.c, sizeof bytes.c);
        socketAddress = reinterpret_cast<const sockaddr *>(&v6);
        flags |= MHD_USE_IPv6;
    } else {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        v4.sin_addr.s_addr = htonl(address.toIPv4Address());
        socketAddress = reinterpret_cast<const sockaddr *>(&v4);
    }
    // Every limit explicit: a client that opens many connections, sends headers slowly or never finishes
    // a request costs at most connections x connectionMemoryBytes and is closed after the idle timeout.
    // No per-IP limit: the demo's clients all come from 127.0.0.1, so it would only repeat the global one.
    m_daemon = MHD_start_daemon(
        flags, port, nullptr, nullptr, &MhdCallbacks::access, this, MHD_OPTION_SOCK_ADDR, socketAddress,
        MHD_OPTION_CONNECTION_LIMIT, m_limits.connections, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        m_limits.connectionMemoryBytes, MHD_OPTION_CONNECTION_TIMEOUT, m_limits.idleTimeoutSeconds,
        MHD_OPTION_NOTIFY_COMPLETED, &MhdCallbacks::completed, this, MHD_OPTION_UNESCAPE_CALLBACK,
        &MhdCallbacks::keepEscaped, nullptr, MHD_OPTION_STRICT_FOR_CLIENT, 1, MHD_OPTION_END);
    if (!m_daemon) {
        const int code = errno;
        if (error)
            *error = u"Cannot listen on %1 port %2: %3"_s.arg(address.toString())
                         .arg(port)
                         .arg(QString::fromLocal8Bit(std::strerror(code)));
        return false;
    }
    m_port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
    const int epollFd = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD)->epoll_fd;
    m_notifier = new QSocketNotifier(qintptr(epollFd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &HttpServer::run);
    m_running = true;
    scheduleRun();
    return true;
}

void HttpServer::close()
{
    if (!m_daemon)
        return;
    m_running = false;
    delete m_notifier;
    m_notifier = nullptr;
    m_timer->stop();
    // MHD cannot stop with suspended connections: let them go (their answers are never written).
    const QSet<Exchange *> suspended = m_suspended;
    for (Exchange *exchange : suspended) {
        exchange->held.reset();
        resume(exchange);
    }
    MHD_stop_daemon(m_daemon); // calls completed() for every open request
    m_daemon = nullptr;
}

void HttpServer::run()
{
    if (!m_running)
        return;
    MHD_run(m_daemon);
    MHD_UNSIGNED_LONG_LONG timeoutMs = 0;
    if (MHD_get_timeout(m_daemon, &timeoutMs) == MHD_YES)
        m_timer->start(int(qMin<MHD_UNSIGNED_LONG_LONG>(timeoutMs, 3600 * 1000)));
    else
        m_timer->stop();
}

void HttpServer::scheduleRun()
{
    if (m_running)
        m_timer->start(0);
}

bool HttpServer::access(MHD_Connection *connection, const char *url, const char *method, const char *version,
                        const char *uploadData, size_t *uploadDataSize, void **context)
{
    auto *exchange = static_cast<Exchange *>(*context);
    if (!exchange) {
        // First call: the header block is complete and no body byte has been passed on yet.
        exchange = new Exchange;
        exchange->connection = connection;
        *context = exchange;
        return begin(exchange, connection, url, method, version);
    }
    if (*uploadDataSize > 0) {
        if (exchange->answered) { // answered early: MHD closes the connection; ignore what still comes
            *uploadDataSize = 0;
            return true;
        }
        // The body never exceeds the cap, so the room left cannot underflow, and the comparison is in
        // size_t: no sum that could wrap.
        const size_t room = size_t(m_limits.maxBodyBytes) - size_t(exchange->request.body.size());
        if (*uploadDataSize > room)
            return false; // a chunked body over the cap: close the connection
        exchange->request.body.append(uploadData, qsizetype(*uploadDataSize));
        *uploadDataSize = 0;
        return true;
    }
    return finish(exchange, connection);
}

bool HttpServer::begin(Exchange *exchange, MHD_Connection *connection, const char *url, const char *method,
                       const char *)
{
    HttpRequest &request = exchange->request;
    request.method = method;
    request.path = QUrl::fromPercentEncoding(QByteArray(url));
    MHD_get_connection_values_n(connection, MHD_HEADER_KIND, &MhdCallbacks::collectHeader, &request);
    MHD_get_connection_values_n(connection, MHD_GET_ARGUMENT_KIND, &MhdCallbacks::collectQuery, &request);
    if (const MHD_ConnectionInfo *info =
            MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS))
        request.peer = QHostAddress(info->client_addr);

    auto answerEarly = [&](const HttpResponse &response) {
        // Queued before the body is read: MHD sends it (no 100 Continue) and then closes the connection.
        exchange->answered = true;
        return queue(connection, response);
    };
    if (!request.path.startsWith(u'/'))
        return answerEarly(HttpResponse::error(400, u"Malformed request target"_s));
    // Both framings at once is how requests are smuggled past a proxy that reads the other one.
    if (request.headers.contains("transfer-encoding")) {
        if (request.headers.contains("content-length"))
            return answerEarly(HttpResponse::error(400, u"Both Transfer-Encoding and Content-Length"_s));
        // Only "chunked" is understood. If it is not the final coding the body's end cannot be found: 400
        // (RFC 9112 6.1); another coding before it is not implemented.
        const QList<QByteArray> codings = request.header("transfer-encoding").toLower().split(',');
        if (codings.last().trimmed() != "chunked")
            return answerEarly(HttpResponse::error(400, u"Transfer-Encoding must end with chunked"_s));
        if (codings.size() > 1)
            return answerEarly(HttpResponse::error(501, u"Only the chunked transfer coding is supported"_s));
    }

    const HeaderVerdict verdict = m_hooks.onHeaders ? m_hooks.onHeaders(request) : HeaderVerdict{};
    if (verdict.action == HeaderVerdict::Action::Drop)
        return false;
    if (verdict.action == HeaderVerdict::Action::Reject)
        return answerEarly(verdict.response);

    if (request.headers.contains("content-length")) {
        bool ok = false;
        const qulonglong length = request.header("content-length").toULongLong(&ok);
        if (ok && length > qulonglong(m_limits.maxBodyBytes))
            return answerEarly(HttpResponse::error(
                413, u"Request body too large: at most %1 bytes"_s.arg(m_limits.maxBodyBytes)));
    }
    return true;
}

bool HttpServer::finish(Exchange *exchange, MHD_Connection *connection)
{
    if (exchange->held) {
        // Resumed after a delay.
        const HttpResponse response = std::move(*exchange->held);
        exchange->held.reset();
        exchange->answered = true;
        return queue(connection, response);
    }
    if (exchange->answered || exchange->dispatched)
        return true;
    exchange->dispatched = true;
    Outcome outcome = m_hooks.onRequest ? m_hooks.onRequest(std::move(exchange->request))
                                        : Outcome{HttpResponse::error(500, u"No handler"_s), false, 0};
    if (outcome.drop)
        return false; // MHD closes the connection without an answer
    if (outcome.delayMs <= 0) {
        exchange->answered = true;
        return queue(connection, outcome.response);
    }
    // Hold the answer back: while suspended MHD reads nothing more from this connection (the client's
    // further bytes wait in the kernel's buffers), and the event loop serves other connections.
    exchange->held = std::move(outcome.response);
    MHD_suspend_connection(connection);
    exchange->suspended = true;
    m_suspended.insert(exchange);
    exchange->timer = new QTimer(this);
    exchange->timer->setSingleShot(true);
    // A coarse timer may fire up to 5 % early; an injected latency is a promised minimum.
    exchange->timer->setTimerType(Qt::PreciseTimer);
    connect(exchange->timer, &QTimer::timeout, this, [this, exchange] { resume(exchange); });
    exchange->timer->start(outcome.delayMs);
    return true;
}

void HttpServer::resume(Exchange *exchange)
{
    if (!exchange->suspended)
        return;
    exchange->suspended = false;
    m_suspended.remove(exchange);
    MHD_resume_connection(exchange->connection);
    scheduleRun();
}

void HttpServer::completed(Exchange *exchange)
{
    m_suspended.remove(exchange);
    delete exchange->timer;
    delete exchange;
}
