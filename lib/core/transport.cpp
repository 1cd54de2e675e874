#include "core/transport.h"

#include "auth/memorytokenstore.h"
#include "auth/tokenprovider.h"
#include "core/directhttpconnections.h"
#include "core/directhttpreply.h"
#include "core/endpointpolicy.h"
#include "core/httplog.h"
#include "core/retryafter.h"
#include "core/retrypolicy.h"
#include "upload/streamedjsonbody.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <limits>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#endif

using namespace Qt::StringLiterals;

// Findings on Qt 6.4 re-sending requests by itself (reliability.md, Retries):
// - QHttpNetworkConnectionChannel re-sends the current request (up to 2 times) when the connection closes
//   while it is writing it or waiting for the answer — e.g. a keep-alive connection the server dropped after
//   reading a POST body. That would silently duplicate a created document.
// - Before a re-send Qt calls reset() on the upload device and fails the reply with ContentReSendError when
// that
//   is refused. So creating POSTs send their body from a StreamedJsonBody with rewind disallowed: Qt may
//   re-send only if not one byte of the body has been handed to the network yet; otherwise the reply fails,
//   and the failure is reported as ambiguous (possiblyDuplicated). Idempotent requests may be re-sent by Qt
//   freely.
// - HTTP/2 is switched off (Http2AllowedAttribute) so that one, analysed, re-send logic applies; the API
// gains
//   nothing from multiplexing at our concurrency.
// - Redirects: SameOriginRedirectPolicy; Qt fails a cross-origin one with InsecureRedirectError before any
//   request (and so any header) goes to the other origin.
// - Timeouts are our own timers (idle + overall deadline) rather than QNetworkRequest::setTransferTimeout, so
// that
//   a timeout is told apart from a cancel and mapped to Error::Timeout.

namespace las {

namespace {

constexpr qint64 kDefaultMaxResponse = 64LL * 1024 * 1024;

// Qt 6.4 never sets TCP_NODELAY on QNetworkAccessManager's sockets (only SO_KEEPALIVE), and it writes a body
// in 16 KiB pieces. On loopback (MSS ~64 KiB) every piece is a "small" segment, so with Nagle the last piece
// of a body waits for the ACK of the one before, which the server's TCP delays up to 40 ms: ~40 ms per
// request that curl and node (both set TCP_NODELAY) never wait (measured: 55-60 ms vs 15-20 ms per 1 MB
// document). QNAM gives no access to its socket, so once the first piece of a body has left (uploadProgress),
// this sets TCP_NODELAY on the process's TCP sockets that lack it (not listening ones): ~0.1 ms per request.
// Harmless for any other TCP socket of the process (small writes go out at once instead of being coalesced).
void transportSetNoDelayOnTcpSockets()
{
#ifdef Q_OS_LINUX
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const int fd = std::atoi(entry->d_name);
        if (fd <= 2 || fd == dirfd(dir))
            continue;
        int value = 0;
        socklen_t length = sizeof value;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &value, &length) != 0 || value != SOCK_STREAM)
            continue;
        sockaddr_storage address{};
        length = sizeof address;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0 ||
            (address.ss_family != AF_INET && address.ss_family != AF_INET6))
            continue;
        length = sizeof value;
        if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &value, &length) != 0 || value != 0)
            continue;
        length = sizeof value;
        if (getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &value, &length) == 0 && value != 0)
            continue;
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    closedir(dir);
#endif
}

QByteArray methodName(ApiRequest::Method m)
{
    switch (m) {
    case ApiRequest::Method::Get:
        return "GET";
    case ApiRequest::Method::Post:
        return "POST";
    case ApiRequest::Method::Patch:
        return "PATCH";
    case ApiRequest::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

// One API call across its attempts. Child of the Transport; deleted when the call completes.
class Call : public QObject
{
public:
    using QObject::QObject;

    ApiRequest request;
    QPointer<Reply> reply;
    int attempt = 0; // attempts started (token fetch included)
    bool replayedAfter401 = false;
    bool done = false;
    QString token;
    QPointer<QNetworkReply> net;
    QPointer<StreamedJsonBody> body;
    QByteArray response;
    bool tooLarge = false;
    bool timedOut = false;
    bool noDelayChecked = false;
    qint64 bodyBytes = 0;
    QTimer idle;
    QTimer deadline;
    QTimer retry;
    QElapsedTimer clock;
};

} // namespace

class Transport::Private
{
public:
    Transport *q;
    Credentials credentials;
    QNetworkAccessManager *nam = nullptr;
    std::unique_ptr<QNetworkAccessManager> ownNam;
    DirectHttpConnections *direct = nullptr; // file uploads, when no proxy applies
    TokenProvider *tokens = nullptr;
    RetryPolicy policy;
    int defaultTimeoutMs = 30000;
    qint64 maxResponseBytes = kDefaultMaxResponse;
    QList<QPointer<Call>> calls;

    void start(Call *call);
    void sendHttp(Call *call);
    void onFinished(Call *call);
    void fail(Call *call, const Error &error, RetryPolicy::Reach reach);
    void complete(Call *call, const Error &error, bool possiblyDuplicated, int status = 0,
                  const QJsonValue &json = {});
    void abort(Call *call);
    void releaseNet(Call *call);
    int idleTimeoutFor(const Call *call) const;
    QStringList secrets() const { return {credentials.clientSecret, credentials.apiKey}; }
};

Transport::Transport(const Credentials &credentials, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->credentials = credentials;
    if (!nam) {
        d->ownNam = std::make_unique<QNetworkAccessManager>();
        nam = d->ownNam.get();
    }
    d->nam = nam;
    d->direct = new DirectHttpConnections(this);
    d->tokens = new TokenProvider(credentials, nam, this);
    d->tokens->setStore(std::make_shared<MemoryTokenStore>());
    connect(d->tokens, &TokenProvider::credentialsRejected, this, &Transport::needsSignIn);
    connect(d->tokens, &TokenProvider::storeFailed, this, &Transport::keychainUnavailable);
}

Transport::~Transport()
{
    // Whatever is still running ends now: callers get their one finished()/failed(Cancelled).
    const auto calls = d->calls;
    for (const QPointer<Call> &call : calls) {
        if (!call || call->done)
            continue;
        d->releaseNet(call);
        d->complete(call, Error(Error::Kind::Cancelled, u"The transport was destroyed"_s), false);
    }
    delete d->tokens; // before the network access manager it uses
    d->tokens = nullptr;
}

const Credentials &Transport::credentials() const
{
    return d->credentials;
}

void Transport::setTokenStore(std::shared_ptr<TokenStore> store)
{
    d->tokens->setStore(store ? std::move(store) : std::make_shared<MemoryTokenStore>());
}

void Transport::signOut()
{
    d->tokens->signOut();
}

void Transport::setDefaultTimeout(int ms)
{
    d->defaultTimeoutMs = qMax(1, ms);
    d->tokens->setRequestTimeout(d->defaultTimeoutMs);
}

void Transport::setRetryPolicy(const RetryPolicy &policy)
{
    d->policy = policy;
}

RetryPolicy Transport::retryPolicy() const
{
    return d->policy;
}

void Transport::setMaxResponseBytes(qint64 bytes)
{
    d->maxResponseBytes = qMax<qint64>(1, bytes);
}

TokenProvider *Transport::tokenProvider() const
{
    return d->tokens;
}

QNetworkAccessManager *Transport::networkAccessManager() const
{
    return d->nam;
}

int Transport::pendingCount() const
{
    int n = 0;
    for (const auto &call : d->calls)
        n += (call && !call->done) ? 1 : 0;
    return n;
}

void Transport::send(const ApiRequest &request, Reply *reply)
{
    if (!reply)
        return;
    if (reply->isFinished()) {
        qCWarning(lcHttp) << "Transport::send: the reply was already used";
        return;
    }
    auto *call = new Call(this);
    call->request = request;
    call->reply = reply;
    d->calls.append(call);
    for (QTimer *t : {&call->idle, &call->deadline, &call->retry})
        t->setSingleShot(true);
    QPointer<Call> guard(call);
    reply->setAbortHandler([this, guard] {
        if (guard)
            d->abort(guard);
    });

    // Refused before anything leaves: plain http to a non-loopback host, for the API and the auth endpoint.
    std::optional<Error> refused =
        EndpointPolicy::check(EndpointPolicy::apiUrl(d->credentials.apiEndpoint, {}));
    if (!refused)
        refused = EndpointPolicy::check(EndpointPolicy::tokenUrl(d->credentials));
    if (!refused && request.upload) {
        const QFileInfo info(request.upload->filePath);
        if (!info.isFile() || !info.isReadable())
            refused = Error::invalidInput(u"file"_s, u"Cannot read %1"_s.arg(request.upload->filePath));
    }
    if (refused) {
        const Error error = *refused;
        // Completed asynchronously, like every other outcome, so callers may connect after send().
        QTimer::singleShot(0, call, [this, call, error] { d->complete(call, error, false); });
        return;
    }
    d->start(call);
}

int Transport::Private::idleTimeoutFor(const Call *call) const
{
    int base = call->request.timeoutMs > 0 ? call->request.timeoutMs : defaultTimeoutMs;
    if (call->reply && call->reply->timeout() > 0)
        base = call->reply->timeout(); // the caller's choice for this call wins

    // Uploads: the server needs longer to take a large body in (1 s more per 256 KiB).
    return int(qMin<qint64>(base + call->bodyBytes / 256, std::numeric_limits<int>::max()));
}

void Transport::Private::start(Call *call)
{
    ++call->attempt;
    tokens->requestToken(call, [this, call](const AccessToken &token, const Error &error) {
        if (call->done)
            return;
        if (error.isError()) {
            // No API request left: safe to try again whatever the method, if the error is transient.
            fail(call, error, RetryPolicy::Reach::NotSent);
            return;
        }
        call->token = token.token();
        sendHttp(call);
    });
}

void Transport::Private::sendHttp(Call *call)
{
    const ApiRequest &r = call->request;
    const QUrl url = EndpointPolicy::apiUrl(credentials.apiEndpoint, r.path, r.query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + call->token.toUtf8());
    if (!credentials.apiKey.isEmpty())
        request.setRawHeader("x-api-key", credentials.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    const bool hasBody = r.method == ApiRequest::Method::Post || r.method == ApiRequest::Method::Patch;
    const bool creates = r.safety == ApiRequest::Safety::CreatesResource;
    StreamedJsonBody *device = nullptr;
    QByteArray bytes;
    if (hasBody || r.upload) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (r.upload) {
            device = new StreamedJsonBody(r.upload->jsonPrefix, r.upload->filePath, r.upload->jsonSuffix);
        } else if (creates) {
            device = new StreamedJsonBody(r.jsonBody, QString(), QByteArray());
        } else {
            bytes = r.jsonBody;
            call->bodyBytes = bytes.size();
            request.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
        }
        if (device) {
            if (!device->open(QIODevice::ReadOnly)) {
                const QString why = device->errorString();
                delete device;
                complete(call, Error::invalidInput(u"file"_s, u"Cannot read the file to upload: "_s + why),
                         false);
                return;
            }
            // See the findings above: a creating POST must never be rewound by Qt behind our back.
            device->setRewindAllowed(!creates);
            call->bodyBytes = device->size();
            request.setHeader(QNetworkRequest::ContentLengthHeader, device->size());
        }
    }

    const QByteArray method = methodName(r.method);
    QNetworkReply *net = nullptr;
    switch (r.method) {
    case ApiRequest::Method::Get:
        net = nam->get(request);
        break;
    case ApiRequest::Method::Delete:
        net = nam->deleteResource(request);
        break;
    case ApiRequest::Method::Post:
        if (r.upload && DirectHttpConnections::usableFor(url, nam))
            net = direct->send(request, method, device);
        else
            net = device ? nam->post(request, device) : nam->post(request, bytes);
        break;
    case ApiRequest::Method::Patch:
        net = device ? nam->sendCustomRequest(request, method, device)
                     : nam->sendCustomRequest(request, method, bytes);
        break;
    }
    if (device)
        device->setParent(net); // lives exactly as long as the network reply that reads it
    call->net = net;
    call->body = device;
    call->response.clear();
    call->tooLarge = false;
    call->timedOut = false;
    call->noDelayChecked = qobject_cast<DirectHttpReply *>(net) != nullptr; // sets TCP_NODELAY itself
    call->clock.start();

    qCDebug(lcHttp).noquote() << "->" << method << HttpLog::urlForLog(url) << "attempt" << call->attempt
                              << "body" << call->bodyBytes << "bytes";
    const auto headers = request.rawHeaderList();
    for (const QByteArray &name : headers)
        qCDebug(lcHttp).noquote() << "   " << HttpLog::headerForLog(name, request.rawHeader(name));

    const int idleMs = idleTimeoutFor(call);
    call->idle.disconnect();
    call->deadline.disconnect();
    QObject::connect(&call->idle, &QTimer::timeout, call, [call] {
        call->timedOut = true;
        if (call->net)
            call->net->abort();
    });
    QObject::connect(&call->deadline, &QTimer::timeout, call, [call] {
        call->timedOut = true;
        if (call->net)
            call->net->abort();
    });
    call->idle.start(idleMs);
    // However slowly bytes trickle, no call outlives this (at least 16 KiB/s for the body).
    call->deadline.start(
        int(qMin<qint64>(qint64(idleMs) * 4 + call->bodyBytes / 16, std::numeric_limits<int>::max())));

    QObject::connect(net, &QNetworkReply::uploadProgress, call, [call](qint64 sent, qint64 total) {
        if (sent > 0) {
            call->idle.start();
            // The connection carrying this body exists now (it may be a kept-alive one opened by another
            // request): the rest of the body goes without Nagle's wait.
            if (!call->noDelayChecked) {
                call->noDelayChecked = true;
                transportSetNoDelayOnTcpSockets();
            }
        }
        if (call->reply && total > 0)
            call->reply->reportProgress(sent, total);
    });
    QObject::connect(net, &QNetworkReply::downloadProgress, call, [call](qint64 received, qint64 total) {
        if (received > 0)
            call->idle.start();
        if (call->reply)
            call->reply->reportDownloadProgress(received, total);
    });
    QObject::connect(net, &QNetworkReply::metaDataChanged, call, [this, call, net] {
        bool ok = false;
        const qint64 length = net->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > maxResponseBytes) {
            call->tooLarge = true;
            net->abort();
        }
    });
    QObject::connect(net, &QNetworkReply::readyRead, call, [this, call, net] {
        if (call->tooLarge)
            return;
        const QByteArray chunk = net->readAll();
        if (call->response.size() + chunk.size() > maxResponseBytes) {
            call->tooLarge = true;
            call->response.clear();
            net->abort();
            return;
        }
        call->response += chunk;
    });
    QObject::connect(net, &QNetworkReply::finished, call, [this, call] { onFinished(call); });
}

void Transport::Private::releaseNet(Call *call)
{
    call->idle.stop();
    call->deadline.stop();
    call->retry.stop();
    if (QNetworkReply *net = call->net) {
        call->net.clear();
        net->disconnect(call);
        if (net->isRunning())
            net->abort();
        net->deleteLater();
    }
}

void Transport::Private::onFinished(Call *call)
{
    QNetworkReply *net = call->net;
    if (!net || call->done)
        return;
    call->idle.stop();
    call->deadline.stop();
    if (!call->tooLarge && net->isOpen()) {
        const QByteArray rest = net->readAll();
        if (call->response.size() + rest.size() > maxResponseBytes)
            call->tooLarge = true;
        else
            call->response += rest;
    }
    const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = net->error();
    const QString netErrorString = net->errorString();
    const QByteArray retryAfter = net->rawHeader("Retry-After");
    const QString reason = net->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QByteArray method = methodName(call->request.method);
    qCDebug(lcHttp).noquote() << "<-" << (status ? QString::number(status) : u"---"_s) << method
                              << HttpLog::urlForLog(net->url()).section(u'?', 0, 0) << call->clock.elapsed()
                              << "ms"
                              << (netError != QNetworkReply::NoError && status == 0
                                      ? HttpLog::redact(netErrorString, secrets())
                                      : QString());
    // Whether any of a body left for the network (for the ambiguity of a failure).
    releaseNet(call);

    if (call->tooLarge) {
        complete(call,
                 Error::invalidResponse(u"The response is larger than %1 bytes"_s.arg(maxResponseBytes)),
                 false);
        return;
    }
    if (call->timedOut) {
        fail(call, Error(Error::Kind::Timeout, u"No answer within the timeout"_s),
             RetryPolicy::Reach::Ambiguous);
        return;
    }
    if (netError == QNetworkReply::InsecureRedirectError ||
        netError == QNetworkReply::TooManyRedirectsError) {
        complete(call, Error(Error::Kind::Insecure, u"Refused a redirect to another origin"_s, status),
                 false);
        return;
    }
    if (status == 0) {
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            // Provably never reached the server.
            fail(call, Error(Error::Kind::Network, netErrorString), RetryPolicy::Reach::NotSent);
            return;
        case QNetworkReply::SslHandshakeFailedError:
            complete(call, Error(Error::Kind::Insecure, u"TLS verification failed: "_s + netErrorString),
                     false);
            return;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // Qt's own transfer timeout
            fail(call, Error(Error::Kind::Timeout, netErrorString), RetryPolicy::Reach::Ambiguous);
            return;
        case QNetworkReply::ContentReSendError:
            fail(call, Error(Error::Kind::Network, u"The connection dropped after the request was sent"_s),
                 RetryPolicy::Reach::Ambiguous);
            return;
        default:
            fail(call, Error(Error::Kind::Network, netErrorString), RetryPolicy::Reach::Ambiguous);
            return;
        }
    }

    const bool noContent =
        status == 204 || call->request.expectNoContent || call->response.trimmed().isEmpty();
    if (status >= 200 && status < 300) {
        if (noContent) {
            complete(call, Error(), false, status, QJsonValue());
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(call->response, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            complete(call,
                     Error::invalidResponse(u"Malformed JSON in the response: "_s + parseError.errorString()),
                     false);
            return;
        }
        const QJsonValue json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        complete(call, Error(), false, status, json);
        return;
    }

    // An error answer: {"message": "..."} when the body is JSON, the reason phrase otherwise.
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(call->response);
    if (doc.isObject() && doc.object().value(u"message"_s).isString())
        message = doc.object().value(u"message"_s).toString();
    if (message.isEmpty())
        message = reason;
    message = message.left(500);

    if (status == 401) {
        if (!call->replayedAfter401) {
            // Drop the token, get one new one (shared with everyone refreshing now), replay once.
            call->replayedAfter401 = true;
            qCDebug(lcHttp).noquote()
                << "401: refreshing the token and replaying" << method
                << HttpLog::urlForLog(EndpointPolicy::apiUrl(credentials.apiEndpoint, call->request.path))
                       .section(u'?', 0, 0);
            tokens->refreshToken(call->token, call,
                                 [this, call](const AccessToken &token, const Error &error) {
                                     if (call->done)
                                         return;
                                     if (error.isError()) {
                                         fail(call, error, RetryPolicy::Reach::NotSent);
                                         return;
                                     }
                                     call->token = token.token();
                                     sendHttp(call);
                                 });
            return;
        }
        const Error error(Error::Kind::Auth,
                          u"The API refused a fresh token; sign in again"_s +
                              (message.isEmpty() ? QString() : u" ("_s + message + u')'),
                          401);
        complete(call, error, false);
        Q_EMIT q->needsSignIn(error);
        return;
    }

    Error error = Error::fromHttp(status, message);
    if (!retryAfter.isEmpty())
        error.setRetryAfterSeconds(RetryAfter::parseSeconds(retryAfter));
    // 4xx: the server says it did not act on the request; 5xx: it may have.
    const auto reach = status >= 500 ? RetryPolicy::Reach::Ambiguous : RetryPolicy::Reach::Rejected;
    fail(call, error, reach);
}

void Transport::Private::fail(Call *call, const Error &error, RetryPolicy::Reach reach)
{
    if (call->done)
        return;
    if (policy.shouldRetry(call->request.safety, error, reach, call->attempt)) {
        const int delay = policy.delayMs(call->attempt, error.retryAfterSeconds());
        const int next = call->attempt + 1;
        qCDebug(lcHttp).noquote() << "retry" << next << "of" << methodName(call->request.method)
                                  << call->request.path << "in" << delay << "ms:" << error.toString();
        if (call->reply)
            call->reply->reportRetry(next, delay, error);
        if (call->done) // a retryScheduled() slot may have cancelled the call
            return;
        call->retry.disconnect();
        QObject::connect(&call->retry, &QTimer::timeout, call, [this, call] {
            if (!call->done)
                start(call);
        });
        call->retry.start(delay);
        return;
    }
    const bool possiblyDuplicated =
        call->request.safety == ApiRequest::Safety::CreatesResource && reach == RetryPolicy::Reach::Ambiguous;
    complete(call, error, possiblyDuplicated);
}

void Transport::Private::complete(Call *call, const Error &error, bool possiblyDuplicated, int status,
                                  const QJsonValue &json)
{
    if (call->done)
        return;
    call->done = true;
    releaseNet(call);
    calls.removeAll(QPointer<Call>(call));
    call->deleteLater();
    Reply *reply = call->reply;
    if (!reply)
        return;
    reply->setAbortHandler({});
    if (error.isError())
        reply->completeWithError(error, possiblyDuplicated);
    else
        reply->completeWithJson(status, json);
}

void Transport::Private::abort(Call *call)
{
    // Reply::cancel() (or the reply's destruction): stop everything; the Reply reports Cancelled itself.
    if (call->done)
        return;
    call->done = true;
    releaseNet(call);
    calls.removeAll(QPointer<Call>(call));
    call->deleteLater();
}

} // namespace las
