// Unit test of DocumentUploadQueue with hand-completed replies: bounded concurrency, files looked at only
// when their turn comes, bad files reported without a request, the pause after repeated server errors,
// cancel, and the exit code.
#include "core/reply.h"
#include "output/exitcodes.h"
#include "upload/documentuploadqueue.h"

#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lasctl::DocumentUploadQueue;
using lasctl::ExitCodes;

class TestDocumentUploadQueue : public QObject
{
    Q_OBJECT

private:
    struct Started
    {
        QString path;
        las::ContentType type;
        QPointer<las::Reply> reply;
    };
    QTemporaryDir m_dir;
    QList<Started> m_started;

    QString pdf(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write("%PDF-1.4\n" + name.toUtf8());
        return file.fileName();
    }
    QString jpeg(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray("\xFF\xD8\xFF\xDB", 4) + name.toUtf8());
        return file.fileName();
    }
    QString text(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write("just text");
        return file.fileName();
    }
    DocumentUploadQueue::StartUpload recorder()
    {
        return [this](const QString &path, las::ContentType type) {
            auto *reply = new las::Reply(this);
            m_started.append({path, type, reply});
            return reply;
        };
    }
    static void succeed(las::Reply *reply, const QString &id)
    {
        reply->completeWithJson(200,
                                QJsonObject{{u"documentId"_s, id}, {u"contentType"_s, u"application/pdf"_s}});
    }

private Q_SLOTS:
    void init() { m_started.clear(); }

    void neverMoreThanConcurrencyInFlight()
    {
        QStringList files;
        for (int i = 0; i < 7; ++i)
            files << pdf(u"f%1.pdf"_s.arg(i));
        DocumentUploadQueue queue(recorder(), 3);
        QSignalSpy finished(&queue, &DocumentUploadQueue::finished);
        QSignalSpy perFile(&queue, &DocumentUploadQueue::fileFinished);
        queue.start(files);
        QCOMPARE(m_started.size(), 3);
        QCOMPARE(queue.inFlight(), 3);
        // Completing one starts exactly one more, in order.
        succeed(m_started.at(1).reply, u"las:document:1"_s);
        QCOMPARE(m_started.size(), 4);
        QCOMPARE(m_started.last().path, files.at(3));
        QCOMPARE(perFile.size(), 1);
        int done = 1;
        while (done < files.size()) {
            for (const Started &s : std::as_const(m_started)) {
                if (s.reply && !s.reply->isFinished()) {
                    succeed(s.reply, u"las:document:%1"_s.arg(done++));
                    break;
                }
            }
            QVERIFY(queue.inFlight() <= 3);
        }
        QCOMPARE(finished.size(), 1);
        QCOMPARE(perFile.size(), 7);
        QCOMPARE(queue.maxInFlightSeen(), 3);
        QCOMPARE(queue.failedCount(), 0);
        QCOMPARE(queue.exitCode(), int(ExitCodes::Success));
        const auto first = queue.results().first().toJson();
        QCOMPARE(first.value(u"documentId"_s).toString(), u"las:document:1"_s);
        QCOMPARE(first.value(u"contentType"_s).toString(), u"application/pdf"_s);
        QCOMPARE(first.value(u"file"_s).toString(), files.at(1));
    }

    void badFilesAreReportedWithoutARequest()
    {
        const QStringList files{text(u"notes.txt"_s), jpeg(u"scan.jpg"_s), m_dir.filePath(u"missing.pdf"_s)};
        DocumentUploadQueue queue(recorder(), 4);
        QSignalSpy finished(&queue, &DocumentUploadQueue::finished);
        queue.start(files);
        QCOMPARE(m_started.size(), 1);
        QCOMPARE(m_started.at(0).type, las::ContentType::Jpeg);
        QCOMPARE(queue.results().size(), 2); // both bad files reported at once
        succeed(m_started.at(0).reply, u"las:document:j"_s);
        QCOMPARE(finished.size(), 1);
        const auto results = queue.results();
        const auto bad = std::find_if(results.cbegin(), results.cend(),
                                      [&](const auto &r) { return r.file == files.at(0); });
        QVERIFY(bad != results.cend());
        QCOMPARE(bad->error.kind(), las::Error::Kind::InvalidInput);
        QVERIFY2(bad->error.message().contains(u"not a PDF or JPEG"_s), qPrintable(bad->error.message()));
        QVERIFY(!bad->attempted);
        const QJsonObject json = bad->toJson();
        QCOMPARE(json.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"InvalidInput"_s);
        QVERIFY(!json.contains(u"documentId"_s));
        QCOMPARE(queue.failedCount(), 2);
        QCOMPARE(queue.exitCode(), int(ExitCodes::InvalidInput));
    }

    void forcedContentTypeSkipsSniffing()
    {
        DocumentUploadQueue queue(recorder(), 1);
        queue.setForcedContentType(las::ContentType::Pdf);
        queue.start({text(u"odd.bin"_s)});
        QCOMPARE(m_started.size(), 1);
        QCOMPARE(m_started.at(0).type, las::ContentType::Pdf);
        m_started.at(0).reply->completeWithError(las::Error::fromHttp(400, u"Bad content"_s));
        QCOMPARE(queue.exitCode(), int(ExitCodes::BadRequest));
        QCOMPARE(queue.results().at(0).toJson().value(u"error"_s).toObject().value(u"status"_s).toInt(), 400);
    }

    void mixedFailuresGiveTheGenericCode()
    {
        DocumentUploadQueue queue(recorder(), 2);
        queue.start({text(u"a.txt"_s), pdf(u"b.pdf"_s)});
        m_started.at(0).reply->completeWithError(las::Error::fromHttp(404, u"Batch not found"_s));
        QCOMPARE(queue.exitCode(), int(ExitCodes::Failure));
    }

    void pausesAfterRepeatedServerErrors()
    {
        QStringList files;
        for (int i = 0; i < 9; ++i)
            files << pdf(u"s%1.pdf"_s.arg(i));
        DocumentUploadQueue queue(recorder(), 1);
        QSignalSpy finished(&queue, &DocumentUploadQueue::finished);
        queue.start(files);
        // A success in between resets the count.
        m_started.last().reply->completeWithError(las::Error::fromHttp(503, u"Service Unavailable"_s));
        succeed(m_started.last().reply, u"las:document:ok"_s);
        for (int i = 0; i < DocumentUploadQueue::MaxConsecutiveServerErrors; ++i)
            m_started.last().reply->completeWithError(las::Error::fromHttp(500, u"Internal Server Error"_s));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_started.size(), 2 + DocumentUploadQueue::MaxConsecutiveServerErrors);
        const auto skipped = queue.results().last();
        QVERIFY(!skipped.attempted);
        QCOMPARE(skipped.error.kind(), las::Error::Kind::Server);
        QCOMPARE(queue.results().size(), files.size());
        QCOMPARE(queue.exitCode(), int(ExitCodes::Server));
    }

    void cancelReportsEveryFile()
    {
        QStringList files;
        for (int i = 0; i < 5; ++i)
            files << pdf(u"c%1.pdf"_s.arg(i));
        DocumentUploadQueue queue(recorder(), 2);
        QSignalSpy finished(&queue, &DocumentUploadQueue::finished);
        queue.start(files);
        succeed(m_started.at(0).reply, u"las:document:0"_s);
        queue.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_started.size(), 3); // nothing started after cancel
        QCOMPARE(queue.results().size(), 5);
        QCOMPARE(queue.failedCount(), 4);
        QCOMPARE(queue.exitCode(), int(ExitCodes::Cancelled));
    }

    void possibleDuplicateIsFlagged()
    {
        DocumentUploadQueue queue(recorder(), 1);
        queue.start({pdf(u"d.pdf"_s)});
        m_started.at(0).reply->completeWithError(las::Error(las::Error::Kind::Timeout, u"Timed out"_s), true);
        const QJsonObject json = queue.results().at(0).toJson();
        QVERIFY(json.value(u"possiblyDuplicated"_s).toBool());
        QCOMPARE(queue.exitCode(), int(ExitCodes::Timeout));
    }

    void emptyListFinishesAtOnce()
    {
        DocumentUploadQueue queue(recorder(), 4);
        QSignalSpy finished(&queue, &DocumentUploadQueue::finished);
        queue.start({});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(queue.exitCode(), int(ExitCodes::Success));
    }
};

QTEST_GUILESS_MAIN(TestDocumentUploadQueue)
#include "tst_documentuploadqueue.moc"
