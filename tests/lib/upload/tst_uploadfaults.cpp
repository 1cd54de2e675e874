// The upload engine against a real las-emulator with fault injection: 1,000 files under 5xx, 429 with
// Retry-After, connections dropped before and after the body and short token lifetimes; and 300 files
// uploaded by a driver process killed with SIGKILL at random moments. Either way every file must end on the
// server exactly once, or the journal must name the possible duplicates; none lost.

#include "emulatorcredentials.h"
#include "emulatorprocess.h"
#include "uploadtestsupport.h"

#include "api/client.h"
#include "core/retrypolicy.h"
#include "core/transport.h"
#include "upload/uploadengine.h"
#include "upload/uploadjournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestUploadFaults : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_admin;

    QByteArray admin(const EmulatorProcess &emulator, const QString &path, const QJsonObject &body = {},
                     bool get = false)
    {
        QNetworkRequest req = emulator.adminRequest(path);
        QNetworkReply *reply =
            get ? m_admin.get(req) : m_admin.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            qWarning("admin %s -> %d %s", qPrintable(path), status, reply->readAll().constData());
        const QByteArray out = reply->readAll();
        reply->deleteLater();
        return out;
    }

    // Every document on the server: id → content type (list pages, no content).
    static QStringList serverDocuments(las::Client &client)
    {
        QStringList ids;
        QString token;
        do {
            las::ListDocumentsOptions options;
            options.maxResults = 1000;
            options.nextToken = token;
            auto *reply = client.listDocuments(options);
            QSignalSpy done(reply, &las::Reply::finished);
            if (!done.wait(30000) || !reply->isSuccess())
                return {};
            for (const las::LasDocument &d : reply->result().documents)
                ids.append(d.documentId);
            token = reply->result().nextToken;
        } while (!token.isEmpty());
        return ids;
    }

    static QString contentSha(las::Client &client, const QString &documentId)
    {
        auto *reply = client.getDocument(documentId);
        QSignalSpy done(reply, &las::Reply::finished);
        if (!done.wait(30000) || !reply->isSuccess())
            return {};
        return uploadtest::sha256Of(reply->result().content);
    }

    // The journal against the server: every file has a Done row; the server holds exactly the journal's
    // documents (each row's id plus the possible duplicates it names), no more, no fewer; spot-checked
    // contents match.
    void verifyExactlyOnce(las::Client &client, const QList<las::UploadItem> &rows, const QStringList &files)
    {
        QHash<QString, las::UploadItem> donePerFile;
        QSet<QString> named;
        int flagged = 0;
        for (const las::UploadItem &row : rows) {
            if (row.state == las::UploadState::Done) {
                QVERIFY2(!donePerFile.contains(row.path), qPrintable(row.path)); // one Done row per file
                donePerFile.insert(row.path, row);
                named.insert(row.documentId);
                for (const QString &id : row.possibleDuplicateIds)
                    named.insert(id);
                flagged += row.isPossibleDuplicate() ? 1 : 0;
            } else {
                QVERIFY2(row.state == las::UploadState::Skipped,
                         qPrintable(row.path + u" ended "_s + las::uploadStateName(row.state) + u": "_s +
                                    row.error));
            }
        }
        for (const QString &file : files)
            QVERIFY2(donePerFile.contains(file), qPrintable(u"lost: "_s + file));
        const QStringList server = serverDocuments(client);
        const QSet<QString> onServer(server.cbegin(), server.cend());
        QCOMPARE(server.size(), onServer.size());
        QCOMPARE(onServer, named); // nothing silently duplicated, nothing missing
        if (flagged > 0)
            qInfo("%d row(s) flagged as possible duplicates", flagged);
        // Content spot check: 15 random rows.
        const QList<las::UploadItem> done = donePerFile.values();
        for (int i = 0; i < 15 && !done.isEmpty(); ++i) {
            const las::UploadItem &row = done.at(QRandomGenerator::global()->bounded(int(done.size())));
            QCOMPARE(contentSha(client, row.documentId), row.sha256);
        }
    }

    bool waitIdle(las::UploadEngine &engine, int ms)
    {
        if (engine.isIdle())
            return true;
        QSignalSpy idle(&engine, &las::UploadEngine::idle);
        return idle.wait(ms);
    }

private Q_SLOTS:
    void thousandFilesUnderFaults()
    {
        EmulatorProcess emulator(EmulatorProcess::Mode::Own);
        QString error;
        QVERIFY2(emulator.start({}, &error), qPrintable(error));
        admin(emulator, u"/settings"_s, {{u"tokenLifetimeSeconds"_s, 2}});
        QTemporaryDir dir;
        const QStringList first = uploadtest::writePdfs(dir.filePath(u"a"_s), 500);
        const QStringList second = uploadtest::writePdfs(dir.filePath(u"b"_s), 500);
        QCOMPARE(first.size() + second.size(), 1000);

        las::Client client(emulatorCredentials(emulator));
        las::RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 50;
        fast.maxRetryAfterMs = 3000;
        client.transport()->setRetryPolicy(fast);
        las::UploadJournal journal;
        QVERIFY2(journal.open(dir.filePath(u"journal.sqlite"_s)), qPrintable(journal.error()));
        las::UploadEngine engine(&client, &journal);
        engine.setConcurrency(6);
        engine.start();
        QSignalSpy pauses(&engine, &las::UploadEngine::paused);

        // Phase 1: 5xx at random, a burst of 429 with Retry-After, answers lost after the body was handled.
        const QJsonObject common{{u"failureRate"_s, 0.05},
                                 {u"failureStatus"_s, 503},
                                 {u"rateLimit"_s, QJsonObject{{u"count"_s, 15}, {u"retryAfter"_s, u"1"_s}}},
                                 {u"pathPattern"_s, u"^POST /documents$"_s}};
        QJsonObject phase1 = common;
        phase1.insert(u"drop"_s, QJsonObject{{u"when"_s, u"afterBody"_s}, {u"count"_s, 25}});
        admin(emulator, u"/faults"_s, phase1);
        engine.addPaths(first);
        QVERIFY(waitIdle(engine, 240000));

        // Phase 2: connections dropped before the body, 500s, and every token revoked once more.
        admin(emulator, u"/faults/reset"_s);
        QJsonObject phase2 = common;
        phase2.insert(u"failureStatus"_s, 500);
        phase2.insert(u"drop"_s, QJsonObject{{u"when"_s, u"beforeBody"_s}, {u"count"_s, 25}});
        admin(emulator, u"/faults"_s, phase2);
        admin(emulator, u"/tokens/expire"_s);
        engine.addPaths(second);
        QVERIFY(waitIdle(engine, 240000));
        // What a user does after a storm: resume if the breaker tripped, retry what failed.
        for (int round = 0; round < 5 && (engine.isPaused() || engine.totals().failed > 0); ++round) {
            engine.resume();
            engine.retryFailed();
            QVERIFY(waitIdle(engine, 120000));
        }
        admin(emulator, u"/faults/reset"_s);
        const QJsonObject stats = QJsonDocument::fromJson(admin(emulator, u"/stats"_s, {}, true)).object();
        qInfo("stats: %s, pauses: %d", QJsonDocument(stats).toJson(QJsonDocument::Compact).constData(),
              int(pauses.size()));
        QCOMPARE(engine.totals().done, 1000);
        QVERIFY(stats.value(u"tokenRequests"_s).toInt() > 1); // tokens did expire and were renewed
        verifyExactlyOnce(client, engine.items(), first + second);
    }

    void killedAndRestartedManyTimes()
    {
        EmulatorProcess emulator(EmulatorProcess::Mode::Own);
        QString error;
        QVERIFY2(emulator.start({}, &error), qPrintable(error));
        // Answers take a while, so kills land while requests are in flight, and the whole upload (300 / 4 x
        // 100 ms = 7.5 s of answers) outlasts 25 lives of at most 230 ms: at least 20 kills happen however
        // fast the engine gets.
        admin(emulator, u"/faults"_s, {{u"latencyMs"_s, 100}, {u"pathPattern"_s, u"^POST /documents$"_s}});
        QTemporaryDir dir;
        const QStringList files = uploadtest::writePdfs(dir.filePath(u"files"_s), 300);
        QCOMPARE(files.size(), 300);
        const QString journalPath = dir.filePath(u"journal.sqlite"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const las::Credentials c = emulatorCredentials(emulator);
        env.insert(u"LAS_CLIENT_ID"_s, c.clientId);
        env.insert(u"LAS_CLIENT_SECRET"_s, c.clientSecret);
        env.insert(u"LAS_API_KEY"_s, c.apiKey);
        env.insert(u"LAS_AUTH_ENDPOINT"_s, c.authEndpoint);
        env.insert(u"LAS_API_ENDPOINT"_s, c.apiEndpoint);

        int kills = 0;
        bool completed = false;
        for (int run = 0; run < 200 && !completed; ++run) {
            QProcess driver;
            driver.setProcessEnvironment(env);
            driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            driver.start(QStringLiteral(UPLOAD_KILL_DRIVER), {journalPath, dir.filePath(u"files"_s)});
            QVERIFY(driver.waitForStarted(10000));
            if (kills < 25) {
                // 30..230 ms in: during start-up, checks, journal writes or uploads.
                const int lifeMs = 30 + QRandomGenerator::global()->bounded(200);
                if (!driver.waitForFinished(lifeMs)) {
                    ::kill(pid_t(driver.processId()), SIGKILL);
                    QVERIFY(driver.waitForFinished(10000));
                    ++kills;
                    continue;
                }
            } else {
                QVERIFY(driver.waitForFinished(240000));
            }
            QCOMPARE(driver.exitStatus(), QProcess::NormalExit);
            QCOMPARE(driver.exitCode(), 0);
            completed = true;
        }
        QVERIFY(completed);
        QVERIFY2(kills >= 20, qPrintable(QString::number(kills)));
        qInfo("%d SIGKILLs", kills);

        las::UploadJournal journal;
        QVERIFY(journal.open(journalPath));
        las::Client client(c);
        const QString profile = c.apiEndpoint + u' ' + c.clientId;
        verifyExactlyOnce(client, journal.items(profile), files);
    }
};

QTEST_GUILESS_MAIN(TestUploadFaults)
#include "tst_uploadfaults.moc"
