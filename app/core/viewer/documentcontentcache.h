#pragma once

#include "api/client.h"
#include "core/error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

// The content of documents, fetched once through Client::getDocument and kept in a directory on disk, so
// that reopening a document is instant and works offline.
//
// Bounded in bytes: after every addition (and when the bound shrinks) the least recently used files go
// until the total fits; the file just added always stays. Files are written atomically (QSaveFile),
// readable by the user only (0600, in a 0700 directory), named by a hash of the document ID (IDs come from
// the server and are never used as paths). The index (index.json) survives restarts; files it does not
// name are removed, entries whose file is gone are dropped.
//
// fetch() always answers later, from the event loop, with ready() or failed(); concurrent fetches of one
// document share one request.
class DocumentContentCache : public QObject
{
    Q_OBJECT
public:
    DocumentContentCache(las::Client *client, const QString &directory, qint64 maxBytes,
                         QObject *parent = nullptr);
    ~DocumentContentCache() override;

    // The client to fetch with (another profile signed in); nullptr: only what is cached can be opened.
    void setClient(las::Client *client);
    void setMaxBytes(qint64 maxBytes);
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 usedBytes() const { return m_usedBytes; }
    QString directory() const { return m_directory; }

    void fetch(const QString &documentId);
    las::Client *client() const { return m_client; }
    bool contains(const QString &documentId) const { return m_entries.contains(documentId); }
    // A download of this document is running (fetch() joins it).
    bool isDownloading(const QString &documentId) const { return m_inFlight.value(documentId) != nullptr; }
    // The local file of a cached document, or an empty string.
    QString cachedPath(const QString &documentId) const;
    // Cached document IDs, least recently used first.
    QStringList cachedDocumentIds() const;
    void remove(const QString &documentId);
    void clear();

Q_SIGNALS:
    void ready(const QString &documentId, const QString &path, const QString &contentType);
    // Every download's outcome, with the whole document (metadata, predictions, ground truth) on success:
    // the fields pane takes its copy from here instead of downloading the same content a second time.
    void downloaded(const QString &documentId, const las::LasDocument &document, const las::Error &error);
    // `error` is the library's error (Kind::None for a local failure such as a full disk); `message` is a
    // translated sentence for the reviewer.
    void failed(const QString &documentId, const las::Error &error, const QString &message);

private:
    struct Entry
    {
        QString fileName;
        QString contentType;
        qint64 size = 0;
        qint64 lastUsed = 0; // a sequence number: larger is more recent
    };

    void loadIndex();
    void saveIndex();
    void touch(const QString &documentId);
    void evict(const QString &keep);
    void onFetched(const QString &documentId, las::Reply *reply);
    void store(const QString &documentId, const QByteArray &content, const QString &contentType);
    static QString fileNameFor(const QString &documentId, const QString &contentType);
    void fail(const QString &documentId, const las::Error &error, const QString &message);

    QPointer<las::Client> m_client;
    QString m_directory;
    qint64 m_maxBytes;
    qint64 m_usedBytes = 0;
    qint64 m_sequence = 0;
    QHash<QString, Entry> m_entries;
    QHash<QString, QPointer<las::Reply>> m_inFlight; // fetching or being written
    QThreadPool m_pool;
};
