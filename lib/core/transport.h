#pragma once

#include "auth/credentials.h"
#include "core/apirequest.h"
#include "core/reply.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace las {

class TokenStore;
class TokenProvider;
class RetryPolicy;

// The one place that talks HTTP: adds auth headers (single-flight token), applies timeouts, the retry policy,
// the redirect/TLS/loopback rules, maps errors, redacts logs, and completes Replies.
// Client methods only build ApiRequests and call send().
class Transport : public QObject
{
    Q_OBJECT
public:
    // nam may be null: the transport then creates and owns its own QNetworkAccessManager.
    explicit Transport(const Credentials &credentials, QNetworkAccessManager *nam = nullptr,
                       QObject *parent = nullptr);
    ~Transport() override;

    const Credentials &credentials() const;
    // The token cache behind memory (default: an in-memory store). Not owned unless given as shared_ptr.
    void setTokenStore(std::shared_ptr<TokenStore> store);
    // The transfer timeout of calls that set none (Reply::setTimeout); default 30 s.
    void setDefaultTimeout(int ms);
    // Forgets the access token in memory and in the token store; the next call fetches a new one.
    void signOut();

    // Sends the request and completes `reply` (which must be fresh). Never blocks, never nests event loops.
    void send(const ApiRequest &request, Reply *reply);

    // The whole retry policy (base delay included), for tests that need short delays.
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    // Responses larger than this fail with InvalidResponse (default 64 MiB).
    void setMaxResponseBytes(qint64 bytes);
    // The token cache of this transport (single-flight per transport: share one Transport per credentials).
    TokenProvider *tokenProvider() const;
    QNetworkAccessManager *networkAccessManager() const;
    // Calls started and not yet completed.
    int pendingCount() const;

Q_SIGNALS:
    // The credentials were refused (token endpoint 400/401, or a 401 after one refresh): ask the user.
    void needsSignIn(const las::Error &error);
    // The token store (OS keychain) failed; the session continues with the in-memory token.
    void keychainUnavailable(const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace las
