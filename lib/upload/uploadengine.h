#pragma once

#include "core/error.h"
#include "upload/uploaditem.h"
#include "upload/uploadoptions.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <deque>
#include <memory>

namespace las {

class Client;
class Reply;
class UploadJournal;
class UploadVerifier;

// The bulk upload engine shared by las-review and `lasctl documents create`.
//
// Everything goes through the journal (UploadJournal, not owned, must outlive the engine): a file is
// journaled before anything happens to it, every state change is committed, the document id is committed
// with Done. Rows left unfinished by an earlier process (crash, kill -9, quit) come back with start().
//
// Behaviour:
// - Bounded concurrency (setConcurrency, default 4): at most N requests of this engine in flight — uploads,
//   verifications and predictions together. Bodies are streamed from the files (bounded memory: a few
//   chunks per request, whatever the number or size of the files).
// - File checks and SHA-256 run on the engine's own thread pool, never on the calling thread; a thousand
//   added files do not block the caller. Rejected files (not PDF/JPEG by their bytes, empty, unreadable,
//   over UploadFileCheck::MaxFileBytes) end Rejected with the reason; nothing else happens to them.
// - Same content (SHA-256) already uploaded with this profile → Skipped with existingDocumentId; already in
//   the queue → Skipped with existingItemId. UploadOptions::force or forceUpload() sends it anyway.
// - Retries follow the client's RetryPolicy (the Transport's): transient failures of the upload are retried
//   there; a create that may have reached the server is never re-sent blind. When the outcome of an upload
//   is unknown (answer lost, connection dropped after the body, or the row was Uploading when the process
//   died), the row goes Verifying: the server's documents added since the row was sent (same content type,
//   batch and consent, not known to the journal) are fetched and compared by SHA-256. Found once → Done with
//   that id (recovered). Found more than once → Done, possibleDuplicateIds lists them all. Not found → sent
//   again. When the check itself fails, the file is sent again and the row is flagged possible duplicate
//   with the ids involved.
// - Circuit breaker (reliability.md): after MaxConsecutiveServerErrors server errors in a row the engine
//   pauses itself (paused(reason)); the rows stay Waiting; resume() goes on.
// - One shared token: every request goes through the one Client/Transport (single-flight token refresh).
// - Prediction (UploadOptions::modelId): Predicting right after Done-by-upload, in a slot like an upload;
//   the result (or error) is written to the row, and the row ends Done either way.
//
// Signals are emitted on the thread the engine lives in; itemsAdded/itemChanged may also come from inside
// addPaths/cancel/retry/forceUpload (the caller sees the change at once). The drop, progress and totals
// signals always come later, from the event loop (totalsChanged is coalesced).
class UploadEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultConcurrency = 4;
    static constexpr int MaxConsecutiveServerErrors = 5;

    // `profile` names the account the journal rows belong to; empty: derived from the client's credentials
    // (API endpoint + client id). Neither client nor journal is owned.
    UploadEngine(Client *client, UploadJournal *journal, const QString &profile = {},
                 QObject *parent = nullptr);
    ~UploadEngine() override;

    QString profile() const { return m_profile; }
    void setConcurrency(int n); // 1..64, default 4; applies from the next free slot
    int concurrency() const { return m_concurrency; }

    // Loads the profile's rows from the journal (finished ones too when includeFinished, so they show) and
    // resumes the unfinished: Checking → checked again; Uploading → Verifying; Verifying → Verifying;
    // Predicting → predicted again; Waiting → sent. Call once, before addPaths. Does nothing the second time.
    void start(bool includeFinished = true);

    // Adds files (directories are walked recursively, in name order, hidden files included; symlinks to
    // files followed) with the drop's options. Journals them at once (state Checking) and returns the new
    // row ids; the drop id is in each row. Paths are made absolute. Returns an empty list and emits
    // journalError() when the journal cannot be written (then nothing is queued).
    QList<qint64> addPaths(const QStringList &paths, const UploadOptions &options = {});

    // Pause: no new request starts (requests in flight finish). resume() clears a pause, the user's or the
    // circuit breaker's.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    QString pauseReason() const { return m_pauseReason; } // empty for a user pause

    // Pause single rows: nothing new starts for them (a request in flight finishes; the file check, which is
    // local, still runs) until resumeItems(). Journaled: held rows stay held after a restart. Cancel, retry
    // and force work on held rows too (retry and force release them).
    void pauseItems(const QList<qint64> &ids);
    void resumeItems(const QList<qint64> &ids);

    // Cancel rows that are not finished: Checking/Waiting → Cancelled at once; Uploading → the request is
    // aborted, and if bytes had left, the row is verified first (it ends Done if the server has it).
    // Verifying/Predicting rows finish their check/prediction (their document exists already or may).
    void cancel(const QList<qint64> &ids);
    void cancelAll();
    // Failed and Cancelled rows back to Waiting (retryFailed: all Failed ones).
    void retry(const QList<qint64> &ids);
    void retryFailed();
    // Skipped rows: send anyway (the journal records force; the row becomes Waiting).
    void forceUpload(const QList<qint64> &ids);
    // Removes finished rows (Done, Skipped, Rejected, Failed, Cancelled) from the engine and the journal.
    void clearFinished();

    std::optional<UploadItem> item(qint64 id) const;
    QList<UploadItem> items() const; // in row id order
    UploadTotals totals() const;
    // No row is Checking, Waiting or active.
    bool isIdle() const;

Q_SIGNALS:
    void itemsAdded(const QList<qint64> &ids);
    void itemChanged(const las::UploadItem &item); // any state or field change
    void itemsRemoved(const QList<qint64> &ids);   // clearFinished
    // Byte progress of the request in flight for one row (throttled to whole chunks).
    void itemProgress(qint64 id, qint64 bytesSent, qint64 bytesTotal);
    void totalsChanged(const las::UploadTotals &totals);
    // Paused by pause() (reason empty) or by the circuit breaker (reason says why).
    void paused(const QString &reason);
    void resumed();
    // A retry of one row's request is scheduled (reliability: tell the UI "retrying in N s").
    void retrying(qint64 id, int delayMs, const QString &reason);
    // Every row of a drop is finished (emitted once per drop per time it becomes finished).
    void dropFinished(qint64 dropId, const las::UploadTotals &totals);
    // Everything known is finished (or paused with nothing in flight).
    void idle();
    // The journal could not be written: the engine pauses (nothing is sent without a journal).
    void journalError(const QString &message);

private:
    enum class Need { Check, Send, Verify, Predict };
    void schedule(qint64 id, Need need);
    void schedulePump();
    void pump();
    void startCheck(qint64 id);
    void onChecked(qint64 id, const QString &sha256, qint64 size, const QString &contentType,
                   const QString &error);
    void startUpload(qint64 id);
    void onUploadDone(qint64 id, Reply *reply);
    void startVerify(qint64 id);
    void onVerified(qint64 id, const QStringList &foundIds, bool checked, const QString &error);
    void startPrediction(qint64 id);
    void onPredictionDone(qint64 id, Reply *reply);
    void noteServerOutcome(const Error &error);
    void pauseBecause(const QString &reason);
    bool journalOk(bool ok);
    const UploadOptions &optionsOf(qint64 dropId);
    int activeCount() const { return int(m_replies.size() + m_verifiers.size()); }
    void scheduleTotals();
    void emitTotals();

    Client *m_client;
    UploadJournal *m_journal;
    QString m_profile;
    int m_concurrency = DefaultConcurrency;
    bool m_started = false;
    bool m_paused = false;
    bool m_journalBroken = false;
    bool m_pumpQueued = false;
    bool m_totalsQueued = false;
    bool m_idleReported = true;
    QString m_pauseReason;
    int m_consecutiveServerErrors = 0;
    QMap<qint64, UploadItem> m_items;           // row id → snapshot
    QHash<qint64, UploadOptions> m_dropOptions; // cache of the journal's drops
    QHash<qint64, QPointer<Reply>> m_replies;   // rows with an upload or prediction in flight
    QHash<qint64, QPointer<UploadVerifier>> m_verifiers;
    QHash<qint64, int> m_failedChecks; // verifications that could not complete, per row
    QSet<qint64> m_resendUnchecked;    // re-sent although an earlier outcome could not be checked
    QSet<qint64> m_cancelRequested;    // cancel() of a row whose request/verification is running
    QSet<qint64> m_checking;           // check/hash job running
    QSet<qint64> m_openDrops;          // drops with unfinished rows (dropFinished pending)
    std::deque<qint64> m_toCheck, m_toSend, m_toVerify, m_toPredict;
    QThreadPool m_pool;
};

} // namespace las
