#include "demo/demoinvoicegenerator.h"
#include "model/invoicemodel.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString truthValue(const DemoInvoice &inv, const QString &label)
{
    for (const QJsonValue &v : inv.groundTruth)
        if (v.toObject().value(u"label"_s).toString() == label)
            return v.toObject().value(u"value"_s).toString();
    return {};
}

} // namespace

class TestDemoInvoiceGenerator : public QObject
{
    Q_OBJECT

private slots:
    void deterministicFromSeed()
    {
        DemoInvoiceGenerator a(7), b(7), c(8);
        bool someDiffer = false;
        for (int i = 0; i < 8; ++i) {
            const DemoInvoice x = a.generate(i), y = b.generate(i), z = c.generate(i);
            QCOMPARE(x.groundTruth, y.groundTruth);
            QCOMPARE(x.fileName, y.fileName);
            QCOMPARE(x.contentType, y.contentType);
            if (x.contentType == u"image/jpeg"_s)
                QCOMPARE(x.content, y.content); // a JPEG carries no timestamp
            someDiffer = someDiffer || x.groundTruth != z.groundTruth;
        }
        QVERIFY(someDiffer);
        // Asking again for the same index gives the same invoice (no hidden state between calls).
        QCOMPARE(a.generate(3).groundTruth, b.generate(3).groundTruth);
    }

    void everyFourthIsAScan()
    {
        DemoInvoiceGenerator g(1);
        for (int i = 0; i < 12; ++i) {
            const DemoInvoice inv = g.generate(i);
            const bool scan = i % 4 == 3;
            QCOMPARE(DemoInvoiceGenerator::isScan(i), scan);
            QCOMPARE(inv.contentType, scan ? u"image/jpeg"_s : u"application/pdf"_s);
            QVERIFY(inv.fileName.endsWith(scan ? u".jpg"_s : u".pdf"_s));
        }
    }

    void pdfsHaveTextLayerAndModestSize()
    {
        DemoInvoiceGenerator g(99);
        for (int i = 0; i < 8; ++i) {
            if (DemoInvoiceGenerator::isScan(i))
                continue;
            const DemoInvoice inv = g.generate(i);
            QVERIFY(inv.content.startsWith("%PDF-"));
            QVERIFY2(inv.content.size() < 100 * 1024, qPrintable(QString::number(inv.content.size())));
            QByteArray bytes = inv.content;
            QBuffer buffer(&bytes);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            QPdfDocument doc;
            doc.load(&buffer);
            QCOMPARE(doc.status(), QPdfDocument::Status::Ready);
            QCOMPARE(doc.pageCount(), 1);
            const QString text = doc.getAllText(0).text();
            QVERIFY2(text.contains(truthValue(inv, u"invoice_id"_s)), qPrintable(text));
            QVERIFY(text.contains(truthValue(inv, u"supplier_name"_s)));
        }
    }

    void scansDecodeAndAreModest()
    {
        DemoInvoiceGenerator g(5);
        const DemoInvoice inv = g.generate(3);
        QVERIFY(inv.content.startsWith("\xFF\xD8\xFF"));
        QVERIFY2(inv.content.size() < 400 * 1024, qPrintable(QString::number(inv.content.size())));
        QImage image;
        QVERIFY(image.loadFromData(inv.content, "JPEG"));
        QVERIFY(image.width() > 700 && image.height() > 1000);
        QVERIFY(image.height() > image.width()); // portrait A4
        // Not blank: the page has dark text pixels.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
        QVERIFY(dark > 200);
    }

    void groundTruthValid()
    {
        static const QRegularExpression iso(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
        static const QRegularExpression amount(uR"(^\d+\.\d{2}$)"_s);
        static const QRegularExpression currency(uR"(^[A-Z]{3}$)"_s);
        DemoInvoiceGenerator g(2024);
        QSet<QString> currencies, suppliers;
        for (int i = 0; i < 40; ++i) {
            const DemoInvoice inv = g.generate(i);
            QStringList labels;
            for (const QJsonValue &v : inv.groundTruth) {
                const QJsonObject o = v.toObject();
                QCOMPARE(o.size(), 2);
                labels.append(o.value(u"label"_s).toString());
                const QString value = o.value(u"value"_s).toString();
                QVERIFY(!value.isEmpty() && value.size() <= 64);
            }
            QCOMPARE(labels, InvoiceModel::labels());
            QVERIFY(iso.match(truthValue(inv, u"invoice_date"_s)).hasMatch());
            QVERIFY(iso.match(truthValue(inv, u"due_date"_s)).hasMatch());
            QVERIFY(truthValue(inv, u"due_date"_s) > truthValue(inv, u"invoice_date"_s));
            QVERIFY(amount.match(truthValue(inv, u"total_amount"_s)).hasMatch());
            QVERIFY(amount.match(truthValue(inv, u"vat_amount"_s)).hasMatch());
            QVERIFY(truthValue(inv, u"total_amount"_s).toDouble() >
                    truthValue(inv, u"vat_amount"_s).toDouble());
            QVERIFY(currency.match(truthValue(inv, u"currency"_s)).hasMatch());
            QVERIFY(InvoiceModel::isValidIban(truthValue(inv, u"iban"_s)));
            currencies.insert(truthValue(inv, u"currency"_s));
            suppliers.insert(truthValue(inv, u"supplier_name"_s));
        }
        QVERIFY(currencies.size() >= 3); // a realistic mix, not one template
        QVERIFY(suppliers.size() >= 5);
    }
};

QTEST_MAIN(TestDemoInvoiceGenerator)
#include "tst_demoinvoicegenerator.moc"
