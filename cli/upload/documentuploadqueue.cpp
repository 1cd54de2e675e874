#include "upload/documentuploadqueue.h"

#include "core/reply.h"
#include "output/errorformatter.h"
#include "output/exitcodes.h"
#include "upload/contentsniffer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace lasctl {

QJsonObject DocumentUploadQueue::Result::toJson() const
{
    QJsonObject object{{u"file"_s, file}};
    if (contentType)
        object.insert(u"contentType"_s, las::ContentTypes::name(*contentType));
    if (ok()) {
        object.insert(u"documentId"_s, documentId);
    } else {
        object.insert(u"error"_s, ErrorFormatter::toJson(error));
        if (possiblyDuplicated)
            object.insert(u"possiblyDuplicated"_s, true);
    }
    return object;
}

DocumentUploadQueue::DocumentUploadQueue(StartUpload startUpload, int concurrency, QObject *parent)
    : QObject(parent)
    , m_start(std::move(startUpload))
    , m_concurrency(qMax(1, concurrency))
{}

DocumentUploadQueue::~DocumentUploadQueue()
{
    // Replies we still watch must not call back into a destroyed queue.
    for (const QPointer<las::Reply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->disconnect(this);
    }
}

void DocumentUploadQueue::start(const QStringList &files)
{
    m_files = files;
    m_next = 0;
    pump();
}

void DocumentUploadQueue::cancel()
{
    if (m_finished || m_stopped)
        return;
    m_stopped = true;
    m_stopReason = las::Error(las::Error::Kind::Cancelled, tr("not uploaded: cancelled"));
    // Cancelling completes each reply (failed(Cancelled)), which reports it through onReplyDone.
    const QList<QPointer<las::Reply>> running = m_inFlight;
    for (const QPointer<las::Reply> &reply : running) {
        if (reply)
            reply->cancel();
    }
    pump();
}

void DocumentUploadQueue::pump()
{
    // A reply may complete synchronously inside start or cancel; one pump loop at a time.
    if (m_pumping || m_finished)
        return;
    m_pumping = true;
    while (m_next < m_files.size() && (m_stopped || m_inFlight.size() < m_concurrency)) {
        const QString file = m_files.at(m_next++);
        Result result;
        result.file = file;
        if (m_stopped) {
            result.error = m_stopReason;
            report(result);
            continue;
        }
        QString why;
        std::optional<las::ContentType> type = m_forced;
        const bool usable = type ? ContentSniffer::checkReadable(file, &why)
                                 : (type = ContentSniffer::sniffFile(file, &why)).has_value();
        if (!usable) {
            result.error = las::Error(las::Error::Kind::InvalidInput, why);
            report(result);
            continue;
        }
        las::Reply *reply = m_start(file, *type);
        if (!reply) {
            result.contentType = type;
            result.error = las::Error(las::Error::Kind::InvalidInput, tr("the upload could not start"));
            report(result);
            continue;
        }
        m_inFlight.append(reply);
        m_maxInFlightSeen = qMax(m_maxInFlightSeen, int(m_inFlight.size()));
        const las::ContentType contentType = *type;
        // succeeded/failed rather than finished: the outcome is only defined from them on.
        connect(reply, &las::Reply::succeeded, this,
                [this, reply, file, contentType] { onReplyDone(reply, file, contentType); });
        connect(reply, &las::Reply::failed, this,
                [this, reply, file, contentType] { onReplyDone(reply, file, contentType); });
    }
    m_pumping = false;
    if (!m_finished && m_next >= m_files.size() && m_inFlight.isEmpty()) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void DocumentUploadQueue::onReplyDone(las::Reply *reply, const QString &file, las::ContentType type)
{
    m_inFlight.removeIf([reply](const QPointer<las::Reply> &p) { return p == reply || p.isNull(); });
    Result result;
    result.file = file;
    result.contentType = type;
    result.attempted = true;
    if (reply->isSuccess()) {
        result.documentId = reply->json().toObject().value(u"documentId"_s).toString();
        m_consecutiveServerErrors = 0;
    } else {
        result.error = reply->error();
        result.possiblyDuplicated = reply->possiblyDuplicated();
        if (result.error.kind() == las::Error::Kind::Server) {
            if (++m_consecutiveServerErrors >= MaxConsecutiveServerErrors && !m_stopped) {
                m_stopped = true;
                m_stopReason =
                    las::Error(las::Error::Kind::Server, tr("not uploaded: the server failed %n time(s) in a "
                                                            "row, so the remaining files were not sent",
                                                            nullptr, m_consecutiveServerErrors));
            }
        } else {
            m_consecutiveServerErrors = 0;
        }
    }
    report(result);
    pump();
}

void DocumentUploadQueue::report(Result result)
{
    m_results.append(result);
    Q_EMIT fileFinished(result);
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
