// Signing in against a real las-emulator: a good profile, a bad client secret and a bad API key each with
// their own message, an unreachable endpoint, plain http to a non-loopback host refused before anything is
// sent, and the keychain being unavailable (no D-Bus session here) reported with the in-memory way out.
#include "core/session/session.h"
#include "core/session/signinattempt.h"

#include "emulatorcredentials.h"
#include "emulatorprocess.h"

#include "api/client.h"
#include "auth/secretstore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};

    las::Credentials good() const { return emulatorCredentials(m_emulator); }

    static SignInProblem attempt(const las::Credentials &credentials, bool *succeeded)
    {
        SignInAttempt attempt(credentials);
        attempt.setTimeout(15000);
        QSignalSpy ok(&attempt, &SignInAttempt::succeeded);
        QSignalSpy failed(&attempt, &SignInAttempt::failed);
        attempt.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(ok.count() + failed.count() == 1, 30000); }();
        *succeeded = ok.count() == 1;
        if (*succeeded) {
            std::unique_ptr<las::Client> client(attempt.takeClient());
            if (!client)
                *succeeded = false;
            return {};
        }
        return failed.isEmpty() ? SignInProblem() : failed.first().first().value<SignInProblem>();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({u"--demo"_s, u"2"_s}, &error), qPrintable(error));
    }

    void goodProfile()
    {
        bool ok = false;
        const SignInProblem problem = attempt(good(), &ok);
        QVERIFY2(ok, qPrintable(problem.message()));
    }

    void badClientSecret()
    {
        las::Credentials c = good();
        c.clientSecret = u"wrong-secret"_s;
        bool ok = true;
        const SignInProblem problem = attempt(c, &ok);
        QVERIFY(!ok);
        QCOMPARE(problem.kind(), SignInProblem::Kind::BadClientCredentials);
        QVERIFY2(problem.message().contains(u"client ID or client secret"_s), qPrintable(problem.message()));
        QVERIFY(!problem.message().contains(u"wrong-secret"_s)); // never echoes a secret
    }

    void badApiKey()
    {
        las::Credentials c = good();
        c.apiKey = u"wrong-key"_s;
        bool ok = true;
        const SignInProblem problem = attempt(c, &ok);
        QVERIFY(!ok);
        QCOMPARE(problem.kind(), SignInProblem::Kind::BadApiKey);
        QVERIFY2(problem.message().contains(u"API key"_s), qPrintable(problem.message()));
    }

    void unreachableEndpoint()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        las::Credentials c = good();
        c.authEndpoint = u"http://127.0.0.1:%1"_s.arg(port);
        c.apiEndpoint = u"http://127.0.0.1:%1/v1"_s.arg(port);
        bool ok = true;
        const SignInProblem problem = attempt(c, &ok);
        QVERIFY(!ok);
        QCOMPARE(problem.kind(), SignInProblem::Kind::Unreachable);
        QVERIFY2(problem.message().contains(u"cannot be reached"_s), qPrintable(problem.message()));
    }

    void plainHttpToAnotherHostIsRefused()
    {
        las::Credentials c = good();
        c.authEndpoint = u"http://auth.example.com"_s;
        c.apiEndpoint = u"http://api.example.com/v1"_s;
        bool ok = true;
        const SignInProblem problem = attempt(c, &ok);
        QVERIFY(!ok);
        QCOMPARE(problem.kind(), SignInProblem::Kind::PlainHttpRefused);
        QVERIFY2(problem.message().contains(u"https://"_s), qPrintable(problem.message()));
    }

    void sessionSignsInAndOut()
    {
        Session session(nullptr);
        QSignalSpy clients(&session, &Session::clientChanged);
        Profile p{u"emulator"_s, m_emulator.apiUrl().toString(), m_emulator.authEndpoint(),
                  m_emulator.clientId()};
        session.signInWith(p, {m_emulator.clientSecret(), m_emulator.apiKey()});
        QCOMPARE(session.state(), Session::State::SigningIn);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::SignedIn, 30000);
        QVERIFY(session.client());
        QCOMPARE(session.profile().name, u"emulator"_s);
        session.signOut();
        QCOMPARE(session.state(), Session::State::SignedOut);
        QVERIFY(!session.client());

        // The wrong secret: Failed with its own problem, no client.
        session.signInWith(p, {u"wrong"_s, m_emulator.apiKey()});
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Failed, 30000);
        QCOMPARE(session.problem().kind(), SignInProblem::Kind::BadClientCredentials);
        QVERIFY(!session.client());
    }

    // No D-Bus session bus (unset in main()): the keychain cannot be reached. Signing in says so, and with
    // the secrets kept in memory for this session it works.
    void keychainUnavailableThenSecretsInMemory()
    {
        las::SecretStore store(u"las-review-test"_s);
        Session session(&store);
        QSignalSpy unavailable(&session, &Session::keychainUnavailable);
        Profile p{u"emulator"_s, m_emulator.apiUrl().toString(), m_emulator.authEndpoint(),
                  m_emulator.clientId()};
        session.signIn(p);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Failed, 30000);
        QCOMPARE(session.problem().kind(), SignInProblem::Kind::KeychainUnavailable);
        QVERIFY2(session.problem().message().contains(u"keychain"_s),
                 qPrintable(session.problem().message()));
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(unavailable.first().first().toString(), u"emulator"_s);

        session.keepSecretsInMemory(u"emulator"_s, {m_emulator.clientSecret(), m_emulator.apiKey()});
        session.signIn(p);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::SignedIn, 30000);
        QCOMPARE(unavailable.count(), 1);
    }
};

int main(int argc, char *argv[])
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/las-review-test-bus");
    QCoreApplication app(argc, argv);
    TestSignIn test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_signin.moc"
