// Unit test of ContentSniffer: a file's type comes from its first bytes; anything but PDF/JPEG is refused
// with a message saying what it is.
#include "upload/contentsniffer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lasctl::ContentSniffer;

class TestContentSniffer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

private Q_SLOTS:
    void acceptsPdfAndJpegByContentNotName()
    {
        QString error;
        // Names lie on purpose: only the bytes count.
        QCOMPARE(ContentSniffer::sniffFile(write(u"scan.jpg"_s, "%PDF-1.7\n%..."), &error),
                 std::optional(las::ContentType::Pdf));
        QCOMPARE(ContentSniffer::sniffFile(
                     write(u"doc.pdf"_s, QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)), &error),
                 std::optional(las::ContentType::Jpeg));
    }

    void refusesOtherFilesWithAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("needle");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n") << u"PNG"_s;
        QTest::newRow("tiff") << QByteArray("II*\0", 4) << u"TIFF"_s;
        QTest::newRow("zip") << QByteArray("PK\x03\x04rest") << u"ZIP"_s;
        QTest::newRow("text") << QByteArray("hello world") << u"68 65 6c 6c"_s;
        QTest::newRow("almost pdf") << QByteArray("%PDF") << u"25 50 44 46"_s;
        QTest::newRow("almost jpeg") << QByteArray("\xFF\xD8\x00", 3) << u"ff d8 00"_s;
    }

    void refusesOtherFilesWithAClearMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, needle);
        QString error;
        QVERIFY(
            !ContentSniffer::sniffFile(write(QString::fromLatin1(QTest::currentDataTag()), bytes), &error));
        QVERIFY2(error.contains(u"not a PDF or JPEG"_s), qPrintable(error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    void refusesMissingEmptyAndDirectories()
    {
        QString error;
        QVERIFY(!ContentSniffer::sniffFile(m_dir.filePath(u"nope.pdf"_s), &error));
        QVERIFY2(error.contains(u"no such file"_s), qPrintable(error));
        QVERIFY(!ContentSniffer::sniffFile(write(u"empty.pdf"_s, {}), &error));
        QVERIFY2(error.contains(u"empty"_s), qPrintable(error));
        QVERIFY(!ContentSniffer::sniffFile(m_dir.path(), &error));
        QVERIFY2(error.contains(u"directory"_s), qPrintable(error));
        QVERIFY(!ContentSniffer::checkReadable(m_dir.filePath(u"nope.pdf"_s), &error));
        QVERIFY(ContentSniffer::checkReadable(write(u"any.bin"_s, "x"), &error));
    }
};

QTEST_GUILESS_MAIN(TestContentSniffer)
#include "tst_contentsniffer.moc"
