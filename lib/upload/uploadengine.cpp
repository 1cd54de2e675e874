#include "upload/uploadengine.h"

#include "api/client.h"
#include "core/reply.h"
#include "core/transport.h"
#include "upload/uploadfilecheck.h"
#include "upload/uploadjournal.h"
#include "upload/uploadverifier.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace las {

namespace {
constexpr int kEngineMaxChecksRunning = 4; // check/hash jobs queued on the pool at once
constexpr int kEngineMaxFailedChecks = 3;  // verifications that may fail before re-sending flagged
constexpr int kEnginePredictionTimeoutMs = 120000;

bool engineIsActive(UploadState state)
{
    return state == UploadState::Uploading || state == UploadState::Verifying ||
           state == UploadState::Predicting;
}
} // namespace

UploadEngine::UploadEngine(Client *client, UploadJournal *journal, const QString &profile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_profile(profile)
{
    if (m_profile.isEmpty() && m_client && m_client->transport()) {
        const Credentials &c = m_client->transport()->credentials();
        m_profile = c.apiEndpoint + u' ' + c.clientId;
    }
    m_pool.setMaxThreadCount(2);
}

UploadEngine::~UploadEngine()
{
    // Requests in flight are abandoned: their rows stay Uploading/Verifying/Predicting in the journal and are
    // resolved by the next start().
    for (const QPointer<Reply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
        }
    }
    for (const QPointer<UploadVerifier> &verifier : std::as_const(m_verifiers)) {
        if (verifier)
            verifier->cancel();
    }
    m_pool.waitForDone(); // checks post their results to this object: let them end first
}

void UploadEngine::setConcurrency(int n)
{
    m_concurrency = qBound(1, n, 64);
    schedulePump();
}

bool UploadEngine::journalOk(bool ok)
{
    if (ok)
        return true;
    if (!m_journalBroken) {
        m_journalBroken = true;
        const QString message =
            tr("The upload journal %1 cannot be written (%2). Uploads are paused: nothing is sent without a "
               "journal.")
                .arg(m_journal->path(), m_journal->error());
        pauseBecause(message);
        Q_EMIT journalError(message);
    }
    return false;
}

void UploadEngine::start(bool includeFinished)
{
    if (m_started)
        return;
    m_started = true;
    const QList<UploadItem> rows = m_journal->items(m_profile);
    for (UploadItem item : rows) {
        if (item.isFinished() && !includeFinished)
            continue;
        if (item.state == UploadState::Uploading) {
            // In flight when the last process stopped: the server may have it. Check before re-sending.
            if (!journalOk(m_journal->markVerifying(item.id)))
                return;
            item.state = UploadState::Verifying;
        }
        m_items.insert(item.id, item);
        switch (item.state) {
        case UploadState::Checking:
            schedule(item.id, Need::Check);
            break;
        case UploadState::Waiting:
            schedule(item.id, item.sha256.isEmpty() ? Need::Check : Need::Send);
            break;
        case UploadState::Verifying:
            schedule(item.id, Need::Verify);
            break;
        case UploadState::Predicting:
            schedule(item.id, Need::Predict);
            break;
        default:
            break;
        }
        if (!item.isFinished())
            m_openDrops.insert(item.dropId);
    }
    if (!m_items.isEmpty())
        Q_EMIT itemsAdded(m_items.keys());
    scheduleTotals();
    schedulePump();
}

QList<qint64> UploadEngine::addPaths(const QStringList &paths, const UploadOptions &options)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else {
            files.append(info.absoluteFilePath());
        }
    }
    if (files.isEmpty())
        return {};
    const std::optional<qint64> drop = m_journal->addDrop(m_profile, options);
    if (!journalOk(drop.has_value()))
        return {};
    m_dropOptions.insert(*drop, options);
    const std::optional<QList<qint64>> ids = m_journal->addItems(m_profile, *drop, files);
    if (!journalOk(ids.has_value()))
        return {};
    const QDateTime now = QDateTime::currentDateTime();
    for (qsizetype i = 0; i < ids->size(); ++i) {
        UploadItem item;
        item.id = ids->at(i);
        item.dropId = *drop;
        item.path = files.at(i);
        item.fileName = QFileInfo(item.path).fileName();
        item.batchId = options.batchId;
        item.consentId = options.consentId;
        item.modelId = options.modelId;
        item.force = options.force;
        item.addedAt = now;
        m_items.insert(item.id, item);
        schedule(item.id, Need::Check);
    }
    m_openDrops.insert(*drop);
    m_idleReported = false;
    Q_EMIT itemsAdded(*ids);
    scheduleTotals();
    schedulePump();
    return *ids;
}

const UploadOptions &UploadEngine::optionsOf(qint64 dropId)
{
    auto it = m_dropOptions.find(dropId);
    if (it == m_dropOptions.end())
        it = m_dropOptions.insert(dropId, m_journal->dropOptions(dropId).value_or(UploadOptions{}));
    return *it;
}

void UploadEngine::schedule(qint64 id, Need need)
{
    switch (need) {
    case Need::Check:
        m_toCheck.push_back(id);
        break;
    case Need::Send:
        m_toSend.push_back(id);
        break;
    case Need::Verify:
        m_toVerify.push_back(id);
        break;
    case Need::Predict:
        m_toPredict.push_back(id);
        break;
    }
    m_idleReported = false;
}

void UploadEngine::schedulePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpQueued = false;
        pump();
    });
}

void UploadEngine::pump()
{
    // Checks run while paused too: they touch only local files.
    while (m_checking.size() < kEngineMaxChecksRunning && !m_toCheck.empty()) {
        const qint64 id = m_toCheck.front();
        m_toCheck.pop_front();
        auto it = m_items.find(id);
        if (it == m_items.end() || it->isFinished() || m_checking.contains(id))
            continue;
        startCheck(id);
    }
    auto takeNext = [this](std::deque<qint64> &queue, UploadState wanted) -> qint64 {
        while (!queue.empty()) {
            const qint64 id = queue.front();
            queue.pop_front();
            auto it = m_items.find(id);
            // A held row leaves the queue here; resumeItems() queues it again.
            if (it != m_items.end() && it->state == wanted && !it->held && !m_replies.contains(id) &&
                !m_verifiers.contains(id))
                return id;
        }
        return 0;
    };
    while (!m_paused && activeCount() < m_concurrency) {
        // Settle doubts first, then finish started work (predictions), then start new uploads.
        if (const qint64 id = takeNext(m_toVerify, UploadState::Verifying)) {
            startVerify(id);
        } else if (const qint64 pid = takeNext(m_toPredict, UploadState::Predicting)) {
            startPrediction(pid);
        } else if (const qint64 sid = takeNext(m_toSend, UploadState::Waiting)) {
            startUpload(sid);
        } else {
            break;
        }
    }
    scheduleTotals();
}

void UploadEngine::startCheck(qint64 id)
{
    const UploadItem &item = m_items[id];
    const QString path = item.path;
    const std::optional<ContentType> forced = optionsOf(item.dropId).forcedContentType;
    m_checking.insert(id);
    // The engine waits for its pool in its destructor, so `this` outlives the job; the queued call is
    // dropped by Qt if the engine is being destroyed.
    m_pool.start([this, id, path, forced] {
        const UploadFileCheck::Result r = UploadFileCheck::check(path, forced);
        const QString type = r.contentType ? ContentTypes::name(*r.contentType) : QString();
        QMetaObject::invokeMethod(
            this, [this, id, r, type] { onChecked(id, r.sha256, r.size, type, r.error); },
            Qt::QueuedConnection);
    });
}

void UploadEngine::onChecked(qint64 id, const QString &sha256, qint64 size, const QString &contentType,
                             const QString &error)
{
    m_checking.remove(id);
    auto it = m_items.find(id);
    if (it == m_items.end() || it->isFinished()) { // cancelled meanwhile
        schedulePump();
        return;
    }
    UploadItem &item = *it;
    item.size = size;
    if (!error.isEmpty()) {
        if (!journalOk(m_journal->markRejected(id, size, error)))
            return;
        item.state = UploadState::Rejected;
        item.error = error;
        item.failure = Error(Error::Kind::InvalidInput, error);
        item.finishedAt = QDateTime::currentDateTime();
        Q_EMIT itemChanged(item);
        schedulePump();
        return;
    }
    if (!journalOk(m_journal->markChecked(id, size, sha256, contentType)))
        return;
    item.sha256 = sha256;
    item.contentType = contentType;
    item.state = UploadState::Waiting;
    if (!item.force) {
        if (auto existing = m_journal->uploadedDocumentFor(m_profile, sha256, item.batchId, item.consentId)) {
            if (!journalOk(m_journal->markSkipped(id, *existing, 0)))
                return;
            item.state = UploadState::Skipped;
            item.existingDocumentId = *existing;
            item.finishedAt = QDateTime::currentDateTime();
        } else if (auto queued =
                       m_journal->queuedItemFor(m_profile, sha256, item.batchId, item.consentId, id)) {
            if (!journalOk(m_journal->markSkipped(id, QString(), *queued)))
                return;
            item.state = UploadState::Skipped;
            item.existingItemId = *queued;
            item.finishedAt = QDateTime::currentDateTime();
        }
    }
    if (item.state == UploadState::Waiting) {
        // An earlier row with this content may have reached the server (cancelled or failed in doubt):
        // look for it before sending.
        if (m_journal->inDoubtSentAtFor(m_profile, sha256, item.batchId, item.consentId, id)) {
            if (!journalOk(m_journal->markVerifying(id)))
                return;
            item.state = UploadState::Verifying;
            schedule(id, Need::Verify);
        } else {
            schedule(id, Need::Send);
        }
    }
    Q_EMIT itemChanged(item);
    schedulePump();
}

void UploadEngine::startUpload(qint64 id)
{
    UploadItem &item = m_items[id];
    const std::optional<ContentType> type = ContentTypes::fromName(item.contentType);
    if (!type) { // a journal row from elsewhere: check it again
        schedule(id, Need::Check);
        return;
    }
    // Committed before the first byte leaves: after a crash this row is verified, never re-sent blind.
    if (!journalOk(m_journal->markUploading(id)))
        return;
    item.state = UploadState::Uploading;
    item.inDoubt = true;
    ++item.attempts;
    item.error.clear();
    item.bytesSent = 0;
    const UploadOptions &options = optionsOf(item.dropId);
    CreateDocumentOptions create;
    create.batchId = options.batchId;
    create.consentId = options.consentId;
    create.groundTruth = options.groundTruth;
    Reply *reply = m_client->createDocumentFromFile(item.path, *type, create);
    m_replies.insert(id, reply);
    connect(reply, &Reply::uploadProgress, this, [this, id](qint64 sent, qint64 total) {
        auto it = m_items.find(id);
        if (it == m_items.end() || total <= 0)
            return;
        it->bytesSent = sent;
        it->bytesTotal = total;
        Q_EMIT itemProgress(id, sent, total);
        scheduleTotals();
    });
    connect(reply, &Reply::retryScheduled, this, [this, id](int, int delayMs, const Error &reason) {
        Q_EMIT retrying(id, delayMs, reason.message());
    });
    connect(reply, &Reply::finished, this, [this, id, reply] { onUploadDone(id, reply); });
    Q_EMIT itemChanged(item);
}

void UploadEngine::onUploadDone(qint64 id, Reply *reply)
{
    m_replies.remove(id);
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    UploadItem &item = *it;
    const bool cancelRequested = m_cancelRequested.remove(id);
    if (reply->isSuccess()) {
        noteServerOutcome(Error());
        const QString documentId = reply->json().toObject().value(u"documentId"_s).toString();
        QStringList duplicates;
        if (m_resendUnchecked.remove(id))
            duplicates = {documentId}; // an earlier attempt's outcome could not be checked
        const bool predict = !item.modelId.isEmpty() && !cancelRequested;
        if (!journalOk(m_journal->markUploaded(id, documentId, duplicates, false, predict)))
            return;
        item.documentId = documentId;
        item.possibleDuplicateIds = duplicates;
        item.inDoubt = false;
        item.bytesSent = item.bytesTotal;
        item.failure = Error();
        item.state = predict ? UploadState::Predicting : UploadState::Done;
        if (predict)
            schedule(id, Need::Predict);
        else
            item.finishedAt = QDateTime::currentDateTime();
    } else {
        const Error error = reply->error();
        item.failure = error;
        item.error = error.message();
        item.bytesSent = 0;
        if (error.kind() != Error::Kind::Cancelled)
            noteServerOutcome(error);
        if (reply->possiblyDuplicated() && !cancelRequested) {
            // The server may have created it: look before sending again.
            if (!journalOk(m_journal->markVerifying(id)))
                return;
            item.state = UploadState::Verifying;
            schedule(id, Need::Verify);
        } else if (cancelRequested) {
            const bool doubt = reply->possiblyDuplicated();
            if (!journalOk(m_journal->markCancelled(id, doubt)))
                return;
            item.state = UploadState::Cancelled;
            item.inDoubt = doubt;
            item.finishedAt = QDateTime::currentDateTime();
        } else {
            // Provably not created (refused before sending, 4xx): the error is final for this attempt.
            if (!journalOk(m_journal->markFailed(id, error.message(), false, error)))
                return;
            item.state = UploadState::Failed;
            item.inDoubt = false;
            item.finishedAt = QDateTime::currentDateTime();
        }
    }
    Q_EMIT itemChanged(item);
    schedulePump();
}

void UploadEngine::startVerify(qint64 id)
{
    const UploadItem &item = m_items[id];
    UploadVerifier::Query query;
    query.sha256 = item.sha256;
    query.contentType = item.contentType;
    query.batchId = item.batchId;
    query.consentId = item.consentId;
    const qint64 own = m_journal->sentAtMs(id);
    const qint64 other =
        m_journal->inDoubtSentAtFor(m_profile, item.sha256, item.batchId, item.consentId, id).value_or(0);
    query.sentAtMs = (own > 0 && other > 0) ? qMin(own, other) : qMax(own, other);
    query.isKnown = [this](const QString &documentId) {
        return m_journal->knowsDocument(m_profile, documentId);
    };
    auto *verifier = new UploadVerifier(m_client, query, this);
    m_verifiers.insert(id, verifier);
    connect(verifier, &UploadVerifier::finished, this,
            [this, id, verifier](const QStringList &found, bool checked, const QString &error) {
                m_verifiers.remove(id);
                verifier->deleteLater();
                onVerified(id, found, checked, error);
            });
    verifier->start();
}

void UploadEngine::onVerified(qint64 id, const QStringList &foundIds, bool checked, const QString &error)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    UploadItem &item = *it;
    const bool cancelRequested = m_cancelRequested.remove(id);
    if (checked && !foundIds.isEmpty()) {
        m_failedChecks.remove(id);
        m_resendUnchecked.remove(id);
        const QStringList duplicates = foundIds.size() > 1 ? foundIds : QStringList();
        const bool predict = !item.modelId.isEmpty() && !cancelRequested;
        if (!journalOk(m_journal->markUploaded(id, foundIds.first(), duplicates, true, predict)))
            return;
        item.documentId = foundIds.first();
        item.possibleDuplicateIds = duplicates;
        item.recovered = true;
        item.inDoubt = false;
        item.failure = Error();
        item.error.clear();
        item.state = predict ? UploadState::Predicting : UploadState::Done;
        if (predict)
            schedule(id, Need::Predict);
        else
            item.finishedAt = QDateTime::currentDateTime();
    } else if (checked) {
        // Not on the server: sending again cannot duplicate it.
        m_failedChecks.remove(id);
        if (cancelRequested) {
            if (!journalOk(m_journal->markCancelled(id, false)))
                return;
            item.state = UploadState::Cancelled;
            item.inDoubt = false;
            item.finishedAt = QDateTime::currentDateTime();
        } else {
            if (!journalOk(m_journal->markWaiting(id, false)))
                return;
            item.state = UploadState::Waiting;
            schedule(id, Need::Send);
        }
    } else {
        item.error = tr("The upload could not be checked on the server: %1").arg(error);
        noteServerOutcome(Error(Error::Kind::Server, error));
        if (cancelRequested) {
            if (!journalOk(m_journal->markCancelled(id, true)))
                return;
            item.state = UploadState::Cancelled;
            item.finishedAt = QDateTime::currentDateTime();
        } else if (++m_failedChecks[id] < kEngineMaxFailedChecks) {
            schedule(id, Need::Verify); // stays Verifying; tried again when a slot is free
        } else {
            // Give up checking: send again and flag the result as a possible duplicate.
            m_failedChecks.remove(id);
            m_resendUnchecked.insert(id);
            if (!journalOk(m_journal->markWaiting(id, false)))
                return;
            item.state = UploadState::Waiting;
            schedule(id, Need::Send);
        }
    }
    Q_EMIT itemChanged(item);
    schedulePump();
}

void UploadEngine::startPrediction(qint64 id)
{
    const UploadItem &item = m_items[id];
    Reply *reply = m_client->createPrediction(item.documentId, item.modelId);
    reply->setTimeout(kEnginePredictionTimeoutMs);
    m_replies.insert(id, reply);
    connect(reply, &Reply::finished, this, [this, id, reply] { onPredictionDone(id, reply); });
}

void UploadEngine::onPredictionDone(qint64 id, Reply *reply)
{
    m_replies.remove(id);
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    UploadItem &item = *it;
    QJsonValue prediction;
    QString error;
    if (reply->isSuccess()) {
        prediction = reply->json().toObject().value(u"predictions"_s);
        noteServerOutcome(Error());
    } else {
        error = reply->error().message();
        if (reply->error().kind() != Error::Kind::Cancelled)
            noteServerOutcome(reply->error());
    }
    if (!journalOk(m_journal->markPredicted(id, prediction, error)))
        return;
    item.prediction = prediction;
    item.predictionError = error;
    item.state = UploadState::Done;
    item.finishedAt = QDateTime::currentDateTime();
    Q_EMIT itemChanged(item);
    schedulePump();
}

void UploadEngine::noteServerOutcome(const Error &error)
{
    if (error.kind() != Error::Kind::Server) {
        m_consecutiveServerErrors = 0;
        return;
    }
    if (++m_consecutiveServerErrors >= MaxConsecutiveServerErrors && !m_paused) {
        pauseBecause(tr("Uploads are paused: the server failed %1 times in a row (last: %2). Resume when it "
                        "is back.")
                         .arg(m_consecutiveServerErrors)
                         .arg(error.message()));
    }
}

void UploadEngine::pauseBecause(const QString &reason)
{
    m_paused = true;
    m_pauseReason = reason;
    QTimer::singleShot(0, this, [this, reason] {
        Q_EMIT paused(reason);
        scheduleTotals();
    });
}

void UploadEngine::pause()
{
    if (m_paused)
        return;
    pauseBecause(QString());
}

void UploadEngine::resume()
{
    if (!m_paused || m_journalBroken)
        return;
    m_paused = false;
    m_pauseReason.clear();
    m_consecutiveServerErrors = 0;
    QTimer::singleShot(0, this, [this] { Q_EMIT resumed(); });
    schedulePump();
}

void UploadEngine::cancel(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        auto it = m_items.find(id);
        if (it == m_items.end() || it->isFinished())
            continue;
        UploadItem &item = *it;
        if (m_replies.contains(id) && item.state == UploadState::Uploading) {
            m_cancelRequested.insert(id);
            if (QPointer<Reply> reply = m_replies.value(id))
                reply->cancel(); // completes through onUploadDone
            continue;
        }
        if (item.state == UploadState::Verifying || item.state == UploadState::Predicting) {
            // The document exists or may: finish the check / prediction, then end.
            m_cancelRequested.insert(id);
            continue;
        }
        // Checking or Waiting: nothing has left for this attempt.
        if (!journalOk(m_journal->markCancelled(id, item.inDoubt)))
            return;
        item.state = UploadState::Cancelled;
        item.finishedAt = QDateTime::currentDateTime();
        Q_EMIT itemChanged(item);
    }
    scheduleTotals();
    schedulePump();
}

void UploadEngine::cancelAll()
{
    cancel(m_items.keys());
}

void UploadEngine::pauseItems(const QList<qint64> &ids)
{
    QList<qint64> changed;
    for (qint64 id : ids) {
        auto it = m_items.find(id);
        if (it != m_items.end() && !it->isFinished() && !it->held)
            changed.append(id);
    }
    if (changed.isEmpty() || !journalOk(m_journal->markHeld(changed, true)))
        return;
    for (qint64 id : std::as_const(changed)) {
        UploadItem &item = m_items[id];
        item.held = true;
        Q_EMIT itemChanged(item);
    }
    scheduleTotals();
    schedulePump(); // may make the engine idle
}

void UploadEngine::resumeItems(const QList<qint64> &ids)
{
    QList<qint64> changed;
    for (qint64 id : ids) {
        auto it = m_items.find(id);
        if (it != m_items.end() && it->held)
            changed.append(id);
    }
    if (changed.isEmpty() || !journalOk(m_journal->markHeld(changed, false)))
        return;
    for (qint64 id : std::as_const(changed)) {
        UploadItem &item = m_items[id];
        item.held = false;
        switch (item.state) {
        case UploadState::Waiting:
            schedule(id, item.sha256.isEmpty() ? Need::Check : Need::Send);
            break;
        case UploadState::Verifying:
            schedule(id, Need::Verify);
            break;
        case UploadState::Predicting:
            schedule(id, Need::Predict);
            break;
        default: // Checking: its check runs anyway; Uploading: in flight; finished: nothing to start
            break;
        }
        Q_EMIT itemChanged(item);
    }
    m_idleReported = false;
    scheduleTotals();
    schedulePump();
}

void UploadEngine::retry(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        auto it = m_items.find(id);
        if (it == m_items.end() || (it->state != UploadState::Failed && it->state != UploadState::Cancelled))
            continue;
        UploadItem &item = *it;
        if (!journalOk(m_journal->markWaiting(id, false)))
            return;
        item.held = false;
        item.error.clear();
        item.failure = Error();
        item.finishedAt = {};
        if (item.sha256.isEmpty()) {
            item.state = UploadState::Waiting;
            schedule(id, Need::Check);
        } else if (item.inDoubt) {
            if (!journalOk(m_journal->markVerifying(id)))
                return;
            item.state = UploadState::Verifying;
            schedule(id, Need::Verify);
        } else {
            item.state = UploadState::Waiting;
            schedule(id, Need::Send);
        }
        m_openDrops.insert(item.dropId);
        Q_EMIT itemChanged(item);
    }
    scheduleTotals();
    schedulePump();
}

void UploadEngine::retryFailed()
{
    QList<qint64> ids;
    for (const UploadItem &item : std::as_const(m_items)) {
        if (item.state == UploadState::Failed)
            ids.append(item.id);
    }
    retry(ids);
}

void UploadEngine::forceUpload(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        auto it = m_items.find(id);
        if (it == m_items.end() || it->state != UploadState::Skipped)
            continue;
        if (!journalOk(m_journal->markWaiting(id, true)))
            return;
        it->state = UploadState::Waiting;
        it->force = true;
        it->held = false;
        it->existingDocumentId.clear();
        it->existingItemId = 0;
        it->finishedAt = {};
        schedule(id, Need::Send);
        m_openDrops.insert(it->dropId);
        Q_EMIT itemChanged(*it);
    }
    scheduleTotals();
    schedulePump();
}

void UploadEngine::clearFinished()
{
    QList<qint64> ids;
    for (const UploadItem &item : std::as_const(m_items)) {
        if (item.isFinished())
            ids.append(item.id);
    }
    if (ids.isEmpty() || !journalOk(m_journal->removeItems(ids)))
        return;
    for (qint64 id : std::as_const(ids))
        m_items.remove(id);
    Q_EMIT itemsRemoved(ids);
    scheduleTotals();
}

std::optional<UploadItem> UploadEngine::item(qint64 id) const
{
    auto it = m_items.constFind(id);
    if (it == m_items.cend())
        return std::nullopt;
    return *it;
}

QList<UploadItem> UploadEngine::items() const
{
    return m_items.values();
}

UploadTotals UploadEngine::totals() const
{
    UploadTotals t;
    for (const UploadItem &item : m_items) {
        ++t.total;
        if (item.held && !item.isFinished())
            ++t.held;
        switch (item.state) {
        case UploadState::Checking:
            ++t.checking;
            break;
        case UploadState::Waiting:
            ++t.waiting;
            break;
        case UploadState::Uploading:
        case UploadState::Verifying:
        case UploadState::Predicting:
            ++t.active;
            break;
        case UploadState::Done:
            ++t.done;
            if (item.isPossibleDuplicate())
                ++t.possibleDuplicates;
            break;
        case UploadState::Skipped:
            ++t.skipped;
            break;
        case UploadState::Rejected:
            ++t.rejected;
            break;
        case UploadState::Failed:
            ++t.failed;
            break;
        case UploadState::Cancelled:
            ++t.cancelled;
            break;
        }
        const bool counts = item.state == UploadState::Waiting || engineIsActive(item.state) ||
                            item.state == UploadState::Done;
        if (counts && item.size > 0) {
            t.bytesTotal += item.size;
            if (item.state == UploadState::Done || item.state == UploadState::Predicting)
                t.bytesDone += item.size;
            else if (item.state == UploadState::Uploading && item.bytesTotal > 0)
                t.bytesDone += item.size * item.bytesSent / item.bytesTotal;
        }
    }
    return t;
}

bool UploadEngine::isIdle() const
{
    if (!m_checking.isEmpty() || activeCount() > 0)
        return false;
    for (const UploadItem &item : m_items) {
        if (!item.isFinished() && !m_paused && !item.held)
            return false;
    }
    return true;
}

void UploadEngine::scheduleTotals()
{
    if (m_totalsQueued)
        return;
    m_totalsQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_totalsQueued = false;
        emitTotals();
    });
}

void UploadEngine::emitTotals()
{
    Q_EMIT totalsChanged(totals());
    if (!m_openDrops.isEmpty()) {
        QHash<qint64, UploadTotals> perDrop;
        QSet<qint64> unfinished;
        for (const UploadItem &item : std::as_const(m_items)) {
            if (!m_openDrops.contains(item.dropId))
                continue;
            UploadTotals &t = perDrop[item.dropId];
            ++t.total;
            if (!item.isFinished())
                unfinished.insert(item.dropId);
            switch (item.state) {
            case UploadState::Done:
                ++t.done;
                if (item.isPossibleDuplicate())
                    ++t.possibleDuplicates;
                break;
            case UploadState::Skipped:
                ++t.skipped;
                break;
            case UploadState::Rejected:
                ++t.rejected;
                break;
            case UploadState::Failed:
                ++t.failed;
                break;
            case UploadState::Cancelled:
                ++t.cancelled;
                break;
            default:
                break;
            }
        }
        const QSet<qint64> open = m_openDrops;
        for (qint64 drop : open) {
            if (!unfinished.contains(drop)) {
                m_openDrops.remove(drop);
                Q_EMIT dropFinished(drop, perDrop.value(drop));
            }
        }
    }
    if (isIdle() && !m_idleReported) {
        m_idleReported = true;
        Q_EMIT idle();
    }
}

} // namespace las
