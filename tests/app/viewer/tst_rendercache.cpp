// RenderCache: bounded in bytes, least recently used first out.
#include "core/viewer/rendercache.h"

#include <QTest>

class TestRenderCache : public QObject
{
    Q_OBJECT

    static QImage image(int width, int height)
    {
        QImage i(width, height, QImage::Format_RGB32);
        i.fill(Qt::white);
        return i;
    }

private Q_SLOTS:
    void staysWithinBudgetEvictingLeastRecentlyUsed()
    {
        const qint64 one = image(100, 100).sizeInBytes(); // 40,000 bytes
        RenderCache cache(3 * one);
        cache.insert({0, QSize(100, 100), 0}, image(100, 100));
        cache.insert({1, QSize(100, 100), 0}, image(100, 100));
        cache.insert({2, QSize(100, 100), 0}, image(100, 100));
        QCOMPARE(cache.usedBytes(), 3 * one);
        QVERIFY(!cache.find({0, QSize(100, 100), 0}).isNull()); // page 0 is now the most recent
        cache.insert({3, QSize(100, 100), 0}, image(100, 100));
        QCOMPARE(cache.count(), 3);
        QVERIFY(cache.contains({0, QSize(100, 100), 0}));
        QVERIFY(!cache.contains({1, QSize(100, 100), 0}));
        QVERIFY(cache.usedBytes() <= cache.maxBytes());

        for (int page = 4; page < 300; ++page) {
            cache.insert({page, QSize(100, 100), 0}, image(100, 100));
            QVERIFY(cache.usedBytes() <= cache.maxBytes());
        }
        QVERIFY(cache.peakBytes() <= cache.maxBytes());
    }

    void replacingAKeyDoesNotCountTwice()
    {
        RenderCache cache(1 << 20);
        cache.insert({0, QSize(10, 10), 0}, image(10, 10));
        cache.insert({0, QSize(10, 10), 0}, image(10, 10));
        QCOMPARE(cache.count(), 1);
        QCOMPARE(cache.usedBytes(), image(10, 10).sizeInBytes());
    }

    void keepsTheNewestEvenWhenAloneOverBudget()
    {
        RenderCache cache(1000);
        cache.insert({0, QSize(10, 10), 0}, image(10, 10));
        cache.insert({1, QSize(100, 100), 0}, image(100, 100));
        QCOMPARE(cache.count(), 1);
        QVERIFY(cache.contains({1, QSize(100, 100), 0}));
    }

    void shrinkingEvicts()
    {
        RenderCache cache(1 << 20);
        for (int page = 0; page < 10; ++page)
            cache.insert({page, QSize(50, 50), 0}, image(50, 50));
        cache.setMaxBytes(2 * image(50, 50).sizeInBytes());
        QCOMPARE(cache.count(), 2);
        QVERIFY(cache.contains({9, QSize(50, 50), 0}));
        QVERIFY(cache.contains({8, QSize(50, 50), 0}));
    }

    void closestSizeOfThePageAndRotation()
    {
        RenderCache cache(1 << 24);
        cache.insert({3, QSize(100, 140), 0}, image(100, 140));
        cache.insert({3, QSize(400, 560), 0}, image(400, 560));
        cache.insert({3, QSize(560, 400), 90}, image(560, 400));
        cache.insert({4, QSize(300, 420), 0}, image(300, 420));
        QCOMPARE(cache.findClosest(3, 0, QSize(350, 490)).size(), QSize(400, 560));
        QCOMPARE(cache.findClosest(3, 0, QSize(120, 168)).size(), QSize(100, 140));
        QCOMPARE(cache.findClosest(3, 90, QSize(100, 70)).size(), QSize(560, 400));
        QVERIFY(cache.findClosest(5, 0, QSize(100, 140)).isNull());
    }
};

QTEST_GUILESS_MAIN(TestRenderCache)
#include "tst_rendercache.moc"
