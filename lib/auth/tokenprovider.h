#pragma once

#include "auth/accesstoken.h"
#include "auth/credentials.h"
#include "auth/tokenstore.h"
#include "core/error.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace las {

// Access tokens for one set of credentials (reliability.md, Tokens): memory → token store → token endpoint,
// written back to both; one fetch in flight at a time, shared by every caller that needs a token meanwhile;
// a network failure is reported as such and never removes anything stored.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const AccessToken &token, const Error &error)>;

    TokenProvider(const Credentials &credentials, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~TokenProvider() override;

    void setStore(std::shared_ptr<TokenStore> store);
    std::shared_ptr<TokenStore> store() const { return m_store; }
    // How long to wait for the store before going to the endpoint (its late answer is then ignored).
    void setStoreTimeout(int ms) { m_storeTimeoutMs = ms; }
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

    // Calls `done` exactly once, asynchronously, with a fresh token or an error — unless `context` is
    // destroyed first.
    void requestToken(QObject *context, Callback done);
    // After the API refused `rejected` (401): drops it from memory and gets a new token from the endpoint,
    // shared with every other caller refreshing at the same time. Never hands out `rejected` again.
    void refreshToken(const QString &rejected, QObject *context, Callback done);

    std::optional<AccessToken> cachedToken() const { return m_memory; }
    // Forgets the token: drops it from memory and removes it from the store (a failure there is reported with
    // storeFailed()). A token request in flight still answers its callers, but what it brings is not kept.
    // The next requestToken() goes to the store (now empty) and then the endpoint.
    void signOut();
    // The key this provider uses in the store: "las-token:<client id>@<token URL>".
    QString storeKey() const;
    // Token endpoint requests started by this provider (tests, diagnostics).
    int endpointRequestCount() const { return m_endpointRequests; }

Q_SIGNALS:
    // The token endpoint refused the credentials (400/401/403): the user must sign in again.
    void credentialsRejected(const las::Error &error);
    // The store failed (keychain locked or missing); tokens are kept in memory only.
    void storeFailed(const QString &reason);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
        QString rejected;
    };

    void enqueue(Waiter waiter, bool skipStore);
    void startFlight(bool skipStore);
    void readStore(quint64 flight);
    void fetchFromEndpoint(quint64 flight);
    void onEndpointFinished(quint64 flight, QNetworkReply *reply);
    void completeFlight(const AccessToken &token, const Error &error);
    static void deliver(const Waiter &waiter, const AccessToken &token, const Error &error);

    Credentials m_credentials;
    QNetworkAccessManager *m_nam;
    std::shared_ptr<TokenStore> m_store;
    std::optional<AccessToken> m_memory;
    QList<Waiter> m_waiters;
    bool m_inFlight = false;
    bool m_discardFlight = false; // signOut() during the flight: do not keep what it brings
    quint64 m_flight = 0;
    QTimer m_storeTimer;
    QTimer m_requestTimer;
    QElapsedTimer m_requestClock; // for the log line; one endpoint request at a time
    QPointer<QNetworkReply> m_reply;
    QByteArray m_replyBody;
    int m_storeTimeoutMs = 10000;
    int m_requestTimeoutMs = 30000;
    int m_endpointRequests = 0;
};

} // namespace las
