#include "emulatorclient.h"
#include "emulatorprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The demo runs on reviewers' desktops next to their browser. Through real HTTP: no CORS header on any
// answer, admin paths need the admin token and JSON, the Host header must name the emulator (DNS
// rebinding), the access log shows no secret, the data directory is private, and the client secret can be
// passed without showing in the process list.
class TestEmulatorSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({}, &error), qPrintable(error));
        m_client = std::make_unique<EmulatorClient>(m_emulator);
        QVERIFY2(m_client->authenticate(&error), qPrintable(error));
    }

    void noCorsHeaders()
    {
        const QUrl models(m_emulator.directApiUrl().toString() + u"/models"_s);
        const QByteArray origin = "https://evil.example";
        const QList<HttpResult> answers{
            m_client->send("OPTIONS", models, {},
                           {{"Origin", origin},
                            {"Access-Control-Request-Method", "GET"},
                            {"Access-Control-Request-Headers", "authorization,x-api-key"}}),
            m_client->send("GET", models, {},
                           {{"Origin", origin},
                            {"Authorization", "Bearer " + m_client->token().toUtf8()},
                            {"x-api-key", m_emulator.apiKey().toUtf8()}}),
            m_client->send("GET", models, {}, {{"Origin", origin}}), // 403
            m_client->tokenRequest(m_emulator.authEndpoint() +
                                       u"/oauth2/token?grant_type=client_credentials"_s,
                                   (m_emulator.clientId() + u':' + m_emulator.clientSecret()).toUtf8(), {},
                                   "application/x-www-form-urlencoded"),
            m_client->admin("GET", u"/stats"_s),
            m_client->send("GET", QUrl(m_emulator.authEndpoint() + u"/nothing"_s), {}, {{"Origin", origin}}),
        };
        QCOMPARE(answers[0].status, 200);
        QCOMPARE(answers[1].status, 200);
        QCOMPARE(answers[2].status, 403);
        QCOMPARE(answers[3].status, 200);
        QCOMPARE(answers[4].status, 200);
        QCOMPARE(answers[5].status, 404);
        for (const HttpResult &answer : answers) {
            for (const auto &[name, value] : answer.headers)
                QVERIFY2(!name.toLower().startsWith("access-control-"), name.constData());
        }
    }

    void adminNeedsTheToken()
    {
        QVERIFY(m_emulator.adminToken().size() >= 32);
        const QUrl stats(m_emulator.adminUrl().toString() + u"/stats"_s);
        QCOMPARE(m_client->send("GET", stats, {}, {}).status, 401);
        QCOMPARE(m_client->send("GET", stats, {}, {{EmulatorProcess::AdminTokenHeader, "wrong"}}).status,
                 403);
        QByteArray almost = m_emulator.adminToken().toUtf8();
        almost[almost.size() - 1] = almost.back() == 'A' ? 'B' : 'A';
        QCOMPARE(m_client->send("GET", stats, {}, {{EmulatorProcess::AdminTokenHeader, almost}}).status, 403);
        // Neither the API credentials nor the bearer token open the admin paths.
        QCOMPARE(m_client
                     ->send("GET", stats, {},
                            {{"Authorization", "Bearer " + m_client->token().toUtf8()},
                             {"x-api-key", m_emulator.apiKey().toUtf8()}})
                     .status,
                 401);
        QCOMPARE(m_client->admin("GET", u"/stats"_s).status, 200);

        // A refused command changes nothing: the fault is not installed.
        const QUrl faults(m_emulator.adminUrl().toString() + u"/faults"_s);
        QCOMPARE(
            m_client->send("POST", faults, "{\"failureCount\":5}", {{"Content-Type", "application/json"}})
                .status,
            401);
        QCOMPARE(m_client->get(u"/models"_s).status, 200);
    }

    void adminAcceptsJsonOnly()
    {
        const QUrl faults(m_emulator.adminUrl().toString() + u"/faults"_s);
        const QByteArray token = m_emulator.adminToken().toUtf8();
        for (const QByteArray &type :
             {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
              QByteArray("multipart/form-data; boundary=x"), QByteArray()}) {
            const HttpResult result = m_client->send(
                "POST", faults, "{\"failureCount\":5}",
                type.isEmpty()
                    ? QList<std::pair<QByteArray, QByteArray>>{{EmulatorProcess::AdminTokenHeader, token}}
                    : QList<std::pair<QByteArray, QByteArray>>{{EmulatorProcess::AdminTokenHeader, token},
                                                               {"Content-Type", type}});
            QVERIFY2(result.status == 415, type.constData());
        }
        QCOMPARE(m_client->get(u"/models"_s).status, 200); // none of them installed the fault
        QCOMPARE(m_client
                     ->send("POST", faults, "{\"failureCount\":1}",
                            {{EmulatorProcess::AdminTokenHeader, token},
                             {"Content-Type", "application/json; charset=utf-8"}})
                     .status,
                 204);
        QCOMPARE(m_client->get(u"/models"_s).status, 500);
    }

    void hostMustNameTheEmulator_data()
    {
        QTest::addColumn<QByteArray>("request"); // without Host header and final CRLF
        QTest::addColumn<QByteArray>("host");    // "" for none
        QTest::addColumn<int>("status");

        const QByteArray port = QByteArray::number(m_emulator.directApiUrl().port());
        const QByteArray otherPort = QByteArray::number(m_emulator.directApiUrl().port() == 1 ? 2 : 1);
        const QByteArray api = "GET /v1/models HTTP/1.1\r\nAuthorization: Bearer " +
                               m_client->token().toUtf8() + "\r\nx-api-key: " + m_emulator.apiKey().toUtf8() +
                               "\r\n";
        const QByteArray form = "grant_type=client_credentials";
        const QByteArray token =
            "POST /oauth2/token HTTP/1.1\r\nAuthorization: Basic " +
            (m_emulator.clientId() + u':' + m_emulator.clientSecret()).toUtf8().toBase64() +
            "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
            QByteArray::number(form.size()) + "\r\n";
        const QByteArray admin =
            "GET /_emulator/stats HTTP/1.1\r\nX-Emulator-Admin-Token: " + m_emulator.adminToken().toUtf8() +
            "\r\n";
        const QList<std::pair<const char *, QByteArray>> requests{
            {"api", api}, {"token", token}, {"admin", admin}};
        for (const auto &[name, request] : requests) {
            const QByteArray withBody = request; // the token request's form follows the header block
            QTest::addRow("%s 127.0.0.1", name) << withBody << "127.0.0.1:" + port << 200;
            QTest::addRow("%s localhost", name) << withBody << "localhost:" + port << 200;
            QTest::addRow("%s [::1]", name) << withBody << "[::1]:" + port << 200;
            QTest::addRow("%s evil", name) << withBody << "evil.example:" + port << 421;
            QTest::addRow("%s evil no port", name) << withBody << QByteArray("evil.example") << 421;
            QTest::addRow("%s other port", name) << withBody << "127.0.0.1:" + otherPort << 421;
            QTest::addRow("%s rebinding subdomain", name)
                << withBody << "127.0.0.1.evil.example:" + port << 421;
            QTest::addRow("%s missing", name) << withBody << QByteArray() << 400;
        }
    }

    void hostMustNameTheEmulator()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        const int tokensBefore = m_client->admin("GET", u"/stats"_s).json.value(u"tokenRequests"_s).toInt();
        const bool isToken = request.startsWith("POST /oauth2/token");
        const QByteArray bytes = request + (host.isEmpty() ? QByteArray() : "Host: " + host + "\r\n") +
                                 "Connection: close\r\n\r\n" +
                                 (isToken ? QByteArray("grant_type=client_credentials") : QByteArray());
        const RawAnswer answer = m_client->raw(bytes);
        QCOMPARE(answer.status(), status);
        QVERIFY(answer.closed);
        if (status != 200) {
            QVERIFY(!answer.hasSuccess());
            QVERIFY(!answer.bytes.contains("access_token"));
            QCOMPARE(m_client->admin("GET", u"/stats"_s).json.value(u"tokenRequests"_s).toInt(),
                     tokensBefore);
        }
        // HTTP/1.0 without Host is refused as well.
        if (host.isEmpty()) {
            QByteArray http10 = bytes;
            http10.replace("HTTP/1.1\r\n", "HTTP/1.0\r\n");
            QCOMPARE(m_client->raw(http10).status(), 400);
        }
    }

    void accessLogShowsNoSecret()
    {
        EmulatorProcess logged(EmulatorProcess::Mode::Own);
        logged.setEnvironmentVariable(u"LAS_EMULATOR_ACCESS_LOG"_s, u"1"_s);
        QString error;
        QVERIFY2(logged.start({}, &error), qPrintable(error));
        EmulatorClient client(logged);
        QVERIFY(client.authenticate(&error));
        // The secret in a form body, a failed token request, API calls, a stored secret.
        const QByteArray form = "grant_type=client_credentials&client_id=" + logged.clientId().toUtf8() +
                                "&client_secret=" + logged.clientSecret().toUtf8();
        const HttpResult formToken = client.tokenRequest(logged.authEndpoint() + u"/oauth2/token"_s, {}, form,
                                                         "application/x-www-form-urlencoded");
        QCOMPARE(formToken.status, 200);
        const QString secondToken = formToken.json.value(u"access_token"_s).toString();
        QCOMPARE(client
                     .tokenRequest(logged.authEndpoint() + u"/token?grant_type=client_credentials"_s,
                                   logged.clientId().toUtf8() + ":wrong-secret", {},
                                   "application/x-www-form-urlencoded")
                     .status,
                 401);
        QCOMPARE(client.get(u"/models"_s).status, 200);
        const QString stored = u"stored-secret-value-1234"_s;
        QCOMPARE(client.post(u"/secrets"_s, {{u"data"_s, QJsonObject{{u"password"_s, stored}}}}).status, 200);
        QCOMPARE(client.admin("GET", u"/stats"_s).status, 200);

        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += logged.process()->readAllStandardError()).contains("POST /secrets"),
                                 10000);
        QVERIFY(log.contains("POST /oauth2/token -> 200"));
        QVERIFY(log.contains("POST /token -> 401"));
        for (const QString &secret : {logged.clientSecret(), client.token(), secondToken, logged.apiKey(),
                                      logged.adminToken(), stored, u"wrong-secret"_s})
            QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(u"the access log shows %1"_s.arg(secret)));
    }

    void dataDirectoryIsPrivate()
    {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        // A new directory (even below a missing parent) is created 0700 ...
        const QString fresh = parent.path() + u"/new/data"_s;
        checkPrivateAfterUse(fresh);
        // ... and an existing one that others could read is made private, files included.
        const QString existing = parent.path() + u"/existing"_s;
        QVERIFY(QDir().mkpath(existing + u"/documents"_s));
        QFile leftover(existing + u"/documents/old.bin"_s);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("old");
        leftover.close();
        const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(leftover.fileName(), open));
        QVERIFY(QFile::setPermissions(existing, open | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(existing + u"/documents"_s,
                                      open | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
        checkPrivateAfterUse(existing);
    }

    void clientSecretFromFile()
    {
        QTemporaryDir dir;
        QFile file(dir.path() + u"/secret"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret-from-file-8d7f\n");
        file.close();
        EmulatorProcess emulator(EmulatorProcess::Mode::Own);
        QString error;
        QVERIFY2(emulator.start({u"--client-secret-file"_s, file.fileName()}, &error), qPrintable(error));
        QCOMPARE(emulator.clientSecret(), u"secret-from-file-8d7f"_s);
        EmulatorClient client(emulator);
        QVERIFY2(client.authenticate(&error), qPrintable(error));
        QVERIFY(!commandLine(emulator).isEmpty());
        QVERIFY(!commandLine(emulator).contains("secret-from-file-8d7f"));
    }

    void clientSecretFromEnvironment()
    {
        EmulatorProcess emulator(EmulatorProcess::Mode::Own);
        emulator.setEnvironmentVariable(u"LAS_EMULATOR_CLIENT_SECRET"_s, u"secret-from-env-31c2"_s);
        QString error;
        QVERIFY2(emulator.start({}, &error), qPrintable(error));
        QCOMPARE(emulator.clientSecret(), u"secret-from-env-31c2"_s);
        EmulatorClient client(emulator);
        QVERIFY2(client.authenticate(&error), qPrintable(error));
        QVERIFY(!commandLine(emulator).isEmpty());
        QVERIFY(!commandLine(emulator).contains("secret-from-env-31c2"));
    }

    void clientSecretOptionsExcludeEachOther()
    {
        QTemporaryDir dir;
        QFile file(dir.path() + u"/secret"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\n");
        file.close();
        QProcess process;
        process.start(QStringLiteral(LAS_EMULATOR_BIN), {u"--port"_s, u"0"_s, u"--client-secret"_s, u"a"_s,
                                                         u"--client-secret-file"_s, file.fileName()});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("exclude each other"));
    }

private:
    static QByteArray commandLine(const EmulatorProcess &emulator)
    {
        QFile file(u"/proc/%1/cmdline"_s.arg(emulator.pid()));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    void checkPrivateAfterUse(const QString &dataDir)
    {
        EmulatorProcess emulator(EmulatorProcess::Mode::Own);
        QString error;
        QVERIFY2(emulator.start({u"--data-dir"_s, dataDir}, &error), qPrintable(error));
        QCOMPARE(QDir(emulator.dataDir()).canonicalPath(), QDir(dataDir).canonicalPath());
        EmulatorClient client(emulator);
        QVERIFY2(client.authenticate(&error), qPrintable(error));
        QCOMPARE(client
                     .post(u"/documents"_s,
                           {{u"content"_s, u"JVBERi0xLjQK"_s}, {u"contentType"_s, u"application/pdf"_s}})
                     .status,
                 200);
        const auto dirMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
                             QFile::WriteUser | QFile::ExeUser;
        const auto fileMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        QCOMPARE(QFileInfo(dataDir).permissions(), dirMode);
        int files = 0;
        QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            if (entry.isDir()) {
                QVERIFY2(entry.permissions() == dirMode, qPrintable(entry.filePath()));
            } else {
                ++files;
                QVERIFY2(entry.permissions() == fileMode, qPrintable(entry.filePath()));
            }
        }
        QVERIFY(files >= 2); // the SQLite database and at least one document
    }

    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};
    std::unique_ptr<EmulatorClient> m_client;
};

QTEST_GUILESS_MAIN(TestEmulatorSecurity)
#include "tst_emulatorsecurity.moc"
