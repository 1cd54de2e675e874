// PagedListModel: fetchMore page by page, reset (also with a page in flight), failures and retries, a
// malformed page; then the same under QAbstractItemModelTester (Fatal), which itself calls fetchMore() on
// every change, as an eager view would.
#include "api/pagedlistmodel.h"

#include "fakepages.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using las::Error;
using las::PagedListModel;

class TestPagedListModel : public QObject
{
    Q_OBJECT
private:
    FakePages pages;
    std::unique_ptr<PagedListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool fetchAndWait()
    {
        QSignalSpy loading(model.get(), &PagedListModel::loadingChanged);
        model->fetchMore({});
        if (!model->isLoading())
            return false;
        return loading.wait(5000) && !model->isLoading();
    }
    // The tester checks the model at once and after every change, and calls fetchMore() each time.
    void attachTester()
    {
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

private slots:
    void init()
    {
        pages = FakePages();
        model = std::make_unique<PagedListModel>([this](const QString &t) { return pages.fetch(t); },
                                                 u"items"_s, u"id"_s);
    }
    void cleanup()
    {
        tester.reset();
        model.reset();
    }

    void fetchesPageByPage()
    {
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->canFetchMore({}));
        QSignalSpy loaded(model.get(), &PagedListModel::pageLoaded);
        QVERIFY(fetchAndWait());
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!model->canFetchMore(model->index(0))); // a list: rows have no children
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toInt(), 0);
        QCOMPARE(loaded.first().at(1).toInt(), 2);
        QCOMPARE(model->data(model->index(1)).toString(), u"item-0-1"_s);
        QCOMPARE(
            model->data(model->index(1), PagedListModel::ItemRole).toJsonObject().value(u"id"_s).toString(),
            u"item-0-1"_s);
        QVERIFY(!model->data(model->index(1), Qt::EditRole).isValid());
        QVERIFY(model->canFetchMore({}));
        while (model->canFetchMore({}))
            QVERIFY(fetchAndWait());
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(model->isComplete());
        QCOMPARE(pages.tokensAsked, (QStringList{QString(), u"p1"_s, u"p2"_s}));
        QCOMPARE(model->item(5).value(u"id"_s).toString(), u"item-2-1"_s);
        QVERIFY(model->item(6).isEmpty());
        QVERIFY(model->roleNames().contains(PagedListModel::ItemRole));
        // Complete: fetchMore does nothing more.
        model->fetchMore({});
        QVERIFY(!model->isLoading());
        QCOMPARE(pages.tokensAsked.size(), 3);
    }
    void resetStartsAgain()
    {
        QVERIFY(fetchAndWait());
        QVERIFY(fetchAndWait());
        QCOMPARE(model->rowCount(), 4);
        QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);
        model->reset();
        QCOMPARE(resetSpy.size(), 1);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->canFetchMore({}));
        QVERIFY(fetchAndWait());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(pages.tokensAsked.last(), QString());
    }
    void resetWithAPageInFlight()
    {
        QVERIFY(fetchAndWait());
        pages.hold = true;
        model->fetchMore({});
        QVERIFY(model->isLoading());
        QVERIFY(!model->canFetchMore({}));
        QPointer<las::Reply> inFlight = pages.replies.last();
        QSignalSpy loading(model.get(), &PagedListModel::loadingChanged);
        model->reset();
        QCOMPARE(loading.size(), 1);
        QCOMPARE(loading.first().first().toBool(), false);
        QVERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!inFlight, 5000); // cancelled, deleted; its page never lands
        QCOMPARE(model->rowCount(), 0);
        pages.hold = false;
        QVERIFY(fetchAndWait());
        QCOMPARE(model->rowCount(), 2);
    }
    void failureStopsTheViewAndRetries()
    {
        pages.failAt = {1};
        QVERIFY(fetchAndWait());
        QSignalSpy failed(model.get(), &PagedListModel::failed);
        QVERIFY(fetchAndWait());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model->lastError().kind(), Error::Kind::Server);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!model->canFetchMore({})); // the view stops asking
        QVERIFY(!model->isComplete());
        // Asked directly, the model tries the same page again.
        pages.failAt.clear();
        QVERIFY(fetchAndWait());
        QCOMPARE(pages.tokensAsked, (QStringList{QString(), u"p1"_s, u"p1"_s}));
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(model->canFetchMore({}));
        // A failure, then reset: clean again.
        pages.failAt = {2};
        QVERIFY(fetchAndWait());
        QCOMPARE(failed.size(), 2);
        model->reset();
        QVERIFY(model->canFetchMore({}));
        QVERIFY(!model->lastError().isError());
        QVERIFY(fetchAndWait());
        QCOMPARE(model->rowCount(), 2);
    }
    void malformedPageFails()
    {
        model = std::make_unique<PagedListModel>([this](const QString &t) { return pages.fetch(t); },
                                                 u"documents"_s, u"id"_s); // the page has no "documents"
        QSignalSpy failed(model.get(), &PagedListModel::failed);
        attachTester(); // fetches the first page
        QVERIFY(model->isLoading());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model->lastError().kind(), Error::Kind::InvalidResponse);
        QCOMPARE(model->rowCount(), 0);
    }
    void emptyPagesInsertNothing()
    {
        pages.pageSize = 0;
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        while (model->canFetchMore({}))
            QVERIFY(fetchAndWait());
        QVERIFY(model->isComplete());
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model->rowCount(), 0);
    }

    // Under the tester: every fetchMore it makes while a page is in flight is ignored (one request per page),
    // and the rows it sees are always consistent.
    void testerWalksEverything()
    {
        pages.pageCount = 5;
        attachTester();
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 5000);
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(pages.tokensAsked, (QStringList{QString(), u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s}));
        QVERIFY(!model->isLoading());
    }
    void testerThroughReset()
    {
        attachTester();
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 5000);
        model->reset(); // the tester asks again at once
        QVERIFY(model->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 5000);
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(pages.tokensAsked.size(), 6);
        QCOMPARE(pages.tokensAsked.at(3), QString());
    }
    void testerThroughResetInFlight()
    {
        pages.hold = true;
        attachTester();
        QVERIFY(model->isLoading());
        QPointer<las::Reply> held = pages.replies.last();
        pages.hold = false;
        model->reset(); // cancels the held page; the tester's fetchMore on modelReset starts again
        QTRY_VERIFY_WITH_TIMEOUT(!held, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 5000);
        QCOMPARE(model->rowCount(), 6);
    }
    void testerThroughFailures()
    {
        pages.failAt = {1};
        QSignalSpy failed(model.get(), &PagedListModel::failed);
        attachTester();
        QVERIFY(failed.wait(5000));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!model->canFetchMore({}));
        QVERIFY(!model->isLoading());
        // A retry, asked directly: the rest arrives, the tester keeps checking.
        pages.failAt = {2};
        model->fetchMore({});
        QVERIFY(failed.wait(5000));
        QCOMPARE(model->rowCount(), 4);
        pages.failAt.clear();
        model->reset();
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 5000);
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(failed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPagedListModel)
#include "tst_pagedlistmodel.moc"
