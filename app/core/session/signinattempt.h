#pragma once

#include "core/session/signinproblem.h"

#include "auth/credentials.h"

#include <QObject>
#include <QPointer>

namespace las {
class Client;
}

// Proves a set of credentials: the http rule first, then a token from the auth endpoint, then one cheap API
// call (listDocuments with maxResults 1). Emits exactly one of succeeded() / failed(), asynchronously.
// On success the ready client can be taken over with takeClient().
class SignInAttempt : public QObject
{
    Q_OBJECT
public:
    explicit SignInAttempt(const las::Credentials &credentials, QObject *parent = nullptr);
    ~SignInAttempt() override;

    void start();
    // The signed-in client (after succeeded()); the caller owns it. Null before or after taking it.
    las::Client *takeClient();
    // Timeout of each of the two requests, in milliseconds (default 20 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void succeeded();
    void failed(const SignInProblem &problem);

private:
    void fail(const SignInProblem &problem);
    void callApi();

    las::Credentials m_credentials;
    QPointer<las::Client> m_client;
    int m_timeoutMs = 20000;
};
