// ValueNormaliser: amounts, dates and identifiers as invoices in several languages write them, and what
// must not be read as one.
#include "core/fields/valuenormaliser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestValueNormaliser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"1234.5"_s << u"1234.5"_s;
        QTest::newRow("english grouping") << u"1,234.50"_s << u"1234.5"_s;
        QTest::newRow("german/norwegian") << u"1.234,50"_s << u"1234.5"_s;
        QTest::newRow("french spaces") << u"1 234,50"_s << u"1234.5"_s;
        QTest::newRow("no-break space") << u"1\u00A0234.50"_s << u"1234.5"_s;
        QTest::newRow("narrow no-break space") << u"12\u202F345,00 €"_s << u"12345"_s;
        QTest::newRow("swiss apostrophe") << u"CHF 1'234.50"_s << u"1234.5"_s;
        QTest::newRow("dollar sign") << u"$4.11"_s << u"4.11"_s;
        QTest::newRow("euro after") << u"49,99 €"_s << u"49.99"_s;
        QTest::newRow("code before") << u"EUR 49,99"_s << u"49.99"_s;
        QTest::newRow("kr whole") << u"kr 1 234,-"_s << u"1234"_s;
        QTest::newRow("negative") << u"-9,32"_s << u"-9.32"_s;
        QTest::newRow("parentheses") << u"(12.00)"_s << u"-12"_s;
        QTest::newRow("trailing zeros") << u"1939.00"_s << u"1939"_s;
        QTest::newRow("millions") << u"1.234.567,89"_s << u"1234567.89"_s;
        QTest::newRow("rupees") << u"Rs. 1,939"_s << u"1939"_s;
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ValueNormaliser::parseAmount(text).value_or(u"<none>"_s), expected);
    }

    void notAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("date") << u"19.04.2014"_s;
        QTest::newRow("bad grouping") << u"12 34"_s;
        QTest::newRow("letters") << u"12a34"_s;
        QTest::newRow("mixed group separators") << u"1.234 567,00"_s;
        QTest::newRow("two numbers") << u"12,50 13,50"_s;
        QTest::newRow("word starting like a currency") << u"kraft 12"_s;
        QTest::newRow("empty") << QString();
    }
    void notAmounts()
    {
        QFETCH(QString, text);
        QVERIFY2(ValueNormaliser::amountReadings(text).isEmpty(), qPrintable(text));
    }

    void ambiguousAmountHasBothReadings()
    {
        const QStringList readings = ValueNormaliser::amountReadings(u"1,234"_s);
        QCOMPARE(readings, (QStringList{u"1234"_s, u"1.234"_s}));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        const QDate d(2014, 4, 19);
        QTest::newRow("iso") << u"2014-04-19"_s << d;
        QTest::newRow("iso with time") << u"2014-04-19T10:15:00Z"_s << d;
        QTest::newRow("dotted") << u"19.04.2014"_s << d;
        QTest::newRow("dotted short year") << u"19.04.14"_s << d;
        QTest::newRow("slashes") << u"19/04/2014"_s << d;
        QTest::newRow("dashes no padding") << u"19-4-2014"_s << d;
        QTest::newRow("dutch") << u"19 april 2014"_s << d;
        QTest::newRow("norwegian ordinal dot") << u"19. april 2014"_s << d;
        QTest::newRow("english us") << u"April 19, 2014"_s << d;
        QTest::newRow("english ordinal") << u"19th April 2014"_s << d;
        QTest::newRow("abbreviation") << u"19-Apr-2014"_s << d;
        QTest::newRow("german") << u"19. April 2014"_s << d;
        QTest::newRow("french") << u"19 avril 2014"_s << d;
        QTest::newRow("french accent") << u"3 août 2014"_s << QDate(2014, 8, 3);
        QTest::newRow("german umlaut") << u"1. März 2020"_s << QDate(2020, 3, 1);
        QTest::newRow("norwegian") << u"24. desember 2021"_s << QDate(2021, 12, 24);
        QTest::newRow("space before comma") << u"August 3 , 2014"_s << QDate(2014, 8, 3);
        QTest::newRow("weekday") << u"Monday, 3 August 2014"_s << QDate(2014, 8, 3);
        QTest::newRow("spanish") << u"5 de mayo de 2019"_s << QDate(2019, 5, 5);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(ValueNormaliser::parseDate(text).value_or(QDate()), expected);
    }

    void usDateIsAReadingToo()
    {
        const QList<QDate> readings = ValueNormaliser::dateReadings(u"04/05/2014"_s);
        QCOMPARE(readings, (QList<QDate>{QDate(2014, 5, 4), QDate(2014, 4, 5)}));
        // Only one reading is a real date.
        QCOMPARE(ValueNormaliser::dateReadings(u"04/19/2014"_s), QList<QDate>{QDate(2014, 4, 19)});
    }

    void notDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("phone with spaces") << u"19 04 2014"_s;
        QTest::newRow("impossible day") << u"31.02.2014"_s;
        QTest::newRow("amount") << u"1.234,50"_s;
        QTest::newRow("two numbers") << u"19.04"_s;
        QTest::newRow("word") << u"19 apples 2014"_s;
        QTest::newRow("mixed separators") << u"19.04-2014"_s;
        QTest::newRow("ambiguous month prefix") << u"3 jui 2014"_s;
    }
    void notDates()
    {
        QFETCH(QString, text);
        QVERIFY2(ValueNormaliser::dateReadings(text).isEmpty(), qPrintable(text));
    }

    void identifiers()
    {
        QCOMPARE(ValueNormaliser::normaliseIdentifier(u"NL50 INGB 0683 2513 09"_s), u"NL50INGB0683251309"_s);
        QCOMPARE(ValueNormaliser::normaliseIdentifier(u"nl50-ingb-0683-2513-09"_s), u"NL50INGB0683251309"_s);
        QCOMPARE(ValueNormaliser::normaliseIdentifier(u"NO93 8601 1117 947"_s),
                 ValueNormaliser::normaliseIdentifier(u"no9386011117947"_s));
        QCOMPARE(ValueNormaliser::normaliseIdentifier(u"NL8152.54.295.B01"_s), u"NL815254295B01"_s);
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        using K = ValueNormaliser::Kind;
        QTest::newRow("total") << u"total_amount"_s << u"1234.50"_s << int(K::Amount);
        QTest::newRow("amount, whole") << u"amount"_s << u"1939"_s << int(K::Amount);
        QTest::newRow("due date") << u"dueDate"_s << u"2014-04-19"_s << int(K::Date);
        QTest::newRow("invoice number digits") << u"invoice_number"_s << u"42183017"_s << int(K::Identifier);
        QTest::newRow("iban") << u"iban"_s << u"NL50INGB0683251309"_s << int(K::Identifier);
        QTest::newRow("vat number") << u"vat"_s << u"NL810433941B01"_s << int(K::Identifier);
        QTest::newRow("unknown label, date value") << u"foo"_s << u"2017-12-31"_s << int(K::Date);
        QTest::newRow("unknown label, text") << u"issuer"_s << u"Coolblue B.V."_s << int(K::Text);
        QTest::newRow("amount label, text value") << u"total_amount"_s << u"see attached"_s << int(K::Text);
    }
    void kinds()
    {
        QFETCH(QString, label);
        QFETCH(QString, value);
        QFETCH(int, kind);
        QCOMPARE(int(ValueNormaliser::kindFor(label, value)), kind);
    }

    // "Click a word -> field value": the parsed value for the focused field.
    void parseForAField()
    {
        using K = ValueNormaliser::Kind;
        QCOMPARE(ValueNormaliser::parse(u"€ 1.234,5"_s, K::Amount).display, u"1234.50"_s);
        QCOMPARE(ValueNormaliser::parse(u"19 april 2014"_s).display, u"2014-04-19"_s);
        QCOMPARE(ValueNormaliser::parse(u"19 april 2014"_s).kind, K::Date);
        QCOMPARE(ValueNormaliser::parse(u"nl50 ingb 0683 2513 09"_s, K::Identifier).display,
                 u"NL50INGB0683251309"_s);
        // A hint that does not fit falls back to what the text is.
        const ValueNormaliser::Parsed text = ValueNormaliser::parse(u"  Coolblue   B.V. "_s, K::Amount);
        QCOMPARE(text.kind, K::Text);
        QCOMPARE(text.display, u"Coolblue B.V."_s);
        // Digits without a decimal separator are an identifier, not an amount.
        QCOMPARE(ValueNormaliser::parse(u"42183017"_s).kind, K::Identifier);
    }
};

QTEST_GUILESS_MAIN(TestValueNormaliser)
#include "tst_valuenormaliser.moc"
