// PageWalker keeps the contract of every reply: finished() exactly once per walk, then exactly one of
// succeeded()/failed(), never emitted inside start() or stop(); page() never after the end.
#include "api/pagewalker.h"

#include "fakepages.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using las::Error;
using las::PageWalker;
using las::Reply;

class TestPageWalker : public QObject
{
    Q_OBJECT
private:
    // The walker's signals in the order they came: "page", "finished", "succeeded", "failed:<Kind>".
    static void record(PageWalker &walker, QStringList &log)
    {
        connect(&walker, &PageWalker::page, &walker, [&log] { log << u"page"_s; });
        connect(&walker, &PageWalker::finished, &walker, [&log] { log << u"finished"_s; });
        connect(&walker, &PageWalker::succeeded, &walker, [&log] { log << u"succeeded"_s; });
        connect(&walker, &PageWalker::failed, &walker,
                [&log](const Error &e) { log << u"failed:"_s + Error::kindName(e.kind()); });
    }

private slots:
    void walksEveryPage()
    {
        FakePages pages;
        PageWalker walker([&pages](const QString &t) { return pages.fetch(t); });
        QStringList log;
        record(walker, log);
        QSignalSpy finished(&walker, &PageWalker::finished);
        walker.start();
        QVERIFY(walker.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(log, (QStringList{u"page"_s, u"page"_s, u"page"_s, u"finished"_s, u"succeeded"_s}));
        QCOMPARE(pages.tokensAsked, (QStringList{QString(), u"p1"_s, u"p2"_s}));
        QCOMPARE(walker.pagesFetched(), 3);
        QVERIFY(!walker.isRunning());
        QVERIFY(walker.nextToken().isEmpty());
    }
    void noReplyFailsLaterAfterFinished()
    {
        FakePages pages;
        pages.nullReply = true;
        PageWalker walker([&pages](const QString &t) { return pages.fetch(t); });
        QStringList log;
        record(walker, log);
        QSignalSpy failed(&walker, &PageWalker::failed);
        walker.start();
        QVERIFY(log.isEmpty()); // never inside start()
        QVERIFY(failed.wait(5000));
        QCOMPARE(log, (QStringList{u"finished"_s, u"failed:InvalidInput"_s}));
        QCOMPARE(failed.first().first().value<Error>().field(), u"fetch"_s);
        QVERIFY(!walker.isRunning());
    }
    void failingPageEndsTheWalk()
    {
        FakePages pages;
        pages.failAt = {1};
        PageWalker walker([&pages](const QString &t) { return pages.fetch(t); });
        QStringList log;
        record(walker, log);
        QSignalSpy failed(&walker, &PageWalker::failed);
        walker.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(log, (QStringList{u"page"_s, u"finished"_s, u"failed:Server"_s}));
        QCOMPARE(pages.tokensAsked.size(), 2);
        QCOMPARE(walker.pagesFetched(), 1);
    }
    void stopFromPageHandlerSucceeds()
    {
        FakePages pages;
        PageWalker walker([&pages](const QString &t) { return pages.fetch(t); });
        QStringList log;
        record(walker, log);
        connect(&walker, &PageWalker::page, &walker, [&walker, &log] {
            const int before = int(log.size());
            walker.stop();
            QCOMPARE(int(log.size()), before); // never inside stop()
        });
        QSignalSpy succeeded(&walker, &PageWalker::succeeded);
        walker.start();
        QVERIFY(succeeded.wait(5000));
        QCOMPARE(log, (QStringList{u"page"_s, u"finished"_s, u"succeeded"_s}));
        QCOMPARE(pages.tokensAsked.size(), 1);
        QCOMPARE(walker.nextToken(), u"p1"_s);
    }
    void stopInFlightCancelsTheRequest()
    {
        FakePages pages;
        pages.hold = true;
        PageWalker walker([&pages](const QString &t) { return pages.fetch(t); });
        QStringList log;
        record(walker, log);
        QSignalSpy succeeded(&walker, &PageWalker::succeeded);
        walker.start();
        QCOMPARE(pages.replies.size(), 1);
        QPointer<Reply> inFlight = pages.replies.first();
        QVERIFY(inFlight);
        QSignalSpy cancelled(inFlight.data(), &Reply::failed);
        walker.stop();
        QVERIFY(log.isEmpty());
        QVERIFY(!walker.isRunning());
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().first().value<Error>().kind(), Error::Kind::Cancelled);
        QVERIFY(succeeded.wait(5000));
        QCOMPARE(log, (QStringList{u"finished"_s, u"succeeded"_s}));
        walker.stop();                             // a second stop changes nothing
        QTRY_VERIFY_WITH_TIMEOUT(!inFlight, 5000); // the cancelled reply deletes itself
        QCOMPARE(log.size(), 2);
    }
    void maxPagesEndsWithSuccess()
    {
        FakePages pages;
        pages.pageCount = 10;
        PageWalker walker([&pages](const QString &t) { return pages.fetch(t); });
        walker.setMaxPages(2);
        QStringList log;
        record(walker, log);
        QSignalSpy succeeded(&walker, &PageWalker::succeeded);
        walker.start();
        QVERIFY(succeeded.wait(5000));
        QCOMPARE(log, (QStringList{u"page"_s, u"page"_s, u"finished"_s, u"succeeded"_s}));
        QCOMPARE(walker.nextToken(), u"p2"_s);
    }
    void startWhileEndingIsIgnoredThenRestarts()
    {
        FakePages pages;
        pages.pageCount = 1;
        PageWalker walker([&pages](const QString &t) { return pages.fetch(t); });
        QStringList log;
        record(walker, log);
        QSignalSpy finished(&walker, &PageWalker::finished);
        connect(&walker, &PageWalker::page, &walker, [&walker] { walker.start(); }); // still running: ignored
        walker.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(log, (QStringList{u"page"_s, u"finished"_s, u"succeeded"_s}));
        QCOMPARE(pages.tokensAsked.size(), 1);

        // A finished walker can walk again, from the first page.
        log.clear();
        walker.disconnect(&walker);
        record(walker, log);
        walker.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(log, (QStringList{u"page"_s, u"finished"_s, u"succeeded"_s}));
        QCOMPARE(pages.tokensAsked, (QStringList{QString(), QString()}));
        QCOMPARE(finished.size(), 2);
    }
    void destroyedBeforeItsEndIsReported()
    {
        FakePages pages;
        pages.nullReply = true;
        auto *walker = new PageWalker([&pages](const QString &t) { return pages.fetch(t); });
        int signalsSeen = 0;
        connect(walker, &PageWalker::finished, this, [&signalsSeen] { ++signalsSeen; });
        walker->start();
        delete walker; // the pending report must not reach a dead object
        QObject probe;
        QSignalSpy later(&probe, &QObject::objectNameChanged);
        QTimer::singleShot(0, &probe, [&probe] { probe.setObjectName(u"event loop ran"_s); });
        QVERIFY(later.wait(5000));
        QCOMPARE(signalsSeen, 0);
    }
};

QTEST_GUILESS_MAIN(TestPageWalker)
#include "tst_pagewalker.moc"
