// DocumentSearch: every occurrence of a text on a sample invoice's text layer, with its page geometry.
#include "core/viewer/documentsearch.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDocumentSearch : public QObject
{
    Q_OBJECT

    static ViewerDocument open(const QString &path)
    {
        auto result = ViewerDocument::load(path);
        if (result.document.isNull())
            qWarning("%s: %s", qPrintable(path), qPrintable(result.errorMessage));
        return result.document;
    }

    static QString sample(const char *name)
    {
        return QStringLiteral(LAS_SAMPLES_DIR "/invoices/") + QLatin1String(name);
    }

private Q_SLOTS:
    void findsTheInvoiceNumberOfTheExpectedValues()
    {
        QFile expectedFile(sample("AmazonWebServices.expected.json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).array().at(0).toObject();
        const QString number = expected.value(QStringLiteral("invoice_number")).toString();
        QCOMPARE(number, QStringLiteral("42183017"));

        const ViewerDocument document = open(sample("AmazonWebServices.pdf"));
        QVERIFY(!document.isNull());
        const QList<SearchHit> hits = DocumentSearch::find(document, number);
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &hit : hits) {
            const QRectF page(QPointF(0, 0), document.pageSize(hit.page));
            const QRectF r = hit.boundingRect();
            QVERIFY2(page.contains(r), qPrintable(QStringLiteral("hit outside its page")));
            // Eight digits of body text: wider than tall, and not the whole page.
            QVERIFY(r.width() > r.height());
            QVERIFY(r.width() < page.width() / 2);
        }
    }

    void caseInsensitiveAndCountsEveryHit()
    {
        const ViewerDocument document = open(sample("AmazonWebServices.pdf"));
        QVERIFY(!document.isNull());
        const QList<SearchHit> lower = DocumentSearch::find(document, QStringLiteral("amazon"));
        const QList<SearchHit> mixed = DocumentSearch::find(document, QStringLiteral("Amazon"));
        QCOMPARE(lower.size(), mixed.size());
        // Amazon Web Services, Glacier, Elastic Compute Cloud, Simple Storage Service...
        QVERIFY2(lower.size() >= 4, qPrintable(QString::number(lower.size())));
        QVERIFY(DocumentSearch::find(document, QStringLiteral("zebra crossing xylophone")).isEmpty());
        QVERIFY(DocumentSearch::find(document, QStringLiteral("   ")).isEmpty());
    }

    void hitsOnTheRightPagesOfAGeneratedPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("five.pdf"));
        QVERIFY(testfiles::write(path, testfiles::pdfWithPages(5)));
        const ViewerDocument document = open(path);
        QVERIFY(!document.isNull());
        const QList<SearchHit> all = DocumentSearch::find(document, QStringLiteral("findme"));
        QCOMPARE(all.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(all.at(i).page, i);
        const QList<SearchHit> four = DocumentSearch::find(document, QStringLiteral("Findme 4"));
        QCOMPARE(four.size(), 1);
        QCOMPARE(four.at(0).page, 3);
        // Drawn with its baseline near y = 400 pt (plus the writer's margin) in a 14 pt font.
        const QRectF r = four.at(0).boundingRect();
        QVERIFY2(r.top() > 380 && r.bottom() < 420 && r.height() < 20,
                 qPrintable(QStringLiteral("%1..%2").arg(r.top()).arg(r.bottom())));
        QVERIFY(r.left() >= 70 && r.left() < 100);
    }

    void asynchronousSearchReportsTheLatestOnly()
    {
        const ViewerDocument document = open(sample("coolblue1.pdf"));
        QVERIFY(!document.isNull());
        DocumentSearch search;
        QSignalSpy finished(&search, &DocumentSearch::finished);
        search.start(document, QStringLiteral("Coolblue"));
        search.start(document, QStringLiteral("Rotterdam"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Rotterdam"));
        QVERIFY(!finished.at(0).at(1).value<QList<SearchHit>>().isEmpty());
    }

    void jpegHasNoTextLayer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.jpg"));
        QVERIFY(testfiles::write(path, testfiles::jpegRotatedByExif()));
        const ViewerDocument document = open(path);
        QVERIFY(!document.isNull());
        QVERIFY(DocumentSearch::find(document, QStringLiteral("anything")).isEmpty());
    }
};

QTEST_MAIN(TestDocumentSearch)
#include "tst_documentsearch.moc"
