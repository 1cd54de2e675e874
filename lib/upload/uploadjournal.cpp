#include "upload/uploadjournal.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace las {

namespace {

// 2: items.held (rows the user paused one by one), items.failure_kind and failure_status (why a row failed,
// so the app can explain it after a restart). Journals of version 1 gain the columns when opened.
constexpr int kJournalSchemaVersion = 2;

const char *const kJournalSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS drops(id INTEGER PRIMARY KEY, profile TEXT NOT NULL, options TEXT NOT NULL, "
    "created_ms INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS items(id INTEGER PRIMARY KEY, profile TEXT NOT NULL, drop_id INTEGER NOT "
    "NULL, "
    "path TEXT NOT NULL, size INTEGER NOT NULL DEFAULT -1, sha256 TEXT NOT NULL DEFAULT '', "
    "content_type TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, error TEXT NOT NULL DEFAULT '', "
    "document_id TEXT NOT NULL DEFAULT '', existing_document_id TEXT NOT NULL DEFAULT '', "
    "existing_item_id INTEGER NOT NULL DEFAULT 0, possible_duplicates TEXT NOT NULL DEFAULT '', "
    "recovered INTEGER NOT NULL DEFAULT 0, prediction TEXT NOT NULL DEFAULT '', "
    "prediction_error TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, "
    "force INTEGER NOT NULL DEFAULT 0, sent_ms INTEGER NOT NULL DEFAULT 0, added_ms INTEGER NOT NULL, "
    "finished_ms INTEGER NOT NULL DEFAULT 0, batch_id TEXT NOT NULL DEFAULT '', "
    "consent_id TEXT NOT NULL DEFAULT '', in_doubt INTEGER NOT NULL DEFAULT 0, "
    "held INTEGER NOT NULL DEFAULT 0, failure_kind TEXT NOT NULL DEFAULT '', "
    "failure_status INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS items_by_sha ON items(profile, sha256)",
    "CREATE INDEX IF NOT EXISTS items_by_document ON items(profile, document_id)",
};

const QString kJournalItemColumns =
    u"id, drop_id, path, size, sha256, content_type, state, error, document_id, "
    "existing_document_id, existing_item_id, possible_duplicates, recovered, "
    "prediction, prediction_error, attempts, added_ms, finished_ms, force, in_doubt, batch_id, consent_id, "
    "held, "
    "failure_kind, failure_status"_s;

// Columns are NOT NULL: a null QString binds as NULL, so bind an empty one instead.
QVariant journalBindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(u""_s));
    return value;
}

qint64 journalNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject journalOptionsToJson(const UploadOptions &options)
{
    QJsonObject o;
    if (!options.batchId.isEmpty())
        o.insert(u"batchId"_s, options.batchId);
    if (!options.consentId.isEmpty())
        o.insert(u"consentId"_s, options.consentId);
    if (!options.modelId.isEmpty())
        o.insert(u"modelId"_s, options.modelId);
    if (options.forcedContentType)
        o.insert(u"contentType"_s, ContentTypes::name(*options.forcedContentType));
    if (options.force)
        o.insert(u"force"_s, true);
    if (options.groundTruth) {
        QJsonArray items;
        for (const GroundTruth &item : *options.groundTruth)
            items.append(item.toJson());
        o.insert(u"groundTruth"_s, items);
    }
    return o;
}

UploadOptions journalOptionsFromJson(const QJsonObject &o)
{
    UploadOptions options;
    options.batchId = o.value(u"batchId"_s).toString();
    options.consentId = o.value(u"consentId"_s).toString();
    options.modelId = o.value(u"modelId"_s).toString();
    if (o.contains(u"contentType"_s))
        options.forcedContentType = ContentTypes::fromName(o.value(u"contentType"_s).toString());
    options.force = o.value(u"force"_s).toBool();
    if (o.contains(u"groundTruth"_s)) {
        QList<GroundTruth> items;
        for (const QJsonValue &value : o.value(u"groundTruth"_s).toArray()) {
            QString ignored;
            if (auto item = GroundTruth::fromJson(value, &ignored))
                items.append(*item);
        }
        options.groundTruth = items;
    }
    return options;
}

UploadItem journalItemFromQuery(const QSqlQuery &q)
{
    UploadItem item;
    item.id = q.value(0).toLongLong();
    item.dropId = q.value(1).toLongLong();
    item.path = q.value(2).toString();
    item.fileName = QFileInfo(item.path).fileName();
    item.size = q.value(3).toLongLong();
    item.sha256 = q.value(4).toString();
    item.contentType = q.value(5).toString();
    uploadStateFromName(q.value(6).toString(), &item.state);
    item.error = q.value(7).toString();
    item.documentId = q.value(8).toString();
    item.existingDocumentId = q.value(9).toString();
    item.existingItemId = q.value(10).toLongLong();
    const QString duplicates = q.value(11).toString();
    item.possibleDuplicateIds = duplicates.split(u' ', Qt::SkipEmptyParts);
    item.recovered = q.value(12).toBool();
    const QString prediction = q.value(13).toString();
    if (!prediction.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(prediction.toUtf8());
        item.prediction = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    item.predictionError = q.value(14).toString();
    item.attempts = q.value(15).toInt();
    item.addedAt = QDateTime::fromMSecsSinceEpoch(q.value(16).toLongLong());
    const qint64 finished = q.value(17).toLongLong();
    if (finished > 0)
        item.finishedAt = QDateTime::fromMSecsSinceEpoch(finished);
    item.force = q.value(18).toBool();
    item.inDoubt = q.value(19).toBool();
    item.batchId = q.value(20).toString();
    item.consentId = q.value(21).toString();
    item.held = q.value(22).toBool();
    const QString kindName = q.value(23).toString();
    if (!kindName.isEmpty() && item.state == UploadState::Failed) {
        for (int k = int(Error::Kind::None); k <= int(Error::Kind::KeychainUnavailable); ++k) {
            if (Error::kindName(Error::Kind(k)) == kindName) {
                item.failure = Error(Error::Kind(k), item.error, q.value(24).toInt());
                break;
            }
        }
    }
    return item;
}

} // namespace

UploadJournal::UploadJournal()
    : m_connection(u"las-upload-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

UploadJournal::~UploadJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

bool UploadJournal::open(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = tr("cannot create the folder of the upload journal %1").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!db.isValid()) {
        m_error = tr("the SQLite driver of Qt is not available, so the upload journal cannot be kept");
        return false;
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = tr("cannot open the upload journal %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // WAL + synchronous=NORMAL by default; transactions that must survive a power loss switch to FULL (see
    // the header and transaction()).
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s}) {
        if (!q.exec(pragma)) {
            m_error = tr("cannot open the upload journal %1: %2").arg(m_path, q.lastError().text());
            db.close();
            return false;
        }
    }
    for (const char *statement : kJournalSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            m_error = tr("%1 is not an upload journal: %2").arg(m_path, q.lastError().text());
            db.close();
            return false;
        }
    }
    if (q.exec(u"SELECT value FROM meta WHERE key = 'schema'"_s) && q.next()) {
        const int version = q.value(0).toInt();
        if (version > kJournalSchemaVersion) {
            m_error = tr("the upload journal %1 was written by a newer version").arg(m_path);
            db.close();
            return false;
        }
        if (version < 2 &&
            (!q.exec(u"ALTER TABLE items ADD COLUMN held INTEGER NOT NULL DEFAULT 0"_s) ||
             !q.exec(u"ALTER TABLE items ADD COLUMN failure_kind TEXT NOT NULL DEFAULT ''"_s) ||
             !q.exec(u"ALTER TABLE items ADD COLUMN failure_status INTEGER NOT NULL DEFAULT 0"_s) ||
             !q.exec(u"UPDATE meta SET value = '%1' WHERE key = 'schema'"_s.arg(kJournalSchemaVersion)))) {
            m_error = tr("cannot write the upload journal %1: %2").arg(m_path, q.lastError().text());
            db.close();
            return false;
        }
    } else if (!q.exec(u"INSERT OR REPLACE INTO meta(key, value) VALUES('schema', '%1')"_s.arg(
                   kJournalSchemaVersion))) {
        m_error = tr("cannot write the upload journal %1: %2").arg(m_path, q.lastError().text());
        db.close();
        return false;
    }
    return true;
}

bool UploadJournal::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool UploadJournal::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        q.addBindValue(journalBindable(value));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool UploadJournal::transaction(const std::function<bool()> &body, Durability durability)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // In WAL mode synchronous=NORMAL writes a commit to the WAL file without fsync: it survives the process
    // dying (kill -9, crash: the OS has the bytes), not a power loss. FULL fsyncs the WAL at this commit,
    // which makes it and every earlier commit (the WAL is written in order) survive a power loss too.
    const bool full = durability == Durability::PowerLoss;
    if (full && !exec(u"PRAGMA synchronous=FULL"_s, {}))
        return false;
    auto restore = qScopeGuard([&] {
        if (full)
            exec(u"PRAGMA synchronous=NORMAL"_s, {});
    });
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    if (!body()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

std::optional<qint64> UploadJournal::addDrop(const QString &profile, const UploadOptions &options)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO drops(profile, options, created_ms) VALUES(?, ?, ?)"_s);
    q.addBindValue(profile);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(journalOptionsToJson(options)).toJson(QJsonDocument::Compact)));
    q.addBindValue(journalNowMs());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<UploadOptions> UploadJournal::dropOptions(qint64 dropId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT options FROM drops WHERE id = ?"_s);
    q.addBindValue(dropId);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return journalOptionsFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

std::optional<QList<qint64>> UploadJournal::addItems(const QString &profile, qint64 dropId,
                                                     const QStringList &paths)
{
    const std::optional<UploadOptions> options = dropOptions(dropId);
    if (!options)
        return std::nullopt;
    QList<qint64> ids;
    const qint64 now = journalNowMs();
    const bool ok = transaction(
        [&] {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            if (!q.prepare(
                    u"INSERT INTO items(profile, drop_id, path, state, added_ms, batch_id, consent_id) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?)"_s))
                return false;
            for (const QString &path : paths) {
                q.addBindValue(profile);
                q.addBindValue(dropId);
                q.addBindValue(path);
                q.addBindValue(uploadStateName(UploadState::Checking));
                q.addBindValue(now);
                q.addBindValue(journalBindable(options->batchId));
                q.addBindValue(journalBindable(options->consentId));
                if (!q.exec()) {
                    m_error = q.lastError().text();
                    return false;
                }
                ids.append(q.lastInsertId().toLongLong());
            }
            return true;
        },
        Durability::PowerLoss);
    if (!ok)
        return std::nullopt;
    return ids;
}

bool UploadJournal::markChecked(qint64 id, qint64 size, const QString &sha256, const QString &contentType)
{
    return transaction([&] {
        return exec(u"UPDATE items SET state = ?, size = ?, sha256 = ?, content_type = ?, error = '' "
                    "WHERE id = ?"_s,
                    {uploadStateName(UploadState::Waiting), size, sha256, contentType, id});
    });
}

bool UploadJournal::markRejected(qint64 id, qint64 size, const QString &reason)
{
    return transaction([&] {
        return exec(u"UPDATE items SET state = ?, size = ?, error = ?, finished_ms = ? WHERE id = ?"_s,
                    {uploadStateName(UploadState::Rejected), size, reason, journalNowMs(), id});
    });
}

bool UploadJournal::markSkipped(qint64 id, const QString &existingDocumentId, qint64 existingItemId)
{
    return transaction([&] {
        return exec(
            u"UPDATE items SET state = ?, existing_document_id = ?, existing_item_id = ?, "
            "finished_ms = ? WHERE id = ?"_s,
            {uploadStateName(UploadState::Skipped), existingDocumentId, existingItemId, journalNowMs(), id});
    });
}

bool UploadJournal::markUploading(qint64 id)
{
    return transaction(
        [&] {
            return exec(
                u"UPDATE items SET state = ?, attempts = attempts + 1, sent_ms = ?, error = '', in_doubt = 1 "
                "WHERE id = ?"_s,
                {uploadStateName(UploadState::Uploading), journalNowMs(), id});
        },
        Durability::PowerLoss);
}

bool UploadJournal::markVerifying(qint64 id)
{
    return transaction([&] {
        return exec(u"UPDATE items SET state = ? WHERE id = ?"_s,
                    {uploadStateName(UploadState::Verifying), id});
    });
}

bool UploadJournal::markUploaded(qint64 id, const QString &documentId,
                                 const QStringList &possibleDuplicateIds, bool recovered,
                                 bool predictionPending)
{
    const UploadState state = predictionPending ? UploadState::Predicting : UploadState::Done;
    return transaction([&] {
        return exec(u"UPDATE items SET state = ?, document_id = ?, possible_duplicates = ?, recovered = ?, "
                    "error = '', in_doubt = 0, finished_ms = ? WHERE id = ?"_s,
                    {uploadStateName(state), documentId, possibleDuplicateIds.join(u' '), recovered ? 1 : 0,
                     predictionPending ? 0 : journalNowMs(), id});
    });
}

bool UploadJournal::markPredicted(qint64 id, const QJsonValue &prediction, const QString &predictionError)
{
    QString json;
    if (prediction.isObject())
        json = QString::fromUtf8(QJsonDocument(prediction.toObject()).toJson(QJsonDocument::Compact));
    else if (prediction.isArray())
        json = QString::fromUtf8(QJsonDocument(prediction.toArray()).toJson(QJsonDocument::Compact));
    return transaction([&] {
        return exec(u"UPDATE items SET state = ?, prediction = ?, prediction_error = ?, finished_ms = ? "
                    "WHERE id = ?"_s,
                    {uploadStateName(UploadState::Done), json, predictionError, journalNowMs(), id});
    });
}

bool UploadJournal::markFailed(qint64 id, const QString &reason, bool inDoubt, const Error &failure)
{
    return transaction([&] {
        return exec(
            u"UPDATE items SET state = ?, error = ?, in_doubt = ?, finished_ms = ?, failure_kind = ?, "
            "failure_status = ? WHERE id = ?"_s,
            {uploadStateName(UploadState::Failed), reason, inDoubt ? 1 : 0, journalNowMs(),
             failure.isError() ? Error::kindName(failure.kind()) : QString(), failure.httpStatus(), id});
    });
}

bool UploadJournal::markCancelled(qint64 id, bool inDoubt)
{
    return transaction(
        [&] {
            return exec(u"UPDATE items SET state = ?, in_doubt = ?, finished_ms = ? WHERE id = ?"_s,
                        {uploadStateName(UploadState::Cancelled), inDoubt ? 1 : 0, journalNowMs(), id});
        },
        Durability::PowerLoss);
}

std::optional<qint64> UploadJournal::inDoubtSentAtFor(const QString &profile, const QString &sha256,
                                                      const QString &batchId, const QString &consentId,
                                                      qint64 exceptId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT MIN(sent_ms) FROM items WHERE profile = ? AND sha256 = ? AND batch_id = ? AND "
              "consent_id = ? AND id != ? AND in_doubt = 1"_s);
    q.addBindValue(profile);
    q.addBindValue(sha256);
    q.addBindValue(journalBindable(batchId));
    q.addBindValue(journalBindable(consentId));
    q.addBindValue(exceptId);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool UploadJournal::markWaiting(qint64 id, bool force)
{
    return transaction(
        [&] {
            return exec(
                u"UPDATE items SET state = ?, error = '', existing_document_id = '', existing_item_id = 0, "
                "finished_ms = 0, force = MAX(force, ?), held = 0 WHERE id = ?"_s,
                {uploadStateName(UploadState::Waiting), force ? 1 : 0, id});
        },
        Durability::PowerLoss);
}

bool UploadJournal::markHeld(const QList<qint64> &ids, bool held)
{
    return transaction(
        [&] {
            for (qint64 id : ids) {
                if (!exec(u"UPDATE items SET held = ? WHERE id = ?"_s, {held ? 1 : 0, id}))
                    return false;
            }
            return true;
        },
        Durability::ProcessCrash);
}

bool UploadJournal::removeItems(const QList<qint64> &ids)
{
    return transaction(
        [&] {
            for (qint64 id : ids) {
                if (!exec(u"DELETE FROM items WHERE id = ?"_s, {id}))
                    return false;
            }
            return true;
        },
        Durability::PowerLoss);
}

std::optional<UploadItem> UploadJournal::item(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT %1 FROM items WHERE id = ?"_s.arg(kJournalItemColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return journalItemFromQuery(q);
}

QList<UploadItem> UploadJournal::items(const QString &profile) const
{
    QList<UploadItem> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM items WHERE profile = ? ORDER BY id"_s.arg(kJournalItemColumns));
    q.addBindValue(profile);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(journalItemFromQuery(q));
    return result;
}

std::optional<QString> UploadJournal::uploadedDocumentFor(const QString &profile, const QString &sha256,
                                                          const QString &batchId,
                                                          const QString &consentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT document_id FROM items WHERE profile = ? AND sha256 = ? AND batch_id = ? AND "
              "consent_id = ? AND document_id != '' ORDER BY id LIMIT 1"_s);
    q.addBindValue(profile);
    q.addBindValue(sha256);
    q.addBindValue(journalBindable(batchId));
    q.addBindValue(journalBindable(consentId));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

std::optional<qint64> UploadJournal::queuedItemFor(const QString &profile, const QString &sha256,
                                                   const QString &batchId, const QString &consentId,
                                                   qint64 exceptId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        u"SELECT id FROM items WHERE profile = ? AND sha256 = ? AND batch_id = ? AND consent_id = ? AND "
        "id != ? AND state IN ('waiting', 'uploading', 'verifying') ORDER BY id LIMIT 1"_s);
    q.addBindValue(profile);
    q.addBindValue(sha256);
    q.addBindValue(journalBindable(batchId));
    q.addBindValue(journalBindable(consentId));
    q.addBindValue(exceptId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool UploadJournal::knowsDocument(const QString &profile, const QString &documentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT 1 FROM items WHERE profile = ? AND (document_id = ? OR "
              "instr(possible_duplicates, ?) > 0) LIMIT 1"_s);
    q.addBindValue(profile);
    q.addBindValue(documentId);
    q.addBindValue(documentId);
    return q.exec() && q.next();
}

qint64 UploadJournal::sentAtMs(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT sent_ms FROM items WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace las
