// UploadEngine behaviour against a real las-emulator, without faults: rows paused one by one (held) stay
// unsent, stay held across a restart from the journal, and go when resumed; cancel/retry of held rows; a
// journal of the first format gains the held column when opened.
#include "emulatorcredentials.h"
#include "emulatorprocess.h"
#include "uploadtestsupport.h"

#include "api/client.h"
#include "upload/uploadengine.h"
#include "upload/uploadjournal.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUploadEngine : public QObject
{
    Q_OBJECT
private:
    static bool waitIdle(las::UploadEngine &engine, int ms = 60000)
    {
        if (engine.isIdle())
            return true;
        QSignalSpy idle(&engine, &las::UploadEngine::idle);
        return idle.wait(ms);
    }
    static int serverDocumentCount(las::Client &client)
    {
        las::ListDocumentsOptions options;
        options.maxResults = 1000;
        auto *reply = client.listDocuments(options);
        QSignalSpy done(reply, &las::Reply::finished);
        if (!done.wait(30000) || !reply->isSuccess())
            return -1;
        return int(reply->result().documents.size());
    }

private Q_SLOTS:
    void heldRowsWaitAcrossRestartsUntilResumed()
    {
        EmulatorProcess emulator(EmulatorProcess::Mode::Own);
        QString error;
        QVERIFY2(emulator.start({}, &error), qPrintable(error));
        QTemporaryDir dir;
        const QStringList files = uploadtest::writePdfs(dir.filePath(u"in"_s), 10);
        QCOMPARE(files.size(), 10);
        const QString journalPath = dir.filePath(u"journal.sqlite"_s);
        las::Client client(emulatorCredentials(emulator));
        QList<qint64> ids;
        {
            las::UploadJournal journal;
            QVERIFY2(journal.open(journalPath), qPrintable(journal.error()));
            las::UploadEngine engine(&client, &journal);
            engine.setConcurrency(2);
            engine.start();
            ids = engine.addPaths(files);
            QCOMPARE(ids.size(), 10);
            // Held before the engine's first turn: these four never start.
            engine.pauseItems(ids.mid(0, 4));
            QVERIFY(waitIdle(engine));
            const las::UploadTotals t = engine.totals();
            QCOMPARE(t.done, 6);
            QCOMPARE(t.held, 4);
            QCOMPARE(t.waiting, 4);
            for (qint64 id : ids.mid(0, 4)) {
                QVERIFY(engine.item(id)->held);
                QCOMPARE(engine.item(id)->state, las::UploadState::Waiting);
                QCOMPARE(engine.item(id)->attempts, 0);
            }
            QVERIFY(!engine.item(ids.at(5))->held);
            // Pausing a finished row does nothing.
            engine.pauseItems({ids.at(5)});
            QVERIFY(!engine.item(ids.at(5))->held);
        }
        QCOMPARE(serverDocumentCount(client), 6);

        las::UploadJournal journal;
        QVERIFY2(journal.open(journalPath), qPrintable(journal.error()));
        las::UploadEngine engine(&client, &journal);
        engine.setConcurrency(2);
        engine.start();
        QCOMPARE(engine.totals().held, 4);
        QVERIFY(engine.isIdle()); // held rows alone keep nothing busy
        QVERIFY(engine.item(ids.at(0))->held);

        engine.resumeItems(ids.mid(0, 2));
        QVERIFY(waitIdle(engine));
        QCOMPARE(engine.totals().done, 8);
        QCOMPARE(engine.totals().held, 2);
        QCOMPARE(engine.item(ids.at(0))->state, las::UploadState::Done);
        QVERIFY(!engine.item(ids.at(0))->held);
        QCOMPARE(serverDocumentCount(client), 8);

        // Cancel a held row, then retry it: it is released and sent.
        engine.cancel({ids.at(2)});
        QCOMPARE(engine.item(ids.at(2))->state, las::UploadState::Cancelled);
        engine.retry({ids.at(2)});
        QVERIFY(!engine.item(ids.at(2))->held);
        QVERIFY(waitIdle(engine));
        QCOMPARE(engine.item(ids.at(2))->state, las::UploadState::Done);
        QCOMPARE(engine.totals().held, 1);
        QCOMPARE(engine.totals().done, 9);
        QCOMPARE(serverDocumentCount(client), 9);
        // The journal agrees.
        QVERIFY(journal.item(ids.at(3))->held);
        QVERIFY(!journal.item(ids.at(2))->held);
    }

    void failureKindSurvivesARestart()
    {
        // A refusal the app explains by its kind (here the account's quota, HTTP 429 "Limit Exceeded", never
        // retried) is still explained after a restart: the kind and status are journaled with the message.
        EmulatorProcess emulator(EmulatorProcess::Mode::Own);
        QString error;
        QVERIFY2(emulator.start({u"--quota"_s, u"documents=2"_s}, &error), qPrintable(error));
        QTemporaryDir dir;
        const QStringList files = uploadtest::writePdfs(dir.filePath(u"in"_s), 3);
        const QString journalPath = dir.filePath(u"journal.sqlite"_s);
        las::Client client(emulatorCredentials(emulator));
        qint64 failedId = 0;
        {
            las::UploadJournal journal;
            QVERIFY2(journal.open(journalPath), qPrintable(journal.error()));
            las::UploadEngine engine(&client, &journal);
            engine.setConcurrency(1);
            engine.start();
            engine.addPaths(files);
            QVERIFY(waitIdle(engine));
            QCOMPARE(engine.totals().done, 2);
            QCOMPARE(engine.totals().failed, 1);
            for (const las::UploadItem &item : engine.items()) {
                if (item.state == las::UploadState::Failed)
                    failedId = item.id;
            }
            QCOMPARE(engine.item(failedId)->failure.kind(), las::Error::Kind::QuotaExceeded);
        }
        las::UploadJournal journal;
        QVERIFY2(journal.open(journalPath), qPrintable(journal.error()));
        las::UploadEngine engine(&client, &journal);
        engine.start();
        const std::optional<las::UploadItem> row = engine.item(failedId);
        QVERIFY(row);
        QCOMPARE(row->state, las::UploadState::Failed);
        QCOMPARE(row->failure.kind(), las::Error::Kind::QuotaExceeded);
        QCOMPARE(row->failure.httpStatus(), 429);
        QVERIFY(!row->error.isEmpty());
    }

    void firstFormatJournalGainsTheNewColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            // The items table as the first journal format wrote it (no held column), one queued row.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
            QVERIFY(q.exec(u"INSERT INTO meta VALUES('schema', '1')"_s));
            QVERIFY(
                q.exec(u"CREATE TABLE drops(id INTEGER PRIMARY KEY, profile TEXT NOT NULL, options TEXT NOT "
                       "NULL, created_ms INTEGER NOT NULL)"_s));
            QVERIFY(q.exec(
                u"CREATE TABLE items(id INTEGER PRIMARY KEY, profile TEXT NOT NULL, drop_id INTEGER NOT "
                u"NULL, "
                "path TEXT NOT NULL, size INTEGER NOT NULL DEFAULT -1, sha256 TEXT NOT NULL DEFAULT '', "
                "content_type TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, error TEXT NOT NULL DEFAULT '', "
                "document_id TEXT NOT NULL DEFAULT '', existing_document_id TEXT NOT NULL DEFAULT '', "
                "existing_item_id INTEGER NOT NULL DEFAULT 0, possible_duplicates TEXT NOT NULL DEFAULT '', "
                "recovered INTEGER NOT NULL DEFAULT 0, prediction TEXT NOT NULL DEFAULT '', "
                "prediction_error TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, "
                "force INTEGER NOT NULL DEFAULT 0, sent_ms INTEGER NOT NULL DEFAULT 0, added_ms INTEGER NOT "
                "NULL, finished_ms INTEGER NOT NULL DEFAULT 0, batch_id TEXT NOT NULL DEFAULT '', "
                "consent_id TEXT NOT NULL DEFAULT '', in_doubt INTEGER NOT NULL DEFAULT 0)"_s));
            QVERIFY(q.exec(u"INSERT INTO drops VALUES(1, 'p', '{}', 1)"_s));
            QVERIFY(q.exec(u"INSERT INTO items(id, profile, drop_id, path, state, added_ms) "
                           "VALUES(7, 'p', 1, '/tmp/x.pdf', 'waiting', 1)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        las::UploadJournal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.error()));
        const std::optional<las::UploadItem> row = journal.item(7);
        QVERIFY(row);
        QCOMPARE(row->state, las::UploadState::Waiting);
        QVERIFY(!row->held);
        QVERIFY(journal.markHeld({7}, true));
        QVERIFY(journal.item(7)->held);
        QVERIFY(journal.markFailed(7, u"refused"_s, false,
                                   las::Error(las::Error::Kind::BadRequest, u"x"_s, 400)));
        QCOMPARE(journal.item(7)->failure.kind(), las::Error::Kind::BadRequest);
    }
};

QTEST_GUILESS_MAIN(TestUploadEngine)
#include "tst_uploadengine.moc"
