// Taking files in: folders walked recursively (hidden entries inside them left out, each file once even when
// dropped twice, folders' files in name order), missing paths passed on for the engine to refuse with a
// reason; the asynchronous collect() answers once per call with its ticket.
#include "core/upload/uploadintake.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

QStringList namesOf(const QStringList &paths)
{
    QStringList names;
    for (const QString &p : paths)
        names.append(QFileInfo(p).fileName());
    return names;
}

} // namespace

class TestUploadIntake : public QObject
{
    Q_OBJECT

private slots:
    void walksFoldersOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(u"top.pdf"_s), "%PDF-1.4\n%%EOF\n");
        writeFile(dir.filePath(u"folder/a.jpg"_s), "\xFF\xD8\xFF\xE0 jpeg");
        writeFile(dir.filePath(u"folder/sub/deeper/b.PDF"_s), "%PDF-1.7 more");
        writeFile(dir.filePath(u"folder/notes.txt"_s), "hello");
        writeFile(dir.filePath(u"folder/.hidden.pdf"_s), "%PDF-1.4");
        writeFile(dir.filePath(u"folder/.git/x.pdf"_s), "%PDF-1.4");
        writeFile(dir.filePath(u".alone.pdf"_s), "%PDF-1.4");

        // The folder and one of its files dropped together: that file is taken once.
        const UploadIntake::Result result = UploadIntake::collectNow(
            {dir.filePath(u"top.pdf"_s), dir.filePath(u"folder"_s), dir.filePath(u"folder/a.jpg"_s),
             dir.filePath(u"gone.pdf"_s), dir.filePath(u".alone.pdf"_s)});
        QCOMPARE(namesOf(result.files), (QStringList{u"top.pdf"_s, u"a.jpg"_s, u"notes.txt"_s, u"b.PDF"_s,
                                                     u"gone.pdf"_s, u".alone.pdf"_s}));
        QCOMPARE(result.missing, QStringList{dir.filePath(u"gone.pdf"_s)});
        qint64 bytes = 0;
        for (const QString &p : result.files)
            bytes += QFileInfo(p).size();
        QCOMPARE(result.bytes, bytes);
        for (const QString &p : result.files)
            QVERIFY(QDir::isAbsolutePath(p));
    }

    void collectAnswersOncePerTicket()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 0; i < 300; ++i)
            writeFile(dir.filePath(u"many/%1.pdf"_s.arg(i, 4, 10, QChar(u'0'))),
                      "%PDF-1.4 " + QByteArray::number(i));
        UploadIntake intake;
        QSignalSpy spy(&intake, &UploadIntake::collected);
        const quint64 first = intake.collect({dir.filePath(u"many"_s)});
        const quint64 second = intake.collect({dir.filePath(u"many/0001.pdf"_s)});
        QVERIFY(first != second);
        QCOMPARE(intake.pending(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 30000);
        QCOMPARE(intake.pending(), 0);
        QHash<quint64, UploadIntake::Result> byTicket;
        for (const QList<QVariant> &args : spy)
            byTicket.insert(args.at(0).value<UploadIntake::Result>().ticket,
                            args.at(0).value<UploadIntake::Result>());
        QCOMPARE(byTicket.value(first).files.size(), 300);
        QCOMPARE(byTicket.value(second).files.size(), 1);
        QVERIFY(byTicket.value(first).files.first().endsWith(u"0000.pdf"_s));
    }
};

QTEST_GUILESS_MAIN(TestUploadIntake)
#include "tst_uploadintake.moc"
