#pragma once

#include "upload/uploaditem.h"
#include "upload/uploadoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace las {

// The durable record of an upload queue: one SQLite file in WAL mode, one row per file, one row per drop (its
// UploadOptions). The app keeps one in
// its data folder, lasctl its own (--journal). Rows belong to a profile (the account: API endpoint + client
// id) so "same content already uploaded" only looks at uploads with the same credentials.
//
// Rules the engine relies on (reliability.md, "Work that must not be lost"):
// - a file gets its row (state Checking) before anything else happens to it; a row is never deleted except
//   by removeItems() (the user's "clear finished");
// - every state change is one transaction; markDone() writes the document id in the same transaction;
// - markUploading() is committed before the first byte of an attempt is sent, so a row found Uploading at
//   start is the "in flight when the process died" case the engine verifies.
//
// Durability (what survives what):
// - Every committed transaction survives the process dying at any moment (crash, kill -9, quit): WAL with
//   synchronous=NORMAL hands each commit to the OS before the call returns.
// - Power loss / OS crash: addDrop (its row is written with the first addItems), addItems, markUploading,
//   markCancelled, markWaiting and removeItems commit with synchronous=FULL (fsync), and an fsync of the WAL
//   makes every earlier commit durable too. So before a byte of an upload is sent, the file's row and its
//   "uploading, in doubt" mark are on disk. The other changes (checked, skipped, rejected, verifying, done,
//   predicted, failed) may roll back to the last fsync: such a row comes back Checking (checked again) or
//   Uploading (verified against the server by content before it is ever sent again, like any row in
//   flight when the process died), never lost and never silently sent twice. One fsync per file instead of
//   four (measured ~3 ms each here, on the engine's thread, which also feeds Qt the request bodies).
// Use from one thread only (the engine's). Methods return false / nullopt with error() set on SQL failure.
class UploadJournal
{
    Q_DECLARE_TR_FUNCTIONS(UploadJournal)
public:
    UploadJournal();
    ~UploadJournal();
    UploadJournal(const UploadJournal &) = delete;
    UploadJournal &operator=(const UploadJournal &) = delete;

    // Opens (creating parent folders, the file and the schema as needed). False with error() on failure
    // (unwritable folder, not a journal, newer schema).
    bool open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString error() const { return m_error; }

    // A drop: the options its files share. Returns its id.
    std::optional<qint64> addDrop(const QString &profile, const UploadOptions &options);
    std::optional<UploadOptions> dropOptions(qint64 dropId) const;
    // New rows in state Checking, one transaction for all. Returns their ids in the order of `paths`.
    std::optional<QList<qint64>> addItems(const QString &profile, qint64 dropId, const QStringList &paths);

    // State changes: each one transaction.
    bool markChecked(qint64 id, qint64 size, const QString &sha256, const QString &contentType); // → Waiting
    bool markRejected(qint64 id, qint64 size, const QString &reason);
    bool markSkipped(qint64 id, const QString &existingDocumentId, qint64 existingItemId);
    bool markUploading(qint64 id); // attempts + 1, sent_at = now, in doubt until markUploaded
    bool markVerifying(qint64 id);
    // Done (or Predicting when the drop has a model): document id, duplicates and recovered flag together.
    bool markUploaded(qint64 id, const QString &documentId, const QStringList &possibleDuplicateIds,
                      bool recovered, bool predictionPending);
    bool markPredicted(qint64 id, const QJsonValue &prediction, const QString &predictionError); // → Done
    // inDoubt: an attempt may have reached the server; the row is verified before it is ever sent again.
    // `failure` (kind and HTTP status) is kept so that the row can be explained after a restart.
    bool markFailed(qint64 id, const QString &reason, bool inDoubt, const Error &failure = {});
    bool markCancelled(qint64 id, bool inDoubt);
    bool markWaiting(qint64 id, bool force);            // retry / force re-upload (clears held)
    bool markHeld(const QList<qint64> &ids, bool held); // paused by the user one by one
    bool removeItems(const QList<qint64> &ids);

    std::optional<UploadItem> item(qint64 id) const;
    // Every row of the profile, oldest first (cleared rows are gone).
    QList<UploadItem> items(const QString &profile) const;
    // "Same content" means same SHA-256 in the same batch and consent (a document belongs to its consent:
    // the same file for another consent is another document).
    // The document that already holds this content for this profile (a Done row), if any.
    std::optional<QString> uploadedDocumentFor(const QString &profile, const QString &sha256,
                                               const QString &batchId, const QString &consentId) const;
    // An unfinished row (not `exceptId`) with the same content, if any.
    std::optional<qint64> queuedItemFor(const QString &profile, const QString &sha256, const QString &batchId,
                                        const QString &consentId, qint64 exceptId) const;
    // The earliest send time of a row (not `exceptId`) with the same content whose attempt may have reached
    // the server (cancelled or failed in doubt): a new row with that content is verified before it is sent.
    std::optional<qint64> inDoubtSentAtFor(const QString &profile, const QString &sha256,
                                           const QString &batchId, const QString &consentId,
                                           qint64 exceptId) const;
    // Whether some row of this profile records this document id (as its upload or a possible duplicate).
    bool knowsDocument(const QString &profile, const QString &documentId) const;
    // The time markUploading() stamped (ms since the epoch), 0 if never sent.
    qint64 sentAtMs(qint64 id) const;

private:
    bool exec(const QString &sql, const QVariantList &values);
    enum class Durability { ProcessCrash, PowerLoss };
    bool transaction(const std::function<bool()> &body, Durability durability = Durability::ProcessCrash);

    QString m_path;
    QString m_connection;
    mutable QString m_error;
};

} // namespace las
