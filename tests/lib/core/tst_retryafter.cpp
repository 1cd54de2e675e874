#include "core/retryafter.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using las::RetryAfter;

class TestRetryAfter : public QObject
{
    Q_OBJECT
private:
    const QDateTime now = QDateTime(QDate(1994, 11, 6), QTime(8, 49, 0), QTimeZone::utc());

private slots:
    void seconds()
    {
        QCOMPARE(RetryAfter::parseSeconds("120", now).value(), 120);
        QCOMPARE(RetryAfter::parseSeconds(" 0 ", now).value(), 0);
        QCOMPARE(RetryAfter::parseSeconds("99999999999999999999", now).value(), INT_MAX);
    }
    void imfDate() { QCOMPARE(RetryAfter::parseSeconds("Sun, 06 Nov 1994 08:49:37 GMT", now).value(), 37); }
    void rfc850Date()
    {
        QCOMPARE(RetryAfter::parseSeconds("Sunday, 06-Nov-94 08:49:37 GMT", now).value(), 37);
    }
    void asctimeDate() { QCOMPARE(RetryAfter::parseSeconds("Sun Nov  6 08:49:37 1994", now).value(), 37); }
    void pastDateIsZero()
    {
        QCOMPARE(RetryAfter::parseSeconds("Sat, 05 Nov 1994 08:49:37 GMT", now).value(), 0);
    }
    void subSecondRoundsUp()
    {
        const QDateTime n = QDateTime(QDate(1994, 11, 6), QTime(8, 49, 36, 500), QTimeZone::utc());
        QCOMPARE(RetryAfter::parseSeconds("Sun, 06 Nov 1994 08:49:37 GMT", n).value(), 1);
    }
    void garbage_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("word") << QByteArray("soon");
        QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT");
        QTest::newRow("bad day") << QByteArray("Sun, 31 Feb 1994 08:49:37 GMT");
        QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET");
        QTest::newRow("bad time") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT");
    }
    void garbage()
    {
        QFETCH(QByteArray, value);
        QVERIFY(!RetryAfter::parseSeconds(value, now));
    }
    void formatRoundTrip()
    {
        const QDateTime when(QDate(2026, 3, 1), QTime(7, 5, 9), QTimeZone::utc());
        const QByteArray text = RetryAfter::formatHttpDate(when);
        QCOMPARE(text, QByteArray("Sun, 01 Mar 2026 07:05:09 GMT"));
        QCOMPARE(RetryAfter::parseHttpDate(text), when);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
