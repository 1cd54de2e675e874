#include "core/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using las::ApiRequest;
using las::Error;
using las::RetryPolicy;
using Reach = RetryPolicy::Reach;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void idempotentRetriesTransient()
    {
        RetryPolicy p;
        const auto safe = ApiRequest::Safety::Idempotent;
        for (int status : {408, 429, 500, 502, 503, 504})
            QVERIFY2(p.shouldRetry(safe, Error::fromHttp(status, {}), Reach::Ambiguous, 1),
                     qPrintable(QString::number(status)));
        for (int status : {400, 401, 403, 404, 415, 501})
            QVERIFY2(!p.shouldRetry(safe, Error::fromHttp(status, {}), Reach::Rejected, 1),
                     qPrintable(QString::number(status)));
        QVERIFY(p.shouldRetry(safe, Error(Error::Kind::Network, u"reset"_s), Reach::Ambiguous, 1));
        QVERIFY(p.shouldRetry(safe, Error(Error::Kind::Timeout, u"t"_s), Reach::Ambiguous, 1));
    }
    void quotaNeverRetried()
    {
        RetryPolicy p;
        const Error quota = Error::fromHttp(429, u"Limit Exceeded"_s);
        QVERIFY(!p.shouldRetry(ApiRequest::Safety::Idempotent, quota, Reach::Rejected, 1));
        QVERIFY(!p.shouldRetry(ApiRequest::Safety::CreatesResource, quota, Reach::Rejected, 1));
    }
    void createOnlyWhenNotReached()
    {
        RetryPolicy p;
        const auto create = ApiRequest::Safety::CreatesResource;
        const Error refused(Error::Kind::Network, u"Connection refused"_s);
        QVERIFY(p.shouldRetry(create, refused, Reach::NotSent, 1));
        QVERIFY(!p.shouldRetry(create, refused, Reach::Ambiguous, 1));
        QVERIFY(!p.shouldRetry(create, Error(Error::Kind::Timeout, u"t"_s), Reach::Ambiguous, 1));
        QVERIFY(!p.shouldRetry(create, Error::fromHttp(503, {}), Reach::Ambiguous, 1));
        // Throttled: the server says it did nothing.
        QVERIFY(p.shouldRetry(create, Error::fromHttp(429, u"Too Many Requests"_s), Reach::Rejected, 1));
    }
    void maxAttempts()
    {
        RetryPolicy p;
        const Error e = Error::fromHttp(503, {});
        QVERIFY(p.shouldRetry(ApiRequest::Safety::Idempotent, e, Reach::Ambiguous, 3));
        QVERIFY(!p.shouldRetry(ApiRequest::Safety::Idempotent, e, Reach::Ambiguous, 4));
        p.maxAttempts = 2;
        QVERIFY(!p.shouldRetry(ApiRequest::Safety::Idempotent, e, Reach::Ambiguous, 2));
    }
    void jitterCeiling()
    {
        RetryPolicy p;
        QCOMPARE(p.jitterCeilingMs(1), 2000);
        QCOMPARE(p.jitterCeilingMs(2), 4000);
        QCOMPARE(p.jitterCeilingMs(3), 8000);
        QCOMPARE(p.jitterCeilingMs(4), 16000);
        QCOMPARE(p.jitterCeilingMs(5), 30000);
        QCOMPARE(p.jitterCeilingMs(40), 30000);
    }
    void jitterBoundsWithRealRandom()
    {
        RetryPolicy p;
        int minSeen = INT_MAX, maxSeen = 0;
        for (int i = 0; i < 5000; ++i) {
            const int d = p.delayMs(3, std::nullopt);
            QVERIFY(d >= 0 && d <= 8000);
            minSeen = qMin(minSeen, d);
            maxSeen = qMax(maxSeen, d);
        }
        // Full jitter: the whole range is used (not a fixed back-off).
        QVERIFY(minSeen < 1000);
        QVERIFY(maxSeen > 7000);
    }
    void jitterExtremes()
    {
        RetryPolicy p;
        p.random = [](int) { return 0; };
        QCOMPARE(p.delayMs(2, std::nullopt), 0);
        p.random = [](int bound) { return bound; };
        QCOMPARE(p.delayMs(2, std::nullopt), 4000);
        p.random = [](int bound) { return bound * 10; }; // a bad source is clamped
        QCOMPARE(p.delayMs(2, std::nullopt), 4000);
    }
    void retryAfterIsAFloor()
    {
        RetryPolicy p;
        p.random = [](int) { return 0; };
        QCOMPARE(p.delayMs(1, 5), 5000);
        p.random = [](int bound) { return bound; };
        QCOMPARE(p.delayMs(3, 2), 8000); // computed larger than Retry-After: max wins
    }
    void retryAfterCapped()
    {
        RetryPolicy p;
        QCOMPARE(p.delayMs(1, 3600), 300000);
        p.maxRetryAfterMs = 2000;
        QCOMPARE(p.delayMs(1, 10), 2000);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
