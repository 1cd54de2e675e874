// ValueLocator: values found on a text layer (synthetic texts, PDFs written here with QPdfWriter, and the
// sample invoices), the values that must not match, the async path and `las-review --locate`.
#include "core/fields/valuelocator.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A text layer whose geometry says which characters were asked for: x = start, y = page, width = length.
TextLayer syntheticLayer(const QList<QString> &pages)
{
    return TextLayer::fromTexts(pages, [](int page, qsizetype start, qsizetype length) {
        return QList<QRectF>{QRectF(qreal(start), qreal(page), qreal(length), 1)};
    });
}

LocatedValue locate(const TextLayer &layer, const QString &label, const QString &value)
{
    return ValueLocator::locateOne(layer, {label, value, std::nullopt, std::nullopt});
}

// The text a synthetic candidate covers.
QString coveredText(const TextLayer &layer, const LocatedValue::Candidate &c)
{
    return layer.page(c.page).text.mid(c.textStart, c.textLength);
}

struct Line
{
    QString text;
    qreal y; // baseline, points from the top
};

// A one-page A4 PDF with each line drawn at its baseline, 11 pt, left margin 72 pt.
QByteArray pdfWithLines(const QList<Line> &lines)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSize(11);
    painter.setFont(font);
    for (const Line &line : lines)
        painter.drawText(QPointF(72, line.y), line.text);
    painter.end();
    return bytes;
}

QString sample(const QString &name)
{
    return QStringLiteral(LAS_SAMPLES_DIR "/invoices/") + name;
}

} // namespace

class TestValueLocator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ViewerDocument writeAndOpen(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        file.close();
        return ViewerDocument::load(path).document;
    }

private Q_SLOTS:
    void totalNearItsLabel()
    {
        const TextLayer layer = syntheticLayer({u"Item A 100,00\r\nSubtotal 100,00\r\nMVA 25 % 25,00\r\n"
                                                u"Total å betale 125,00\r\nForfallsdato 01.02.2022"_s});
        const LocatedValue total = locate(layer, u"total_amount"_s, u"125.00"_s);
        QCOMPARE(total.status, LocatedValue::Status::Found);
        QCOMPARE(coveredText(layer, total.best), u"125,00"_s);
        QCOMPARE(total.best.nearLabelText, u"Total å betale"_s);

        // The same value twice: the net amount is the one after "Subtotal", not the item line.
        const LocatedValue net = locate(layer, u"amount_untaxed"_s, u"100"_s);
        QVERIFY(net.hasPosition());
        QCOMPARE(net.best.nearLabelText, u"Subtotal"_s);
        QCOMPARE(net.best.textStart, layer.page(0).text.indexOf(u"100,00"_s, 14));
        QCOMPARE(net.runnersUp.size(), 1);
        QCOMPARE(coveredText(layer, net.runnersUp.at(0)), u"100,00"_s);
    }

    void totalInsideALongerNumberDoesNotMatch()
    {
        // 234.50 appears only inside longer numbers: grouped with a space, glued, and as a decimal tail.
        const TextLayer inside =
            syntheticLayer({u"Order 11 234,50\r\nRef 991234.50 and 1234.50\r\nTotal 8 234.50"_s});
        const LocatedValue none = locate(inside, u"total"_s, u"234.50"_s);
        QCOMPARE(none.status, LocatedValue::Status::NotFound);
        QVERIFY(!none.hasPosition());
        QVERIFY(!none.reason().isEmpty());

        const TextLayer alsoAlone = syntheticLayer({u"Order 11 234,50\r\nTotal: 234,50"_s});
        const LocatedValue found = locate(alsoAlone, u"total"_s, u"234.50"_s);
        QCOMPARE(found.status, LocatedValue::Status::Found);
        QCOMPARE(found.best.textStart, alsoAlone.page(0).text.lastIndexOf(u"234,50"_s));
        QVERIFY(found.runnersUp.isEmpty());
    }

    void dateInsideAPhoneNumberDoesNotMatch()
    {
        const TextLayer phoneOnly =
            syntheticLayer({u"Phone 0044 20.11.2019 77\r\nTlf: 20.11.2019\r\nThank you"_s});
        QCOMPARE(locate(phoneOnly, u"invoice_date"_s, u"2019-11-20"_s).status,
                 LocatedValue::Status::NotFound);

        const TextLayer both = syntheticLayer({u"Tel. +49 20.11.2019 55\r\nRechnungsdatum: 20.11.2019"_s});
        const LocatedValue date = locate(both, u"invoice_date"_s, u"2019-11-20"_s);
        QCOMPARE(date.status, LocatedValue::Status::Found);
        QCOMPARE(date.best.textStart, both.page(0).text.lastIndexOf(u"20.11.2019"_s));
        QCOMPARE(date.best.nearLabelText, u"Rechnungsdatum:"_s);
        QVERIFY(date.runnersUp.isEmpty());
    }

    void dueDateAndInvoiceDateInSeveralLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedMatch");
        QTest::addColumn<QString>("expectedLabel");
        QTest::newRow("norwegian due")
            << u"Fakturadato: 15.01.2022\r\nForfallsdato: 01.02.2022"_s << u"due_date"_s << u"2022-02-01"_s
            << u"01.02.2022"_s << u"Forfallsdato:"_s;
        QTest::newRow("german invoice date")
            << u"Fällig am 01.02.2022\r\nRechnungsdatum 15. Januar 2022"_s << u"invoice_date"_s
            << u"2022-01-15"_s << u"15. Januar 2022"_s << u"Rechnungsdatum"_s;
        QTest::newRow("french due") << u"Date de facture : 15/01/2022\r\nÉchéance : 1 février 2022"_s
                                    << u"due_date"_s << u"2022-02-01"_s << u"1 février 2022"_s
                                    << u"Échéance"_s;
        QTest::newRow("english us") << u"Invoice Date: January 15, 2022\r\nDue Date: February 1, 2022"_s
                                    << u"invoice_date"_s << u"2022-01-15"_s << u"January 15, 2022"_s
                                    << u"Invoice Date:"_s;
    }
    void dueDateAndInvoiceDateInSeveralLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QString, value);
        QFETCH(QString, expectedMatch);
        QFETCH(QString, expectedLabel);
        const TextLayer layer = syntheticLayer({text});
        const LocatedValue v = locate(layer, label, value);
        QVERIFY2(v.hasPosition(), qPrintable(LocatedValue::statusName(v.status)));
        QCOMPARE(coveredText(layer, v.best), expectedMatch);
        QCOMPARE(v.best.nearLabelText, expectedLabel);
    }

    void identifiersAcrossLineBreaksAndCase()
    {
        const TextLayer layer =
            syntheticLayer({u"Betales til\r\nIBAN: no93 8601\r\n1117 947\r\nRechnungs-Nr.: RE-2021-0042"_s});
        const LocatedValue iban = locate(layer, u"iban"_s, u"NO9386011117947"_s);
        QCOMPARE(iban.status, LocatedValue::Status::Found);
        QCOMPARE(coveredText(layer, iban.best), u"no93 8601\r\n1117 947"_s);
        QCOMPARE(iban.best.matchedText, u"no93 8601 1117 947"_s);
        QCOMPARE(iban.best.nearLabelText, u"IBAN:"_s);

        const LocatedValue number = locate(layer, u"invoice_number"_s, u"re20210042"_s);
        QCOMPARE(coveredText(layer, number.best), u"RE-2021-0042"_s);
        QCOMPARE(number.best.nearLabelText, u"Rechnungs-Nr.:"_s);
    }

    void gluedLabelAndFrenchAmount()
    {
        const TextLayer layer =
            syntheticLayer({u"Facture N°:FA-77\r\nTotal HT 1 028,75 €\r\nNet à payer : 1 234,50 €"_s});
        const LocatedValue total = locate(layer, u"total_amount"_s, u"1234.5"_s);
        QCOMPARE(coveredText(layer, total.best), u"1 234,50"_s);
        QCOMPARE(total.best.nearLabelText, u"Net à payer"_s);
        const LocatedValue number = locate(layer, u"invoice_number"_s, u"FA-77"_s);
        QCOMPARE(coveredText(layer, number.best), u"FA-77"_s);
    }

    void ambiguousValuesAreRankedForThePicker()
    {
        // Two totals next to the same kind of label: both offered, flagged ambiguous.
        const TextLayer layer = syntheticLayer({u"Total 10,00\r\nsomething\r\nTotal 10,00"_s});
        const LocatedValue v = locate(layer, u"total"_s, u"10"_s);
        QCOMPARE(v.status, LocatedValue::Status::Ambiguous);
        QCOMPARE(v.runnersUp.size(), 1);
        QVERIFY(v.confidence < v.best.score);
        QVERIFY(!v.reason().isEmpty());
    }

    void statusesWithoutAPosition()
    {
        const TextLayer empty = syntheticLayer({QString(), u"   "_s});
        QCOMPARE(locate(empty, u"total"_s, u"10"_s).status, LocatedValue::Status::NoTextLayer);
        const TextLayer layer = syntheticLayer({u"Total 10,00"_s});
        QCOMPARE(locate(layer, u"total"_s, QString()).status, LocatedValue::Status::EmptyValue);
        QCOMPARE(locate(layer, u"paid"_s, u"true"_s).status, LocatedValue::Status::EmptyValue);
        QCOMPARE(locate(layer, u"total"_s, u"11"_s).status, LocatedValue::Status::NotFound);

        // A prediction's page and location are used as they are.
        const LocatedValue given =
            ValueLocator::locateOne(layer, {u"total"_s, u"10"_s, 0, QRectF(10, 20, 30, 8)});
        QCOMPARE(given.status, LocatedValue::Status::FromPrediction);
        QCOMPARE(given.best.rects, QList<QRectF>{QRectF(10, 20, 30, 8)});
    }

    void predictedPageIsPreferred()
    {
        const TextLayer layer = syntheticLayer({u"Total 10,00"_s, u"Total 10,00"_s});
        const LocatedValue v = ValueLocator::locateOne(layer, {u"total"_s, u"10"_s, 1, std::nullopt});
        QCOMPARE(v.best.page, 1);
        QCOMPARE(v.status, LocatedValue::Status::Found);
    }

    // A real PDF: the box is in page points on the right line; the value broken over two lines is found
    // with one rectangle per line; a repeated value goes to the one next to the label.
    void generatedPdf()
    {
        const ViewerDocument document =
            writeAndOpen(u"edge.pdf"_s, pdfWithLines({{u"Acme Industrial Supplies AS"_s, 80},
                                                      {u"Invoice no. 4711"_s, 120},
                                                      {u"Order no. 4711-B"_s, 140},
                                                      {u"Subtotal 1 000,00"_s, 300},
                                                      {u"VAT 250,00"_s, 320},
                                                      {u"Total 1 250,00"_s, 340},
                                                      {u"Paid by card 1 250,00 on 3 May"_s, 400},
                                                      {u"Payee: Fjord Shipping and"_s, 500},
                                                      {u"Logistics Company"_s, 514}}));
        QVERIFY(!document.isNull());
        const TextLayer layer = TextLayer::extract(document);
        QVERIFY(layer.hasText());
        const QList<LocatedValue> values = ValueLocator::locateIn(
            layer,
            {{u"invoice_number"_s, u"4711"_s, std::nullopt, std::nullopt},
             {u"total_amount"_s, u"1250"_s, std::nullopt, std::nullopt},
             {u"supplier_name"_s, u"Fjord Shipping and Logistics Company"_s, std::nullopt, std::nullopt}});
        QCOMPARE(values.size(), 3);

        const LocatedValue &number = values.at(0);
        QCOMPARE(number.status, LocatedValue::Status::Found);
        QCOMPARE(number.best.matchedText, u"4711"_s);
        const QRectF numberBox = number.best.boundingRect();
        QVERIFY2(numberBox.top() < 120 && numberBox.bottom() > 112, qPrintable(u"%1"_s.arg(numberBox.top())));
        QVERIFY(numberBox.left() > 100); // after "Invoice no."

        const LocatedValue &total = values.at(1);
        QVERIFY(total.hasPosition());
        QCOMPARE(total.best.nearLabelText, u"Total"_s);
        QVERIFY(total.best.boundingRect().top() < 340 && total.best.boundingRect().bottom() > 332);
        // The card payment line far from any total label is not the total (and too far behind to offer).
        QCOMPARE(total.status, LocatedValue::Status::Found);
        for (const LocatedValue::Candidate &c : total.runnersUp)
            QVERIFY(c.score < total.best.score);

        const LocatedValue &payee = values.at(2);
        QCOMPARE(payee.status, LocatedValue::Status::Found);
        QCOMPARE(payee.best.rects.size(), 2); // one per line
        QVERIFY(payee.best.boundingRect().top() < 500 && payee.best.boundingRect().bottom() > 510);
    }

    void sampleInvoices_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expectedMatch");
        QTest::addColumn<QString>("expectedLabel");
        // The placements were checked on rendered pages (bench/boxespainted --png); the values come from the
        // sample's *.expected.json.
        QTest::newRow("aws number") << u"AmazonWebServices"_s << u"invoice_number"_s << u"invoice_number"_s
                                    << u"42183017"_s << u"Invoice Number:"_s;
        QTest::newRow("aws date") << u"AmazonWebServices"_s << u"date"_s << u"date"_s << u"August 3 , 2014"_s
                                  << u"Invoice Date:"_s;
        QTest::newRow("netpresse total")
            << u"NetpresseInvoice"_s << u"amount"_s << u"amount"_s << u"56,02"_s << u"Total TTC"_s;
        QTest::newRow("netpresse net") << u"NetpresseInvoice"_s << u"amount_untaxed"_s << u"amount_untaxed"_s
                                       << u"46,68"_s << u"Total HT"_s;
        QTest::newRow("coolblue date")
            << u"coolblue1"_s << u"date"_s << u"date"_s << u"19 april 2014"_s << u"Factuurdatum:"_s;
        QTest::newRow("coolblue iban")
            << u"coolblue1"_s << u"iban"_s << u"iban"_s << u"NL50INGB0683251309"_s << u"IBAN"_s;
        QTest::newRow("oyo total") << u"oyo"_s << u"amount"_s << u"amount"_s << u"1939"_s << u"Grand Total"_s;
        QTest::newRow("saeco due") << u"saeco"_s << u"date_due"_s << u"date_due"_s << u"22-9-2022"_s
                                   << u"Vervaldatum"_s;
    }
    void sampleInvoices()
    {
        QFETCH(QString, file);
        QFETCH(QString, label);
        QFETCH(QString, field);
        QFETCH(QString, expectedMatch);
        QFETCH(QString, expectedLabel);
        if (!QFile::exists(sample(file + u".pdf"_s))) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("sample invoices missing");
            QSKIP("sample invoices not available");
        }
        QFile json(sample(file + u".expected.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonValue expected =
            QJsonDocument::fromJson(json.readAll()).array().at(0).toObject().value(field);
        const QString value =
            expected.isDouble() ? QString::number(expected.toDouble(), 'g', 15) : expected.toString();
        QVERIFY(!value.isEmpty());

        const ViewerDocument document = ViewerDocument::load(sample(file + u".pdf"_s)).document;
        QVERIFY(!document.isNull());
        const LocatedValue v = ValueLocator::locateOne(TextLayer::extract(document), {label, value, {}, {}});
        QVERIFY2(v.hasPosition(), qPrintable(v.reason()));
        QCOMPARE(v.best.matchedText, expectedMatch);
        QCOMPARE(v.best.nearLabelText, expectedLabel);
        const QRectF box = v.best.boundingRect();
        const QSizeF page = document.pageSize(v.best.page);
        QVERIFY(box.width() > 0 && box.height() > 0 && box.right() <= page.width() &&
                box.bottom() <= page.height());
    }

    // The async path: a result signal per ticket, the same answer as the pure function; a JPEG has no
    // text layer.
    void locatesOffTheUiThread()
    {
        const ViewerDocument pdf = writeAndOpen(u"async.pdf"_s, pdfWithLines({{u"Total 10,00"_s, 100}}));
        QVERIFY(!pdf.isNull());
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "JPEG"));
        const ViewerDocument photo = writeAndOpen(u"scan.jpg"_s, jpeg);
        QVERIFY(!photo.isNull());

        ValueLocator locator;
        QSignalSpy spy(&locator, &ValueLocator::located);
        const quint64 first = locator.locate(pdf, {{u"total"_s, u"10"_s, {}, {}}});
        const quint64 second = locator.locate(photo, {{u"total"_s, u"10"_s, {}, {}}});
        QVERIFY(first != second);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 20000);
        QCOMPARE(spy.at(0).at(0).value<quint64>(), first);
        const auto pdfValues = spy.at(0).at(1).value<QList<LocatedValue>>();
        QCOMPARE(pdfValues.size(), 1);
        QCOMPARE(pdfValues.at(0).status, LocatedValue::Status::Found);
        QCOMPARE(pdfValues.at(0).best.matchedText, u"10,00"_s);
        const auto photoValues = spy.at(1).at(1).value<QList<LocatedValue>>();
        QCOMPARE(photoValues.at(0).status, LocatedValue::Status::NoTextLayer);
        QVERIFY(!photoValues.at(0).reason().isEmpty());
        // The text layer is cached: the same object is handed out again.
        QCOMPARE(locator.textLayer(pdf).page(0).text, TextLayer::extract(pdf).page(0).text);
    }

    void locateCommandPrintsJson()
    {
        if (!QFile::exists(sample(u"coolblue1.pdf"_s)))
            QSKIP("sample invoices not available");
        QProcess process;
        process.start(QStringLiteral(LAS_REVIEW_BIN),
                      {u"--locate"_s, sample(u"coolblue1.pdf"_s), u"iban=NL50INGB0683251309"_s,
                       u"amount=717.97"_s, u"date=1999-01-01"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(out.value(u"textLayer"_s).toBool(), true);
        const QJsonArray fields = out.value(u"fields"_s).toArray();
        QCOMPARE(fields.size(), 3);
        const QJsonObject iban = fields.at(0).toObject();
        QCOMPARE(iban.value(u"status"_s).toString(), u"found"_s);
        QCOMPARE(iban.value(u"page"_s).toInt(), 0);
        QCOMPARE(iban.value(u"rect"_s).toArray().size(), 4);
        QCOMPARE(iban.value(u"matchedText"_s).toString(), u"NL50INGB0683251309"_s);
        QVERIFY(fields.at(1).toObject().value(u"runnersUp"_s).toArray().size() >= 1);
        QCOMPARE(fields.at(2).toObject().value(u"status"_s).toString(), u"notFound"_s);
        QVERIFY(!fields.at(2).toObject().value(u"reason"_s).toString().isEmpty());

        // Bad arguments and unreadable files: a message, a non-zero exit, nothing on stdout.
        process.start(QStringLiteral(LAS_REVIEW_BIN),
                      {u"--locate"_s, sample(u"coolblue1.pdf"_s), u"novalue"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        process.start(QStringLiteral(LAS_REVIEW_BIN),
                      {u"--locate"_s, m_dir.filePath(u"missing.pdf"_s), u"a=b"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_MAIN(TestValueLocator)
#include "tst_valuelocator.moc"
