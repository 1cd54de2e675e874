// First-start import: the sections of a credentials file and the LAS_* variables become profiles with their
// secrets (for the keychain); incomplete sections are skipped.
#include "core/session/profileimporter.h"

#include "auth/credentialsfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void clearEnvironment()
    {
        for (const char *name :
             {"LAS_CLIENT_ID", "LAS_CLIENT_SECRET", "LAS_API_KEY", "LAS_AUTH_ENDPOINT", "LAS_API_ENDPOINT"})
            qunsetenv(name);
    }

    QString writeFile(const QByteArray &contents)
    {
        const QString path = m_dir.filePath(u"credentials.cfg"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(contents);
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        clearEnvironment();
    }
    void cleanup()
    {
        clearEnvironment();
        las::CredentialsFile::setPath({});
    }

    void sectionsOfTheCredentialsFile()
    {
        const QString path = writeFile("[default]\n"
                                       "client_id = id-default\n"
                                       "client_secret = secret-default\n"
                                       "api_key = key-default\n"
                                       "auth_endpoint = auth.lucidtech.ai\n"
                                       "api_endpoint = https://api.lucidtech.ai/v1\n"
                                       "[incomplete]\n"
                                       "client_id = only-an-id\n"
                                       "[staging]\n"
                                       "client_id = id-staging\n"
                                       "client_secret = secret-staging\n"
                                       "auth_endpoint = http://127.0.0.1:5000\n"
                                       "api_endpoint = http://127.0.0.1:5000/v1\n");
        QVERIFY(!path.isEmpty());
        las::CredentialsFile::setPath(path);
        const QList<ProfileImporter::Candidate> found = ProfileImporter::candidates();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).profile.name, u"default"_s);
        QCOMPARE(found.at(0).profile.clientId, u"id-default"_s);
        QCOMPARE(found.at(0).profile.apiEndpoint, u"https://api.lucidtech.ai/v1"_s);
        QCOMPARE(found.at(0).profile.authEndpoint, u"auth.lucidtech.ai"_s);
        QCOMPARE(found.at(0).secrets.clientSecret, u"secret-default"_s);
        QCOMPARE(found.at(0).secrets.apiKey, u"key-default"_s);
        QVERIFY(found.at(0).source.contains(u"[default]"_s));
        QCOMPARE(found.at(1).profile.name, u"staging"_s);
        QCOMPARE(found.at(1).secrets.apiKey, QString()); // optional
        QCOMPARE(found.at(1).profile.credentials(found.at(1).secrets).apiEndpoint,
                 u"http://127.0.0.1:5000/v1"_s);
    }

    void environmentVariables()
    {
        las::CredentialsFile::setPath(m_dir.filePath(u"no-such-file.cfg"_s));
        QVERIFY(ProfileImporter::candidates().isEmpty());
        qputenv("LAS_CLIENT_ID", "env-id");
        qputenv("LAS_CLIENT_SECRET", "env-secret");
        qputenv("LAS_API_KEY", "env-key");
        qputenv("LAS_AUTH_ENDPOINT", "auth.example.com");
        QVERIFY(ProfileImporter::candidates().isEmpty()); // only when all five are set
        qputenv("LAS_API_ENDPOINT", "https://api.example.com/v1");
        const QList<ProfileImporter::Candidate> found = ProfileImporter::candidates();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).profile.name, u"environment"_s);
        QCOMPARE(found.at(0).profile.clientId, u"env-id"_s);
        QCOMPARE(found.at(0).secrets.clientSecret, u"env-secret"_s);
        QCOMPARE(found.at(0).secrets.apiKey, u"env-key"_s);
        QCOMPARE(found.at(0).profile.apiEndpoint, u"https://api.example.com/v1"_s);
    }
};

QTEST_GUILESS_MAIN(TestProfileImporter)
#include "tst_profileimporter.moc"
