#include "auth/credentialsfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using las::CredentialsFile;

class TestCredentialsFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    const char *const envNames[5] = {"LAS_CLIENT_ID", "LAS_CLIENT_SECRET", "LAS_API_KEY", "LAS_AUTH_ENDPOINT",
                                     "LAS_API_ENDPOINT"};

    void write(const QByteArray &text)
    {
        QFile f(dir.filePath(u"credentials.cfg"_s));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    void clearEnv()
    {
        for (const char *name : envNames)
            qunsetenv(name);
    }

private slots:
    void init()
    {
        clearEnv();
        CredentialsFile::setPath(dir.filePath(u"credentials.cfg"_s));
        QFile::remove(dir.filePath(u"credentials.cfg"_s));
    }
    void cleanupTestCase()
    {
        CredentialsFile::setPath({});
        clearEnv();
    }
    void defaultPath()
    {
        CredentialsFile::setPath({});
        QVERIFY(CredentialsFile::path().endsWith(u"/.lucidtech/credentials.cfg"_s));
    }
    void readsAllProfiles()
    {
        write("[default]\n"
              "client_id = id1\n"
              "client_secret = secret1\n"
              "api_key = key1\n"
              "auth_endpoint = auth.lucidtech.ai\n"
              "api_endpoint = https://api.lucidtech.ai/v1\n"
              "\n"
              "# a comment\n"
              "; another\n"
              "[Staging]\r\n"
              "CLIENT_ID: id2\r\n"
              "client_secret=secret2\r\n"
              "auth_endpoint = http://127.0.0.1:5000\r\n"
              "api_endpoint = http://127.0.0.1:5000/v1\r\n"
              "use_cache = True\r\n");
        QCOMPARE(CredentialsFile::profiles(), (QStringList{u"default"_s, u"Staging"_s}));
        QString error;
        const auto c = CredentialsFile::load(u"default"_s, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->clientId, u"id1"_s);
        QCOMPARE(c->clientSecret, u"secret1"_s);
        QCOMPARE(c->apiKey, u"key1"_s);
        QCOMPARE(c->authEndpoint, u"auth.lucidtech.ai"_s);
        QCOMPARE(c->apiEndpoint, u"https://api.lucidtech.ai/v1"_s);
        const auto staging = CredentialsFile::loadProfile(u"Staging"_s, &error);
        QVERIFY2(staging, qPrintable(error));
        QCOMPARE(staging->credentials.clientId, u"id2"_s);
        QVERIFY(staging->credentials.apiKey.isEmpty()); // optional
        // use_cache (the SDK's plain-file token cache) is accepted and ignored.
        QCOMPARE(staging->credentials.clientSecret, u"secret2"_s);
    }
    void defaultSectionInherited()
    {
        write("[DEFAULT]\nauth_endpoint = auth.lucidtech.ai\napi_endpoint = https://api.lucidtech.ai/v1\n"
              "[a]\nclient_id = x\nclient_secret = y\n");
        QCOMPARE(CredentialsFile::profiles(), QStringList{u"a"_s});
        const auto c = CredentialsFile::load(u"a"_s);
        QVERIFY(c);
        QCOMPARE(c->authEndpoint, u"auth.lucidtech.ai"_s);
    }
    void continuationLines()
    {
        write("[default]\nclient_id = abc\n  def\nclient_secret = s\nauth_endpoint = a\napi_endpoint = b\n");
        QCOMPARE(CredentialsFile::load()->clientId, u"abc\ndef"_s);
    }
    void missingProfileAndKeys()
    {
        write("[default]\nclient_id = x\nauth_endpoint = a\napi_endpoint = b\n");
        QString error;
        QVERIFY(!CredentialsFile::load(u"default"_s, &error));
        QVERIFY2(error.contains(u"client_secret"_s), qPrintable(error));
        QVERIFY(!CredentialsFile::load(u"nope"_s, &error));
        QVERIFY2(error.contains(u"nope"_s) && error.contains(u"default"_s), qPrintable(error));
    }
    void noFile()
    {
        QString error;
        QVERIFY(!CredentialsFile::load(u"default"_s, &error));
        QVERIFY(error.contains(u"No credentials file"_s));
        QVERIFY(CredentialsFile::profiles().isEmpty());
    }
    void malformedFile()
    {
        write("client_id = before any section\n[default]\n");
        QString error;
        QVERIFY(!CredentialsFile::load(u"default"_s, &error));
        QVERIFY(!error.isEmpty());
        write(QByteArray("\xff\xfe\x00[[[", 6));
        QVERIFY(!CredentialsFile::load(u"default"_s, &error));
    }
    void environmentOverridesOnlyWhenComplete()
    {
        write("[default]\nclient_id = file\nclient_secret = s\nauth_endpoint = a\napi_endpoint = b\n");
        qputenv("LAS_CLIENT_ID", "env");
        qputenv("LAS_CLIENT_SECRET", "envsecret");
        qputenv("LAS_AUTH_ENDPOINT", "auth.env");
        qputenv("LAS_API_ENDPOINT", "https://api.env/v1");
        // LAS_API_KEY missing: the whole environment is ignored.
        QCOMPARE(CredentialsFile::load()->clientId, u"file"_s);
        QVERIFY(!CredentialsFile::fromEnvironment());
        qputenv("LAS_API_KEY", "envkey");
        const auto c = CredentialsFile::load();
        QCOMPARE(c->clientId, u"env"_s);
        QCOMPARE(c->apiKey, u"envkey"_s);
        QCOMPARE(c->apiEndpoint, u"https://api.env/v1"_s);
        // An empty variable counts as unset.
        qputenv("LAS_CLIENT_SECRET", "");
        QCOMPARE(CredentialsFile::load()->clientId, u"file"_s);
    }
    void environmentWithoutFile()
    {
        for (const char *name : envNames)
            qputenv(name, "v");
        QVERIFY(CredentialsFile::load());
    }
    void namedProfileIgnoresEnvironment()
    {
        write("[other]\nclient_id = o\nclient_secret = s\nauth_endpoint = a\napi_endpoint = b\n");
        for (const char *name : envNames)
            qputenv(name, "v");
        QCOMPARE(CredentialsFile::load(u"other"_s)->clientId, u"o"_s);
        QCOMPARE(CredentialsFile::load(u"default"_s)->clientId, u"v"_s);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsFile)
#include "tst_credentialsfile.moc"
