// ViewerDocument: opening PDFs and JPEGs, and refusing broken or hostile ones with a clear message.
#include "core/viewer/documentloader.h"
#include "core/viewer/viewerdocument.h"
#include "testfiles.h"

#include <QDir>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestViewerDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!testfiles::write(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString sample(const char *name)
    {
        return QStringLiteral(LAS_SAMPLES_DIR "/invoices/") + QLatin1String(name);
    }

private Q_SLOTS:
    void opensSampleInvoice()
    {
        const auto result = ViewerDocument::load(sample("AmazonWebServices.pdf"));
        QVERIFY2(!result.document.isNull(), qPrintable(result.errorMessage));
        QCOMPARE(result.document.kind(), ViewerDocument::Kind::Pdf);
        QVERIFY(result.document.pageCount() >= 1);
        const QSizeF size = result.document.pageSize(0);
        QVERIFY2(size.width() > 500 && size.width() < 700, qPrintable(QString::number(size.width())));
        const QImage image = result.document.render(0, QSize(300, 400), 0);
        QCOMPARE(image.size(), QSize(300, 400));
        // Paper is white (PDFium leaves it transparent), and there is ink on it.
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        bool ink = false;
        for (int y = 0; y < image.height() && !ink; ++y)
            for (int x = 0; x < image.width() && !ink; ++x)
                ink = qGray(image.pixel(x, y)) < 128;
        QVERIFY(ink);
    }

    void rendersRotated()
    {
        const QString path = file(QStringLiteral("two.pdf"), testfiles::pdfWithPages(2));
        const auto result = ViewerDocument::load(path);
        QVERIFY2(!result.document.isNull(), qPrintable(result.errorMessage));
        QCOMPARE(result.document.pageCount(), 2);
        const QImage image = result.document.render(1, QSize(400, 300), 90);
        QCOMPARE(image.size(), QSize(400, 300));
    }

    void capsRenderSize()
    {
        const QSize capped = ViewerDocument::cappedRenderSize(QSize(20000, 30000));
        QVERIFY(qint64(capped.width()) * capped.height() <= ViewerDocument::MaxRenderPixels);
        QVERIFY(capped.height() <= ViewerDocument::MaxRenderSide);
        QCOMPARE(ViewerDocument::cappedRenderSize(QSize(800, 1000)), QSize(800, 1000));
        const auto result = ViewerDocument::load(sample("oyo.pdf"));
        QVERIFY2(!result.document.isNull(), qPrintable(result.errorMessage));
        const QImage image = result.document.render(0, QSize(20000, 30000), 0);
        QVERIFY(!image.isNull());
        QVERIFY(qint64(image.width()) * image.height() <= ViewerDocument::MaxRenderPixels);
    }

    void jpegExifOrientationApplied()
    {
        const QString path = file(QStringLiteral("rotated.jpg"), testfiles::jpegRotatedByExif(QSize(80, 40)));
        const auto result = ViewerDocument::load(path);
        QVERIFY2(!result.document.isNull(), qPrintable(result.errorMessage));
        QCOMPARE(result.document.kind(), ViewerDocument::Kind::Jpeg);
        // Stored 80 × 40; shown turned clockwise: 40 × 80 pixels, i.e. 30 × 60 points.
        QCOMPARE(result.document.pageSize(0), QSizeF(30, 60));
        const QImage image = result.document.render(0, QSize(40, 80), 0);
        QCOMPARE(image.size(), QSize(40, 80));
        // The red top-left quarter went to the top right.
        const QColor topRight = image.pixelColor(35, 5);
        const QColor topLeft = image.pixelColor(5, 5);
        QVERIFY2(topRight.red() > 200 && topRight.blue() < 80, qPrintable(topRight.name()));
        QVERIFY2(topLeft.blue() > 200 && topLeft.red() < 80, qPrintable(topLeft.name()));
    }

    void refusesJpegClaimingHugeDimensions()
    {
        const QString path = file(QStringLiteral("huge.jpg"), testfiles::jpegClaiming(60000, 60000));
        const auto result = ViewerDocument::load(path);
        QVERIFY(result.document.isNull());
        QVERIFY2(result.errorMessage.contains(QStringLiteral("60000")), qPrintable(result.errorMessage));
    }

    void jpegDecodingStaysUnderAllocationLimit()
    {
        // 9000 × 9000 is under the pixel cap but needs 324 MB decoded: the reader's allocation limit says no.
        const QString path = file(QStringLiteral("big.jpg"), testfiles::jpegClaiming(9000, 9000));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("allocation limit")));
        const auto result = ViewerDocument::load(path);
        QVERIFY(result.document.isNull());
        QVERIFY(!result.errorMessage.isEmpty());
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QFile invoice(sample("AmazonWebServices.pdf"));
        QVERIFY(invoice.open(QIODevice::ReadOnly));
        const QByteArray pdf = invoice.readAll();
        QTest::newRow("truncated pdf") << pdf.left(pdf.size() / 3) << QStringLiteral("damaged");
        QTest::newRow("pdf header only") << QByteArray("%PDF-1.7\n") << QStringLiteral("damaged");
        QTest::newRow("garbage") << QByteArray(4096, '\x07') << QStringLiteral("neither a PDF nor a JPEG");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("encrypted") << testfiles::encryptedPdf() << QStringLiteral("password");
        QTest::newRow("10000 empty pages")
            << testfiles::pdfWithEmptyPages(10000) << QStringLiteral("10000 pages");
        QByteArray jpeg = testfiles::jpegRotatedByExif();
        QTest::newRow("truncated jpeg") << jpeg.left(200) << QStringLiteral("damaged");
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = file(QStringLiteral("broken.bin"), bytes);
        const auto result = ViewerDocument::load(path);
        QVERIFY(result.document.isNull());
        QVERIFY2(result.errorMessage.contains(expected), qPrintable(result.errorMessage));
    }

    void loaderRunsOffThreadAndReports()
    {
        DocumentLoader loader;
        QSignalSpy loaded(&loader, &DocumentLoader::loaded);
        QSignalSpy failed(&loader, &DocumentLoader::failed);
        loader.load(file(QStringLiteral("garbage.pdf"), "not a pdf at all"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(loaded.count(), 0);
        loader.load(sample("saeco.pdf"));
        QVERIFY(loaded.wait(10000));
        const auto document = loaded.at(0).at(0).value<ViewerDocument>();
        QVERIFY(document.pdf());
        // Moved to the GUI thread, so that it can be deleted and used from here.
        QCOMPARE(document.pdf()->thread(), QThread::currentThread());
    }

    void onlyTheLatestLoadReports()
    {
        DocumentLoader loader;
        QSignalSpy loaded(&loader, &DocumentLoader::loaded);
        QSignalSpy failed(&loader, &DocumentLoader::failed);
        loader.load(file(QStringLiteral("garbage2.pdf"), "garbage"));
        loader.load(sample("coolblue1.pdf"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_MAIN(TestViewerDocument)
#include "tst_viewerdocument.moc"
