#include "upload/documentuploadqueue.h"

#include "api/client.h"
#include "output/errorformatter.h"
#include "output/exitcodes.h"
#include "upload/contentsniffer.h"
#include "upload/uploadengine.h"
#include "upload/uploadjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lasctl {

QJsonObject DocumentUploadQueue::Result::toJson() const
{
    QJsonObject object{{u"file"_s, file}};
    if (contentType)
        object.insert(u"contentType"_s, las::ContentTypes::name(*contentType));
    if (ok()) {
        object.insert(u"documentId"_s, documentId);
        if (skipped)
            object.insert(u"skipped"_s, true);
        if (recovered)
            object.insert(u"recovered"_s, true);
        if (!possibleDuplicateIds.isEmpty())
            object.insert(u"possibleDuplicates"_s, QJsonArray::fromStringList(possibleDuplicateIds));
        if (!prediction.isNull() && !prediction.isUndefined())
            object.insert(u"prediction"_s, prediction);
        if (!predictionError.isEmpty())
            object.insert(u"predictionError"_s, predictionError);
    } else {
        object.insert(u"error"_s, ErrorFormatter::toJson(error));
        if (possiblyDuplicated)
            object.insert(u"possiblyDuplicated"_s, true);
    }
    return object;
}

DocumentUploadQueue::DocumentUploadQueue(las::Client *client, Settings settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(std::move(settings))
{}

DocumentUploadQueue::~DocumentUploadQueue()
{
    m_engine.reset(); // before the journal it writes to
}

QString DocumentUploadQueue::defaultJournalPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/lasctl/upload-journal.sqlite"_s;
}

void DocumentUploadQueue::start(const QStringList &files)
{
    m_expected = int(files.size());
    m_journal = std::make_unique<las::UploadJournal>();
    const QString path = m_settings.journalPath.isEmpty() ? defaultJournalPath() : m_settings.journalPath;
    if (!m_journal->open(path)) {
        const las::Error error(las::Error::Kind::InvalidInput, m_journal->error());
        for (const QString &file : files) {
            Result result;
            result.file = file;
            result.error = error;
            m_results.append(result);
            Q_EMIT fileFinished(result);
        }
        QTimer::singleShot(0, this, &DocumentUploadQueue::finishIfDone);
        return;
    }
    m_engine = std::make_unique<las::UploadEngine>(m_client, m_journal.get());
    m_engine->setConcurrency(m_settings.concurrency);
    connect(m_engine.get(), &las::UploadEngine::itemChanged, this, &DocumentUploadQueue::onItemChanged);
    connect(m_engine.get(), &las::UploadEngine::idle, this, &DocumentUploadQueue::onIdle);
    connect(m_engine.get(), &las::UploadEngine::paused, this, [this](const QString &reason) {
        if (reason.isEmpty() || m_cancelled)
            return;
        // The circuit breaker: report what is not uploaded yet instead of waiting for a resume.
        m_breakerReason = reason;
        m_engine->cancelAll();
    });
    // Rows an earlier, interrupted run left unfinished are resumed (not reported here: not our files).
    m_engine->start(false);

    // lasctl reports a directory like any other unusable argument (the engine would walk it).
    QStringList accepted;
    QStringList given;
    for (const QString &file : files) {
        if (QFileInfo(file).isDir()) {
            Result result;
            result.file = file;
            result.error = las::Error(las::Error::Kind::InvalidInput, tr("is a directory, not a file"));
            m_results.append(result);
            Q_EMIT fileFinished(result);
            continue;
        }
        accepted.append(file);
        given.append(file);
    }
    if (!accepted.isEmpty()) {
        const QList<qint64> ids = m_engine->addPaths(accepted, m_settings.options);
        if (ids.size() != accepted.size()) {
            const las::Error error(las::Error::Kind::InvalidInput, m_journal->error());
            for (const QString &file : std::as_const(given)) {
                Result result;
                result.file = file;
                result.error = error;
                m_results.append(result);
                Q_EMIT fileFinished(result);
            }
        } else {
            for (qsizetype i = 0; i < ids.size(); ++i)
                m_fileOf.insert(ids.at(i), given.at(i));
        }
    }
    QTimer::singleShot(0, this, &DocumentUploadQueue::finishIfDone);
}

void DocumentUploadQueue::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_engine) {
        finishIfDone();
        return;
    }
    // Nothing new starts; checks in progress end; in-flight uploads are aborted (journaled "in doubt", so a
    // later run verifies them before any re-send).
    m_engine->pause();
    m_engine->cancelAll();
}

DocumentUploadQueue::Result DocumentUploadQueue::resultFor(const las::UploadItem &item) const
{
    Result result;
    result.file = m_fileOf.value(item.id, item.path);
    result.contentType = las::ContentTypes::fromName(item.contentType);
    result.attempted = item.attempts > 0;
    switch (item.state) {
    case las::UploadState::Done:
        result.documentId = item.documentId;
        result.recovered = item.recovered;
        result.possibleDuplicateIds = item.possibleDuplicateIds;
        result.prediction = item.prediction;
        result.predictionError = item.predictionError;
        break;
    case las::UploadState::Skipped:
        result.documentId = item.existingDocumentId;
        result.skipped = true;
        break;
    case las::UploadState::Rejected: {
        result.contentType.reset();
        // The library's reason is in English; lasctl's own sniffer says the same problems (missing,
        // unreadable, empty, neither PDF nor JPEG) in the user's language. Other refusals (the size
        // limit) are reported as the library gives them.
        QString reason;
        if (ContentSniffer::sniffFile(item.path, &reason) || reason.isEmpty())
            reason = item.error;
        result.error = las::Error(las::Error::Kind::InvalidInput, reason);
        break;
    }
    case las::UploadState::Failed:
        result.error =
            item.failure.isError() ? item.failure : las::Error(las::Error::Kind::Server, item.error);
        result.possiblyDuplicated = item.inDoubt;
        break;
    case las::UploadState::Cancelled:
        if (!m_breakerReason.isEmpty() && !m_cancelled) {
            result.error =
                las::Error(las::Error::Kind::Server,
                           tr("not uploaded: the server failed %n time(s) in a row, so the remaining "
                              "files were not sent",
                              nullptr, MaxConsecutiveServerErrors));
        } else {
            result.error = las::Error(las::Error::Kind::Cancelled, tr("not uploaded: cancelled"));
        }
        result.possiblyDuplicated = item.inDoubt;
        break;
    default:
        break;
    }
    return result;
}

void DocumentUploadQueue::onItemChanged(const las::UploadItem &item)
{
    if (!item.isFinished())
        return;
    // Rows skipped because the same content was already queued report when that row does.
    if (auto waiting = m_waitingFor.take(item.id); !waiting.isEmpty()) {
        for (qint64 own : std::as_const(waiting)) {
            if (const auto ownItem = m_engine->item(own)) {
                Result result = resultFor(item);
                result.file = m_fileOf.value(own);
                if (item.state == las::UploadState::Done) {
                    result.skipped = true;
                    result.possibleDuplicateIds.clear();
                    result.recovered = false;
                }
                m_fileOf.remove(own);
                m_results.append(result);
                Q_EMIT fileFinished(result);
            }
        }
    }
    if (!m_fileOf.contains(item.id))
        return;
    if (item.state == las::UploadState::Skipped && item.existingItemId > 0) {
        const auto other = m_engine->item(item.existingItemId);
        if (other && !other->isFinished()) {
            m_waitingFor[item.existingItemId].append(item.id);
            return;
        }
        if (other) {
            Result result = resultFor(*other);
            result.file = m_fileOf.take(item.id);
            result.skipped = other->state == las::UploadState::Done;
            m_results.append(result);
            Q_EMIT fileFinished(result);
            finishIfDone();
            return;
        }
    }
    report(item.id, item);
    finishIfDone();
}

void DocumentUploadQueue::report(qint64 id, const las::UploadItem &item)
{
    Result result = resultFor(item);
    m_fileOf.remove(id);
    m_results.append(result);
    Q_EMIT fileFinished(result);
}

void DocumentUploadQueue::reportStopped(qint64 id, const las::UploadItem &item)
{
    // Left unfinished because the engine stopped (cancel, circuit breaker): still in the journal, so a
    // later run resumes it.
    las::UploadItem stopped = item;
    stopped.state = las::UploadState::Cancelled;
    report(id, stopped);
}

void DocumentUploadQueue::onIdle()
{
    if (m_engine && (m_cancelled || !m_breakerReason.isEmpty())) {
        const QList<qint64> left = m_fileOf.keys();
        for (qint64 id : left) {
            if (const auto item = m_engine->item(id))
                reportStopped(id, *item);
        }
        m_waitingFor.clear();
    }
    finishIfDone();
}

void DocumentUploadQueue::finishIfDone()
{
    if (m_finished || m_results.size() < m_expected)
        return;
    if (m_engine && !m_engine->isIdle() && !m_cancelled && m_breakerReason.isEmpty())
        return; // resumed rows of an earlier run are still being settled
    m_finished = true;
    Q_EMIT finished();
}

int DocumentUploadQueue::failedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const Result &r) { return !r.ok(); }));
}

int DocumentUploadQueue::exitCode() const
{
    QSet<int> codes;
    for (const Result &result : m_results) {
        if (!result.ok())
            codes.insert(ExitCodes::forError(result.error));
    }
    if (codes.isEmpty())
        return ExitCodes::Success;
    return codes.size() == 1 ? *codes.cbegin() : int(ExitCodes::Failure);
}

} // namespace lasctl
