#pragma once

#include "core/session/profile.h"
#include "core/session/signinproblem.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include "api/client.h"

namespace las {
class SecretStore;
} // namespace las

class SignInAttempt;

// The signed-in state of the app: which profile, its client, and why signing in failed. GUI-free; the shell
// shows it and asks the user when the keychain cannot be used.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, Failed };
    Q_ENUM(State)

    // secrets is not owned (null: every profile's secrets must be given or kept in memory).
    explicit Session(las::SecretStore *secrets, QObject *parent = nullptr);
    ~Session() override;

    // Reads the profile's secrets (memory for this session first, then the keychain), then signs in.
    // A locked or missing keychain ends in Failed with SignInProblem::KeychainUnavailable and emits
    // keychainUnavailable(): the shell may then call keepSecretsInMemory() and signIn() again.
    void signIn(const Profile &profile);
    // Signs in with the given secrets (the demo, or secrets just typed in).
    void signInWith(const Profile &profile, const las::ProfileSecrets &secrets);
    void signOut();

    // Secrets kept in memory for this session only (never written anywhere).
    void keepSecretsInMemory(const QString &profileName, const las::ProfileSecrets &secrets);
    void forgetSecretsInMemory(const QString &profileName);
    bool hasSecretsInMemory(const QString &profileName) const
    {
        return m_memorySecrets.contains(profileName);
    }

    State state() const { return m_state; }
    Profile profile() const { return m_profile; }
    las::Client *client() const { return m_client.data(); }
    SignInProblem problem() const { return m_problem; }
    // Per-call timeout of the signed-in client (ms).
    void setCallTimeout(int ms) { m_callTimeoutMs = ms; }

Q_SIGNALS:
    void stateChanged(Session::State state);
    // A new client (signed in) or null (signed out / failed). The old one is deleted later.
    void clientChanged(las::Client *client);
    void keychainUnavailable(const QString &profileName, const QString &reason);

private:
    void setState(State state);
    void fail(const SignInProblem &problem);
    void replaceClient(las::Client *client);

    las::SecretStore *m_secrets;
    State m_state = State::SignedOut;
    Profile m_profile;
    SignInProblem m_problem;
    QPointer<las::Client> m_client;
    QPointer<SignInAttempt> m_attempt;
    QHash<QString, las::ProfileSecrets> m_memorySecrets;
    quint64 m_generation = 0; // drops answers of superseded sign-ins
    int m_callTimeoutMs = 60000;
};
