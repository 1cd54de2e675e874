// DocumentContentCache against a real las-emulator: fetch once, reopen from disk (also offline), evict
// by bytes, survive a restart, fail clearly.
#include "api/client.h"
#include "core/viewer/documentcontentcache.h"
#include "emulatorcredentials.h"
#include "emulatorprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestDocumentContentCache : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    std::unique_ptr<las::Client> m_client;
    QStringList m_ids;         // sample invoices uploaded
    QList<QByteArray> m_bytes; // their content

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString upload(const QByteArray &content)
    {
        las::ResultReply<las::LasDocument> *reply = m_client->createDocument(content, las::ContentType::Pdf);
        reply->setAutoDelete(false);
        std::unique_ptr<las::Reply> owner(reply);
        QSignalSpy finished(reply, &las::Reply::finished);
        if (!reply->isFinished() && !finished.wait(30000))
            return {};
        return reply->isSuccess() ? reply->result().documentId : QString();
    }

    // Waits for the cache's answer about `id`; true for ready (path and content type filled in).
    static bool waitReady(DocumentContentCache &cache, const QString &id, QString *path = nullptr,
                          QString *contentType = nullptr, QString *message = nullptr,
                          las::Error *error = nullptr)
    {
        QSignalSpy ready(&cache, &DocumentContentCache::ready);
        QSignalSpy failed(&cache, &DocumentContentCache::failed);
        cache.fetch(id);
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000))
            return false;
        if (!failed.isEmpty()) {
            if (message)
                *message = failed.at(0).at(2).toString();
            if (error)
                *error = failed.at(0).at(1).value<las::Error>();
            return false;
        }
        if (ready.at(0).at(0).toString() != id)
            return false;
        if (path)
            *path = ready.at(0).at(1).toString();
        if (contentType)
            *contentType = ready.at(0).at(2).toString();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({}, &error), qPrintable(error));
        const las::Credentials c = emulatorCredentials(m_emulator);
        m_client = std::make_unique<las::Client>(c);
        for (const char *name : {"AmazonWebServices.pdf", "oyo.pdf", "saeco.pdf"}) {
            const QByteArray bytes =
                readAll(QStringLiteral(LAS_SAMPLES_DIR "/invoices/") + QLatin1String(name));
            QVERIFY(!bytes.isEmpty());
            const QString id = upload(bytes);
            QVERIFY2(!id.isEmpty(), name);
            m_ids << id;
            m_bytes << bytes;
        }
    }

    void fetchesOnceThenFromDisk()
    {
        QTemporaryDir dir;
        DocumentContentCache cache(m_client.get(), dir.filePath(QStringLiteral("content")), 64 << 20);
        QString path;
        QString type;
        QVERIFY(waitReady(cache, m_ids[0], &path, &type));
        QCOMPARE(type, QStringLiteral("application/pdf"));
        QCOMPARE(readAll(path), m_bytes[0]);
        QVERIFY(path.startsWith(cache.directory()));
        QVERIFY(!QFileInfo(path).fileName().contains(m_ids[0])); // not named by the server's ID
        const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(permissions & others, QFileDevice::Permissions()); // 0600
        QCOMPARE(cache.usedBytes(), m_bytes[0].size());
        QVERIFY(cache.contains(m_ids[0]));

        // Second open: from disk, even with the client gone.
        cache.setClient(nullptr);
        QString again;
        QVERIFY(waitReady(cache, m_ids[0], &again));
        QCOMPARE(again, path);
    }

    void evictsLeastRecentlyUsedByBytes()
    {
        QTemporaryDir dir;
        // Room for the two larger of the three, not for all three.
        QList<qint64> sizes;
        for (const QByteArray &b : std::as_const(m_bytes))
            sizes << b.size();
        std::sort(sizes.begin(), sizes.end());
        const qint64 budget = sizes[1] + sizes[2];
        DocumentContentCache cache(m_client.get(), dir.path(), budget);
        QVERIFY(waitReady(cache, m_ids[0]));
        QVERIFY(waitReady(cache, m_ids[1]));
        QVERIFY(waitReady(cache, m_ids[0])); // 0 used again: 1 is now the least recently used
        QVERIFY(waitReady(cache, m_ids[2]));
        QVERIFY(cache.usedBytes() <= budget);
        QVERIFY(cache.contains(m_ids[0]));
        QVERIFY(cache.contains(m_ids[2]));
        QVERIFY(!cache.contains(m_ids[1]));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3); // two documents and index.json
        QCOMPARE(cache.cachedDocumentIds(), (QStringList{m_ids[0], m_ids[2]}));

        cache.setMaxBytes(m_bytes[2].size());
        QCOMPARE(cache.cachedDocumentIds(), QStringList{m_ids[2]});
    }

    void failingFetchSaysWhy()
    {
        QTemporaryDir dir;
        DocumentContentCache cache(m_client.get(), dir.path(), 64 << 20);
        QString message;
        las::Error error;
        QVERIFY(!waitReady(cache, QStringLiteral("las:document:00000000000000000000000000000000"), nullptr,
                           nullptr, &message, &error));
        QVERIFY2(error.kind() == las::Error::Kind::NotFound || error.kind() == las::Error::Kind::BadRequest,
                 qPrintable(error.toString()));
        QVERIFY(!message.isEmpty());
        QCOMPARE(cache.usedBytes(), 0);
    }

    // Last: stops the emulator.
    void reopensOfflineAfterRestart()
    {
        QTemporaryDir dir;
        QString path;
        {
            DocumentContentCache cache(m_client.get(), dir.path(), 64 << 20);
            QVERIFY(waitReady(cache, m_ids[2], &path));
            QVERIFY(waitReady(cache, m_ids[0]));
        }
        // A file left by a crash between writing and indexing is cleaned up on start.
        QVERIFY(QFile(dir.filePath(QStringLiteral("leftover.pdf"))).open(QIODevice::WriteOnly));

        m_emulator.stop();
        DocumentContentCache cache(m_client.get(), dir.path(), 64 << 20); // a new start of the app
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("leftover.pdf"))));
        QCOMPARE(cache.cachedDocumentIds(), (QStringList{m_ids[2], m_ids[0]}));
        QString offlinePath;
        QVERIFY(waitReady(cache, m_ids[2], &offlinePath));
        QCOMPARE(offlinePath, path);
        QCOMPARE(readAll(offlinePath), m_bytes[2]);

        // Not cached, server gone: a network failure with a message.
        QString message;
        las::Error error;
        QVERIFY(!waitReady(cache, m_ids[1], nullptr, nullptr, &message, &error));
        QVERIFY2(error.kind() == las::Error::Kind::Network || error.kind() == las::Error::Kind::Timeout,
                 qPrintable(error.toString()));
        QVERIFY(message.contains(QStringLiteral("cannot be reached")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentContentCache)
#include "tst_documentcontentcache.moc"
