#include "upload/streamedjsonbody.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using las::StreamedJsonBody;

class TestStreamedJsonBody : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    const QByteArray prefix = "{\"contentType\":\"application/pdf\",\"content\":\"";
    const QByteArray suffix = "\"}";

    QString writeFile(const QByteArray &bytes, const QString &name = u"f.bin"_s)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }
    static QByteArray randomBytes(qint64 n)
    {
        QByteArray b(n, Qt::Uninitialized);
        for (qint64 i = 0; i < n; ++i)
            b[i] = char(QRandomGenerator::global()->bounded(256));
        return b;
    }
    static QByteArray readAllInPieces(QIODevice &dev, qint64 piece)
    {
        QByteArray out;
        QByteArray buf(piece, Qt::Uninitialized);
        for (;;) {
            const qint64 n = dev.read(buf.data(), piece);
            if (n <= 0)
                break;
            out.append(buf.constData(), n);
        }
        return out;
    }

private slots:
    void smallSizesMatchToBase64()
    {
        for (int size = 0; size <= 50; ++size) {
            const QByteArray data = randomBytes(size);
            const QString path = writeFile(data);
            StreamedJsonBody body(prefix, path, suffix);
            QVERIFY(body.open(QIODevice::ReadOnly));
            const QByteArray expected = prefix + data.toBase64() + suffix;
            QCOMPARE(body.size(), qint64(expected.size()));
            QCOMPARE(StreamedJsonBody::bodySize(prefix.size(), size, suffix.size()), qint64(expected.size()));
            QCOMPARE(readAllInPieces(body, 7), expected);
            QVERIFY(body.atEnd());
        }
    }
    void chunkBoundaries()
    {
        const qint64 c = StreamedJsonBody::kChunkInput;
        for (qint64 size : {c - 1, c, c + 1, c + 2, 2 * c, 2 * c + 1, 3 * c - 2}) {
            const QByteArray data = randomBytes(size);
            StreamedJsonBody body(prefix, writeFile(data), suffix);
            QVERIFY(body.open(QIODevice::ReadOnly));
            QCOMPARE(readAllInPieces(body, 16 * 1024 + 3), prefix + data.toBase64() + suffix);
        }
    }
    void largeFileSameBytes()
    {
        // 5 MB: bigger than any chunk or buffer; compared by hash to keep the test's own memory modest.
        const qint64 size = 5 * 1024 * 1024 + 17;
        const QByteArray data = randomBytes(size);
        const QString path = writeFile(data, u"large.bin"_s);
        QCryptographicHash expected(QCryptographicHash::Sha256);
        expected.addData(prefix);
        expected.addData(data.toBase64());
        expected.addData(suffix);
        StreamedJsonBody body(prefix, path, suffix);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QCryptographicHash got(QCryptographicHash::Sha256);
        QByteArray buf(64 * 1024 + 1, Qt::Uninitialized);
        qint64 total = 0;
        for (;;) {
            const qint64 n = body.read(buf.data(), buf.size());
            if (n <= 0)
                break;
            got.addData(QByteArrayView(buf.constData(), n));
            total += n;
        }
        QCOMPARE(total, body.size());
        QCOMPARE(got.result(), expected.result());
    }
    void resetProducesSameBytesAgain()
    {
        const QByteArray data = randomBytes(100000);
        StreamedJsonBody body(prefix, writeFile(data), suffix);
        QVERIFY(body.open(QIODevice::ReadOnly));
        const QByteArray first = readAllInPieces(body, 4096);
        QVERIFY(body.reset());
        QCOMPARE(readAllInPieces(body, 999), first);
        QVERIFY(body.seek(prefix.size() + 4 * 1000));
        QCOMPARE(body.read(8), data.toBase64().mid(4000, 8));
    }
    void rewindGuard()
    {
        StreamedJsonBody body(prefix, writeFile(randomBytes(1000)), suffix);
        body.setRewindAllowed(false);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QVERIFY(body.reset()); // nothing read yet: a re-send could not duplicate anything
        QCOMPARE(body.read(10).size(), 10);
        QVERIFY(body.highWaterMark() == 10);
        QVERIFY(!body.reset());
        QVERIFY(!body.seek(5));
        QVERIFY(body.seek(20)); // forward is fine
    }
    void noFileIsPlainBody()
    {
        StreamedJsonBody body("{\"a\":1}", QString(), QByteArray());
        QVERIFY(body.open(QIODevice::ReadOnly));
        QCOMPARE(body.size(), 7);
        QCOMPARE(body.readAll(), QByteArray("{\"a\":1}"));
    }
    void missingFileFailsToOpen()
    {
        StreamedJsonBody body(prefix, dir.filePath(u"does-not-exist"_s), suffix);
        QVERIFY(!body.open(QIODevice::ReadOnly));
        QVERIFY(!body.errorString().isEmpty());
        QVERIFY(!body.open(QIODevice::ReadWrite));
    }
    void shrinkingFileIsAnError()
    {
        const QString path = writeFile(randomBytes(300000), u"shrink.bin"_s);
        StreamedJsonBody body(prefix, path, suffix);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QFile::resize(path, 1000);
        QByteArray buf(200000, Qt::Uninitialized);
        qint64 total = 0;
        qint64 n = 0;
        while ((n = body.read(buf.data(), buf.size())) > 0)
            total += n;
        QCOMPARE(n, qint64(-1));
        QVERIFY(total < body.size());
    }
};

QTEST_GUILESS_MAIN(TestStreamedJsonBody)
#include "tst_streamedjsonbody.moc"
