#include "emulatorclient.h"
#include "emulatorprocess.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The token endpoint and the gateway checks: 400/401 for bad token requests, 401 without a valid bearer
// token, 403 with a wrong or missing x-api-key, token expiry through the admin endpoints.
class TestEmulatorAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({u"--client-id"_s, u"test-client"_s, u"--client-secret"_s, u"s3cret"_s,
                                   u"--api-key"_s, u"key-1"_s},
                                  &error),
                 qPrintable(error));
    }

    void startLineCarriesCredentials()
    {
        QCOMPARE(m_emulator.clientId(), u"test-client"_s);
        QCOMPARE(m_emulator.clientSecret(), u"s3cret"_s);
        QCOMPARE(m_emulator.apiKey(), u"key-1"_s);
        QVERIFY(m_emulator.info().value(u"tokenUrl"_s).toString().endsWith(u"/oauth2/token"_s));
        QVERIFY(m_emulator.directApiUrl().toString().endsWith(u"/v1"_s));
    }

    void tokenWithBasicAuth()
    {
        EmulatorClient client(m_emulator);
        const HttpResult result =
            client.tokenRequest(m_emulator.authEndpoint() + u"/oauth2/token?grant_type=client_credentials"_s,
                                "test-client:s3cret", {}, "application/x-www-form-urlencoded");
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json.value(u"access_token"_s).toString().isEmpty());
        QCOMPARE(result.json.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(result.json.value(u"expires_in"_s).toInt(), 3600);
    }

    void tokenOnShortPathWithFormBody()
    {
        EmulatorClient client(m_emulator);
        const HttpResult result =
            client.tokenRequest(m_emulator.authEndpoint() + u"/token"_s, "test-client:s3cret",
                                "grant_type=client_credentials", "application/x-www-form-urlencoded");
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json.value(u"access_token"_s).toString().isEmpty());
    }

    void badTokenRequests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("oauthError");
        QTest::newRow("wrong secret") << u"/oauth2/token?grant_type=client_credentials"_s
                                      << QByteArray("test-client:nope") << 401 << u"invalid_client"_s;
        QTest::newRow("unknown client") << u"/oauth2/token?grant_type=client_credentials"_s
                                        << QByteArray("who:s3cret") << 401 << u"invalid_client"_s;
        QTest::newRow("no credentials")
            << u"/oauth2/token?grant_type=client_credentials"_s << QByteArray() << 401 << u"invalid_client"_s;
        QTest::newRow("no grant type")
            << u"/oauth2/token"_s << QByteArray("test-client:s3cret") << 400 << u"invalid_request"_s;
        QTest::newRow("other grant type")
            << u"/oauth2/token?grant_type=password"_s << QByteArray("test-client:s3cret") << 400
            << u"unsupported_grant_type"_s;
    }
    void badTokenRequests()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, user);
        QFETCH(int, status);
        QFETCH(QString, oauthError);
        EmulatorClient client(m_emulator);
        const HttpResult result = client.tokenRequest(m_emulator.authEndpoint() + path, user, {},
                                                      "application/x-www-form-urlencoded");
        QCOMPARE(result.status, status);
        QCOMPARE(result.json.value(u"error"_s).toString(), oauthError);
        QVERIFY(result.json.value(u"access_token"_s).isUndefined());
    }

    void apiNeedsBearerToken()
    {
        EmulatorClient client(m_emulator);
        HttpResult result = client.get(u"/documents"_s);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.message(), u"Unauthorized"_s);
        client.setToken(u"not-a-token"_s);
        result = client.get(u"/documents"_s);
        QCOMPARE(result.status, 401);
        QVERIFY(client.authenticate());
        QCOMPARE(client.get(u"/documents"_s).status, 200);
    }

    void apiNeedsApiKey()
    {
        EmulatorClient client(m_emulator);
        QVERIFY(client.authenticate());
        client.setApiKey(u"wrong"_s);
        HttpResult result = client.get(u"/documents"_s);
        QCOMPARE(result.status, 403);
        QCOMPARE(result.message(), u"Forbidden"_s);
        client.setApiKey(QString());
        result = client.get(u"/documents"_s);
        QCOMPARE(result.status, 403);
        QCOMPARE(result.message(), u"Forbidden"_s);
    }

    void expireAllTokens()
    {
        EmulatorClient client(m_emulator);
        QVERIFY(client.authenticate());
        QCOMPARE(client.get(u"/models"_s).status, 200);
        QCOMPARE(client.admin("POST", u"/tokens/expire"_s).status, 204);
        QCOMPARE(client.get(u"/models"_s).status, 401);
        QVERIFY(client.authenticate());
        QCOMPARE(client.get(u"/models"_s).status, 200);
    }

    void tokenLifetimeSetting()
    {
        EmulatorClient client(m_emulator);
        QCOMPARE(client.admin("POST", u"/settings"_s, {{u"tokenLifetimeSeconds"_s, 1}}).status, 204);
        const HttpResult result =
            client.tokenRequest(m_emulator.authEndpoint() + u"/oauth2/token?grant_type=client_credentials"_s,
                                "test-client:s3cret", {}, "application/x-www-form-urlencoded");
        QCOMPARE(result.json.value(u"expires_in"_s).toInt(), 1);
        client.setToken(result.json.value(u"access_token"_s).toString());
        // The token dies after its lifetime; wait for that without asserting on any particular time.
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/models"_s).status, 401, 10000);
        QCOMPARE(client.admin("POST", u"/settings"_s, {{u"tokenLifetimeSeconds"_s, 3600}}).status, 204);
        QCOMPARE(client.admin("POST", u"/settings"_s, {{u"tokenLifetimeSeconds"_s, 0}}).status, 400);
    }

    void statsCountTokenRequests()
    {
        EmulatorClient client(m_emulator);
        const int before = client.admin("GET", u"/stats"_s).json.value(u"tokenRequests"_s).toInt();
        QVERIFY(client.authenticate());
        QVERIFY(client.authenticate());
        const HttpResult stats = client.admin("GET", u"/stats"_s);
        QCOMPARE(stats.json.value(u"tokenRequests"_s).toInt(), before + 2);
        QVERIFY(stats.json.value(u"requests"_s).toObject().value(u"POST /oauth2/token"_s).toInt() >= 2);
    }

private:
    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};
};

QTEST_GUILESS_MAIN(TestEmulatorAuth)
#include "tst_emulatorauth.moc"
