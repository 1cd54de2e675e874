#include "core/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using las::Error;

class TestError : public QObject
{
    Q_OBJECT
private slots:
    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("400") << 400 << u"Bad body"_s << Error::Kind::BadRequest << false;
        QTest::newRow("401") << 401 << u"Unauthorized"_s << Error::Kind::Auth << false;
        QTest::newRow("403") << 403 << u"Forbidden"_s << Error::Kind::Forbidden << false;
        QTest::newRow("404") << 404 << u"Not found"_s << Error::Kind::NotFound << false;
        QTest::newRow("408") << 408 << QString() << Error::Kind::Timeout << true;
        QTest::newRow("415") << 415 << u"Unsupported"_s << Error::Kind::BadRequest << false;
        QTest::newRow("429 throttle") << 429 << u"Too Many Requests"_s << Error::Kind::RateLimited << true;
        QTest::newRow("429 quota") << 429 << u"Limit Exceeded"_s << Error::Kind::QuotaExceeded << false;
        QTest::newRow("429 quota lower") << 429 << u"limit exceeded"_s << Error::Kind::QuotaExceeded << false;
        QTest::newRow("429 empty") << 429 << QString() << Error::Kind::RateLimited << true;
        QTest::newRow("500") << 500 << u"Internal"_s << Error::Kind::Server << true;
        QTest::newRow("501") << 501 << u"Not implemented"_s << Error::Kind::Server << false;
        QTest::newRow("502") << 502 << QString() << Error::Kind::Server << true;
        QTest::newRow("503") << 503 << QString() << Error::Kind::Server << true;
        QTest::newRow("504") << 504 << QString() << Error::Kind::Server << true;
        QTest::newRow("302") << 302 << QString() << Error::Kind::InvalidResponse << false;
    }
    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(Error::Kind, kind);
        QFETCH(bool, transient);
        const Error e = Error::fromHttp(status, message);
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.isTransient(), transient);
        QVERIFY(e.isError());
        if (!message.isEmpty())
            QCOMPARE(e.message(), message);
        else
            QVERIFY(!e.message().isEmpty());
    }
    void successIsNoError() { QVERIFY(!Error::fromHttp(200, {}).isError()); }
    void forbiddenVersusThrottleVersusQuota()
    {
        const Error forbidden = Error::fromHttp(403, u"Forbidden"_s);
        const Error throttle = Error::fromHttp(429, u"Too Many Requests"_s);
        const Error quota = Error::fromHttp(429, u"Limit Exceeded"_s);
        QVERIFY(forbidden.kind() != throttle.kind());
        QVERIFY(throttle.kind() != quota.kind());
        QVERIFY(throttle.isTransient());
        QVERIFY(!quota.isTransient());
    }
    void invalidInputNamesField()
    {
        const Error e = Error::invalidInput(u"groundTruth[2].label"_s, u"too long"_s);
        QCOMPARE(e.kind(), Error::Kind::InvalidInput);
        QCOMPARE(e.field(), u"groundTruth[2].label"_s);
        QVERIFY(e.toString().contains(u"groundTruth[2].label"_s));
    }
    void retryAfterCarried()
    {
        Error e = Error::fromHttp(429, u"Too Many Requests"_s);
        QVERIFY(!e.retryAfterSeconds());
        e.setRetryAfterSeconds(7);
        QCOMPARE(e.retryAfterSeconds().value(), 7);
        QVERIFY(e.toString().contains(u"7"_s));
    }
    void kindNames()
    {
        for (int k = int(Error::Kind::None); k <= int(Error::Kind::KeychainUnavailable); ++k)
            QVERIFY(!Error::kindName(Error::Kind(k)).isEmpty());
        QCOMPARE(Error::kindName(Error::Kind::QuotaExceeded), u"QuotaExceeded"_s);
    }
    void networkAndTimeoutTransient()
    {
        QVERIFY(Error(Error::Kind::Network, u"x"_s).isTransient());
        QVERIFY(Error(Error::Kind::Timeout, u"x"_s).isTransient());
        QVERIFY(!Error(Error::Kind::Cancelled, u"x"_s).isTransient());
        QVERIFY(!Error(Error::Kind::Insecure, u"x"_s).isTransient());
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
