#include "core/session/session.h"

#include "core/session/signinattempt.h"

#include "api/client.h"
#include "auth/secretstore.h"
#include "core/transport.h"

using namespace Qt::StringLiterals;

Session::Session(las::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

Session::~Session()
{
    delete m_client.data();
}

void Session::signIn(const Profile &profile)
{
    const quint64 generation = ++m_generation;
    m_profile = profile;
    replaceClient(nullptr);
    setState(State::SigningIn);
    if (const auto it = m_memorySecrets.constFind(profile.name); it != m_memorySecrets.cend()) {
        signInWith(profile, it.value());
        return;
    }
    if (!m_secrets) {
        fail(SignInProblem::missingSecret(profile.name));
        return;
    }
    m_secrets->read(profile.name, this,
                    [this, generation, profile](const std::optional<las::ProfileSecrets> &secrets,
                                                const las::Error &error) {
                        if (generation != m_generation)
                            return;
                        if (error.kind() == las::Error::Kind::KeychainUnavailable) {
                            fail(SignInProblem::keychainUnavailable(error.message()));
                            Q_EMIT keychainUnavailable(profile.name, error.message());
                            return;
                        }
                        if (!secrets || secrets->clientSecret.isEmpty()) {
                            fail(SignInProblem::missingSecret(profile.name));
                            return;
                        }
                        signInWith(profile, *secrets);
                    });
}

void Session::signInWith(const Profile &profile, const las::ProfileSecrets &secrets)
{
    const quint64 generation = ++m_generation;
    m_profile = profile;
    replaceClient(nullptr);
    delete m_attempt.data();
    setState(State::SigningIn);
    auto *attempt = new SignInAttempt(profile.credentials(secrets), this);
    m_attempt = attempt;
    connect(attempt, &SignInAttempt::succeeded, this, [this, attempt, generation] {
        attempt->deleteLater();
        if (generation != m_generation)
            return;
        las::Client *client = attempt->takeClient();
        client->setParent(this);
        client->transport()->setDefaultTimeout(m_callTimeoutMs);
        connect(client->transport(), &las::Transport::needsSignIn, this, [this](const las::Error &error) {
            fail(SignInProblem::fromError(error, m_profile.authEndpoint));
        });
        m_problem = {};
        replaceClient(client);
        setState(State::SignedIn);
    });
    connect(attempt, &SignInAttempt::failed, this, [this, attempt, generation](const SignInProblem &problem) {
        attempt->deleteLater();
        if (generation == m_generation)
            fail(problem);
    });
    attempt->start();
}

void Session::signOut()
{
    ++m_generation;
    delete m_attempt.data();
    m_problem = {};
    replaceClient(nullptr);
    setState(State::SignedOut);
}

void Session::keepSecretsInMemory(const QString &profileName, const las::ProfileSecrets &secrets)
{
    m_memorySecrets.insert(profileName, secrets);
}

void Session::forgetSecretsInMemory(const QString &profileName)
{
    m_memorySecrets.remove(profileName);
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::fail(const SignInProblem &problem)
{
    m_problem = problem;
    replaceClient(nullptr);
    m_state = State::Failed;
    Q_EMIT stateChanged(m_state); // also when already failed: the problem is new
}

void Session::replaceClient(las::Client *client)
{
    if (client == m_client.data())
        return;
    if (las::Client *old = m_client.data())
        old->deleteLater();
    m_client = client;
    Q_EMIT clientChanged(client);
}
