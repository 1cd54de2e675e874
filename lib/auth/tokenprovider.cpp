#include "auth/tokenprovider.h"

#include "core/endpointpolicy.h"
#include "core/httplog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace las {

namespace {
constexpr qint64 kMaxTokenResponse = 64LL * 1024;
}

TokenProvider::TokenProvider(const Credentials &credentials, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_nam(nam)
{
    m_storeTimer.setSingleShot(true);
    m_requestTimer.setSingleShot(true);
}

TokenProvider::~TokenProvider()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TokenProvider::setStore(std::shared_ptr<TokenStore> store)
{
    m_store = std::move(store);
}

QString TokenProvider::storeKey() const
{
    return u"las-token:"_s + m_credentials.clientId + u'@' +
           EndpointPolicy::tokenUrl(m_credentials).toString(QUrl::RemoveQuery);
}

void TokenProvider::requestToken(QObject *context, Callback done)
{
    enqueue(Waiter{context, std::move(done), {}}, false);
}

void TokenProvider::refreshToken(const QString &rejected, QObject *context, Callback done)
{
    if (m_memory && m_memory->token() == rejected)
        m_memory.reset();
    // The store may still hold the rejected token: go straight to the endpoint.
    enqueue(Waiter{context, std::move(done), rejected}, true);
}

void TokenProvider::signOut()
{
    m_memory.reset();
    if (m_inFlight)
        m_discardFlight = true;
    if (m_store) {
        m_store->remove(storeKey(), this, [this](const TokenStore::Result &result) {
            if (result.status == TokenStore::Status::Unavailable)
                Q_EMIT storeFailed(result.message);
        });
    }
}

void TokenProvider::deliver(const Waiter &waiter, const AccessToken &token, const Error &error)
{
    if (!waiter.context || !waiter.done)
        return;
    waiter.done(token, error);
}

void TokenProvider::enqueue(Waiter waiter, bool skipStore)
{
    if (m_memory && m_memory->isFresh() && m_memory->token() != waiter.rejected) {
        // Always asynchronous, so callers see the same ordering whether or not the token was cached.
        const AccessToken token = *m_memory;
        QMetaObject::invokeMethod(
            this, [waiter = std::move(waiter), token] { deliver(waiter, token, Error()); },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.append(std::move(waiter));
    if (!m_inFlight)
        startFlight(skipStore);
}

void TokenProvider::startFlight(bool skipStore)
{
    m_inFlight = true;
    m_discardFlight = false;
    const quint64 flight = ++m_flight;
    if (m_store && !skipStore)
        readStore(flight);
    else
        fetchFromEndpoint(flight);
}

void TokenProvider::readStore(quint64 flight)
{
    m_storeTimer.disconnect(this);
    connect(&m_storeTimer, &QTimer::timeout, this, [this, flight] {
        if (flight != m_flight || !m_inFlight)
            return;
        // The keychain did not answer in time (a prompt, a hung service): stop waiting, keep its job alive.
        Q_EMIT storeFailed(u"the keychain did not answer within %1 ms"_s.arg(m_storeTimeoutMs));
        ++m_flight;
        fetchFromEndpoint(m_flight);
    });
    m_storeTimer.start(m_storeTimeoutMs);
    m_store->read(storeKey(), this, [this, flight](const TokenStore::Result &result) {
        if (flight != m_flight || !m_inFlight)
            return; // timed out meanwhile: interest dropped
        m_storeTimer.stop();
        if (result.status == TokenStore::Status::Unavailable)
            Q_EMIT storeFailed(result.message);
        if (result.status == TokenStore::Status::Ok) {
            if (const auto token = AccessToken::fromStoreData(result.data); token && token->isFresh()) {
                qCDebug(lcHttp) << "token taken from the token store";
                if (!m_discardFlight)
                    m_memory = *token;
                completeFlight(*token, Error());
                return;
            }
        }
        fetchFromEndpoint(flight);
    });
}

void TokenProvider::fetchFromEndpoint(quint64 flight)
{
    const QUrl url = EndpointPolicy::tokenUrl(m_credentials);
    if (const auto refused = EndpointPolicy::check(url)) {
        completeFlight({}, *refused);
        return;
    }
    if (!m_nam) {
        completeFlight({}, Error(Error::Kind::Network, u"No network access manager"_s));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray basic = (m_credentials.clientId + u':' + m_credentials.clientSecret).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + basic);
    // Credentials never follow a redirect to another origin; see Transport for the HTTP/2 choice.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    ++m_endpointRequests;
    qCDebug(lcHttp).noquote() << "-> POST" << HttpLog::urlForLog(url) << "(token request)";
    qCDebug(lcHttp).noquote() << "   " << HttpLog::headerForLog("Authorization", "Basic " + basic);
    m_replyBody.clear();
    QNetworkReply *reply = m_nam->post(request, QByteArray());
    m_reply = reply;
    m_requestClock.start();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_replyBody += reply->readAll();
        if (m_replyBody.size() > kMaxTokenResponse)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, flight, reply] {
        qCDebug(lcHttp).noquote() << "<-"
                                  << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                                  << "POST" << HttpLog::urlForLog(reply->url()) << m_requestClock.elapsed()
                                  << "ms";
        onEndpointFinished(flight, reply);
    });
    m_requestTimer.disconnect(this);
    connect(&m_requestTimer, &QTimer::timeout, this, [this, reply] {
        if (m_reply == reply) {
            reply->setProperty("lasTimedOut", true);
            reply->abort();
        }
    });
    m_requestTimer.start(m_requestTimeoutMs);
}

void TokenProvider::onEndpointFinished(quint64 flight, QNetworkReply *reply)
{
    m_requestTimer.stop();
    reply->deleteLater();
    if (m_reply == reply)
        m_reply.clear();
    if (flight != m_flight)
        return;
    m_replyBody += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (reply->property("lasTimedOut").toBool()) {
        completeFlight({}, Error(Error::Kind::Timeout, u"The token endpoint did not answer in time"_s));
        return;
    }
    if (m_replyBody.size() > kMaxTokenResponse) {
        completeFlight({}, Error::invalidResponse(u"The token endpoint answered too much data"_s));
        return;
    }
    if (status == 0) {
        Error error(Error::Kind::Network, u"Token request failed: "_s + reply->errorString());
        if (reply->error() == QNetworkReply::InsecureRedirectError ||
            reply->error() == QNetworkReply::TooManyRedirectsError)
            error = Error(Error::Kind::Insecure, u"The token endpoint redirected to another origin"_s);
        else if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            error = Error(Error::Kind::Insecure,
                          u"TLS verification of the token endpoint failed: "_s + reply->errorString());
        // A network failure says nothing about the credentials: nothing stored is touched.
        completeFlight({}, error);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(m_replyBody);
    if (status >= 200 && status < 300) {
        QString why;
        const auto token =
            AccessToken::fromTokenResponse(doc.object(), QDateTime::currentDateTimeUtc(), &why);
        if (!token) {
            completeFlight({}, Error::invalidResponse(u"Token endpoint: "_s + why));
            return;
        }
        if (!m_discardFlight)
            m_memory = *token;
        if (m_store && !m_discardFlight) {
            m_store->write(storeKey(), token->toStoreData(), this, [this](const TokenStore::Result &result) {
                if (result.status == TokenStore::Status::Unavailable)
                    Q_EMIT storeFailed(result.message);
            });
        }
        completeFlight(*token, Error());
        return;
    }
    QString message = doc.object().value(u"message"_s).toString();
    if (message.isEmpty())
        message = doc.object().value(u"error_description"_s).toString();
    if (message.isEmpty())
        message = doc.object().value(u"error"_s).toString();
    if (status == 400 || status == 401 || status == 403) {
        const Error error(Error::Kind::Auth,
                          u"The token endpoint refused the credentials"_s +
                              (message.isEmpty() ? QString() : u": "_s + message),
                          status);
        completeFlight({}, error);
        Q_EMIT credentialsRejected(error);
        return;
    }
    Error error = Error::fromHttp(status, message.isEmpty() ? u"Token endpoint error"_s : message);
    completeFlight({}, error);
}

void TokenProvider::completeFlight(const AccessToken &token, const Error &error)
{
    m_inFlight = false;
    m_storeTimer.stop();
    QList<Waiter> waiters;
    waiters.swap(m_waiters);
    QList<Waiter> again;
    for (Waiter &w : waiters) {
        if (!error.isError() && !w.rejected.isEmpty() && w.rejected == token.token())
            again.append(std::move(w)); // the store still had the refused token: this one needs a new one
        else
            deliver(w, token, error);
    }
    if (!again.isEmpty()) {
        m_memory.reset();
        for (Waiter &w : again)
            m_waiters.append(std::move(w));
        if (!m_inFlight)
            startFlight(true);
    }
}

} // namespace las
