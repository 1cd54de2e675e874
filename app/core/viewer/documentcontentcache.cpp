#include "core/viewer/documentcontentcache.h"

#include "core/common/offthread.h"

#include "api/client.h"
#include "types/contenttype.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 MaxIndexBytes = 16 * 1024 * 1024;

QString indexPath(const QString &directory)
{
    return directory + u"/index.json"_s;
}

// Runs on a worker: the content may be many megabytes.
QString writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.setPermissions(OwnerOnly);
    if (file.write(content) != content.size())
        return file.errorString();
    if (!file.commit())
        return file.errorString();
    QFile::setPermissions(path, OwnerOnly);
    return {};
}

} // namespace

DocumentContentCache::DocumentContentCache(las::Client *client, const QString &directory, qint64 maxBytes,
                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(QDir::cleanPath(directory))
    , m_maxBytes(qMax<qint64>(0, maxBytes))
{
    m_pool.setMaxThreadCount(1); // writes one at a time, in order
    QDir().mkpath(m_directory);
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    loadIndex();
}

DocumentContentCache::~DocumentContentCache()
{
    m_pool.waitForDone();
    for (const QPointer<las::Reply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->cancel();
    }
}

void DocumentContentCache::setClient(las::Client *client)
{
    m_client = client;
}

void DocumentContentCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = qMax<qint64>(0, maxBytes);
    evict({});
    saveIndex();
}

QString DocumentContentCache::cachedPath(const QString &documentId) const
{
    const auto it = m_entries.constFind(documentId);
    return it == m_entries.constEnd() ? QString() : m_directory + u'/' + it->fileName;
}

QStringList DocumentContentCache::cachedDocumentIds() const
{
    QStringList ids = m_entries.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_entries.value(a).lastUsed < m_entries.value(b).lastUsed;
    });
    return ids;
}

void DocumentContentCache::fetch(const QString &documentId)
{
    if (m_entries.contains(documentId)) {
        const QString path = cachedPath(documentId);
        if (QFile::exists(path)) {
            touch(documentId);
            saveIndex();
            const QString contentType = m_entries.value(documentId).contentType;
            QTimer::singleShot(0, this, [this, documentId, path, contentType] {
                Q_EMIT ready(documentId, path, contentType);
            });
            return;
        }
        remove(documentId); // deleted behind our back: fetch again
    }
    if (m_inFlight.contains(documentId))
        return; // the running fetch answers for both
    if (!m_client) {
        QTimer::singleShot(0, this, [this, documentId] {
            fail(documentId, las::Error(las::Error::Kind::Network, u"not signed in"_s),
                 tr("This document is not available offline. Sign in to open it."));
        });
        return;
    }
    las::Reply *reply = m_client->getDocument(documentId);
    m_inFlight.insert(documentId, reply);
    connect(reply, &las::Reply::finished, this, [this, documentId, reply] { onFetched(documentId, reply); });
}

void DocumentContentCache::onFetched(const QString &documentId, las::Reply *reply)
{
    const las::Error error = reply->error();
    Q_EMIT downloaded(documentId,
                      error.isError() ? las::LasDocument()
                                      : static_cast<las::ResultReply<las::LasDocument> *>(reply)->result(),
                      error);
    if (error.isError()) {
        m_inFlight.remove(documentId);
        QString message;
        switch (error.kind()) {
        case las::Error::Kind::NotFound:
            message = tr("The document no longer exists on the server.");
            break;
        case las::Error::Kind::Network:
        case las::Error::Kind::Timeout:
            message = tr("The document could not be downloaded: the server cannot be reached. It will open "
                         "offline once it has been opened online.");
            break;
        case las::Error::Kind::Auth:
            message = tr("The document could not be downloaded: sign in again.");
            break;
        case las::Error::Kind::Cancelled:
            return; // someone gave up on it; no message
        default:
            message = tr("The document could not be downloaded: %1").arg(error.message());
            break;
        }
        fail(documentId, error, message);
        return;
    }
    const las::LasDocument &document = static_cast<las::ResultReply<las::LasDocument> *>(reply)->result();
    if (!document.hasContent || document.content.isEmpty()) {
        m_inFlight.remove(documentId);
        fail(documentId, las::Error::invalidResponse(u"no content"_s),
             tr("The server sent no content for this document."));
        return;
    }
    // The bytes decide, not the label: the viewer sniffs again anyway, this names the file sensibly.
    const std::optional<las::ContentType> sniffed = las::ContentTypes::sniff(document.content.left(8));
    const QString contentType = sniffed ? las::ContentTypes::name(*sniffed) : document.contentType;
    m_inFlight.insert(documentId, nullptr); // still busy until written
    store(documentId, document.content, contentType);
}

void DocumentContentCache::store(const QString &documentId, const QByteArray &content,
                                 const QString &contentType)
{
    const QString fileName = fileNameFor(documentId, contentType);
    const QString path = m_directory + u'/' + fileName;
    const qint64 size = content.size();
    runOffThread(
        &m_pool, this, [path, content] { return writeFile(path, content); },
        [this, documentId, fileName, path, size, contentType](const QString &writeError) {
            m_inFlight.remove(documentId);
            if (!writeError.isEmpty()) {
                fail(documentId, las::Error(),
                     tr("The document could not be saved in the cache folder %1: %2.")
                         .arg(QDir::toNativeSeparators(m_directory), writeError));
                return;
            }
            if (const auto old = m_entries.constFind(documentId); old != m_entries.constEnd()) {
                m_usedBytes -= old->size;
                if (old->fileName != fileName)
                    QFile::remove(m_directory + u'/' + old->fileName);
            }
            m_entries.insert(documentId, Entry{fileName, contentType, size, 0});
            m_usedBytes += size;
            touch(documentId);
            evict(documentId);
            saveIndex();
            Q_EMIT ready(documentId, path, contentType);
        });
}

QString DocumentContentCache::fileNameFor(const QString &documentId, const QString &contentType)
{
    const QByteArray hash = QCryptographicHash::hash(documentId.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString suffix = contentType == u"application/pdf"_s ? u".pdf"_s
                           : contentType == u"image/jpeg"_s    ? u".jpg"_s
                                                               : u".bin"_s;
    return QString::fromLatin1(hash.left(40)) + suffix;
}

void DocumentContentCache::touch(const QString &documentId)
{
    auto it = m_entries.find(documentId);
    if (it != m_entries.end())
        it->lastUsed = ++m_sequence;
}

void DocumentContentCache::evict(const QString &keep)
{
    while (m_usedBytes > m_maxBytes) {
        QString oldest;
        qint64 oldestUse = std::numeric_limits<qint64>::max();
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (it.key() != keep && it->lastUsed < oldestUse) {
                oldest = it.key();
                oldestUse = it->lastUsed;
            }
        }
        if (oldest.isEmpty())
            return;
        const Entry entry = m_entries.take(oldest);
        QFile::remove(m_directory + u'/' + entry.fileName);
        m_usedBytes -= entry.size;
    }
}

void DocumentContentCache::remove(const QString &documentId)
{
    const auto it = m_entries.constFind(documentId);
    if (it == m_entries.constEnd())
        return;
    QFile::remove(m_directory + u'/' + it->fileName);
    m_usedBytes -= it->size;
    m_entries.erase(it);
    saveIndex();
}

void DocumentContentCache::clear()
{
    for (const Entry &entry : std::as_const(m_entries))
        QFile::remove(m_directory + u'/' + entry.fileName);
    m_entries.clear();
    m_usedBytes = 0;
    saveIndex();
}

void DocumentContentCache::fail(const QString &documentId, const las::Error &error, const QString &message)
{
    Q_EMIT failed(documentId, error, message);
}

void DocumentContentCache::loadIndex()
{
    QFile file(indexPath(m_directory));
    QJsonArray array;
    if (file.open(QIODevice::ReadOnly) && file.size() <= MaxIndexBytes)
        array = QJsonDocument::fromJson(file.readAll()).object().value(u"documents"_s).toArray();
    for (const QJsonValue &value : std::as_const(array)) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(u"id"_s).toString();
        Entry entry{o.value(u"file"_s).toString(), o.value(u"contentType"_s).toString(),
                    qint64(o.value(u"size"_s).toDouble()), qint64(o.value(u"lastUsed"_s).toDouble())};
        // Only names this cache makes (no path separators) are trusted, and only with the size on disk.
        const QFileInfo info(m_directory + u'/' + entry.fileName);
        if (id.isEmpty() || entry.fileName.isEmpty() || entry.fileName.contains(u'/') ||
            entry.fileName != fileNameFor(id, entry.contentType) || !info.isFile() ||
            info.size() != entry.size)
            continue;
        m_entries.insert(id, entry);
        m_usedBytes += entry.size;
        m_sequence = qMax(m_sequence, entry.lastUsed);
    }
    // Leftovers of a crash (a file written, the index not yet) or of dropped entries.
    QSet<QString> known;
    for (const Entry &entry : std::as_const(m_entries))
        known.insert(entry.fileName);
    const QStringList files = QDir(m_directory).entryList(QDir::Files);
    for (const QString &name : files) {
        if (name != u"index.json"_s && !known.contains(name))
            QFile::remove(m_directory + u'/' + name);
    }
    evict({});
}

void DocumentContentCache::saveIndex()
{
    QJsonArray array;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        array.append(QJsonObject{{u"id"_s, it.key()},
                                 {u"file"_s, it->fileName},
                                 {u"contentType"_s, it->contentType},
                                 {u"size"_s, double(it->size)},
                                 {u"lastUsed"_s, double(it->lastUsed)}});
    }
    QSaveFile file(indexPath(m_directory));
    if (!file.open(QIODevice::WriteOnly))
        return; // the files are still there; the next save tries again
    file.setPermissions(OwnerOnly);
    file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"documents"_s, array}})
                   .toJson(QJsonDocument::Compact));
    file.commit();
}
