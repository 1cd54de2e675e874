// Replays the fuzz corpus (fuzz/corpus/*.json) through the fuzz target's entry function under the normal
// compiler, so the seeds (and any crash input saved there) stay fixed.
#include "valuetypesentry.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(LAS_FUZZ_CORPUS_DIR));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(
            lasFuzzValueTypes(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
        // Every prefix too: truncated bodies are what a dropped connection delivers.
        for (qsizetype n = 0; n < bytes.size(); n += 7)
            lasFuzzValueTypes(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(n));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
