#include "auth/memorytokenstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using las::MemoryTokenStore;
using las::TokenStore;

class TestMemoryTokenStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripAsync()
    {
        MemoryTokenStore store;
        QList<TokenStore::Result> results;
        store.write(u"k"_s, "v1", this, [&](const TokenStore::Result &r) { results << r; });
        QVERIFY(results.isEmpty()); // never synchronous
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 2000);
        store.read(u"k"_s, this, [&](const TokenStore::Result &r) { results << r; });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 2000);
        QCOMPARE(results[1].status, TokenStore::Status::Ok);
        QCOMPARE(results[1].data, QByteArray("v1"));
        store.remove(u"k"_s, this, [&](const TokenStore::Result &r) { results << r; });
        store.read(u"k"_s, this, [&](const TokenStore::Result &r) { results << r; });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 4, 2000);
        QCOMPARE(results[3].status, TokenStore::Status::NotFound);
        QCOMPARE(results[3].error().kind(), las::Error::Kind::Auth);
        QVERIFY(results[3].error().message().contains(u"Not signed in"_s));
    }
    void deadContextNeverCalled()
    {
        MemoryTokenStore store;
        int calls = 0;
        auto *context = new QObject;
        store.read(u"k"_s, context, [&](const TokenStore::Result &) { ++calls; });
        delete context;
        QObject probe;
        bool done = false;
        store.read(u"k"_s, &probe, [&](const TokenStore::Result &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 2000);
        QCOMPARE(calls, 0);
    }
    void unavailableMapsToKeychainError()
    {
        TokenStore::Result r;
        r.status = TokenStore::Status::Unavailable;
        r.message = u"locked"_s;
        QCOMPARE(r.error().kind(), las::Error::Kind::KeychainUnavailable);
        QVERIFY(r.error().message().contains(u"locked"_s));
    }
};

QTEST_GUILESS_MAIN(TestMemoryTokenStore)
#include "tst_memorytokenstore.moc"
