#pragma once

#include "core/error.h"
#include "types/contenttype.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace las {
class Reply;
}

namespace lasctl {

// Uploads files one document each with at most `concurrency` requests in flight. Files are looked at only
// when their turn comes (type sniffed from the first bytes, then streamed by the library), so a thousand
// files never sit in memory at once. A file that is not PDF/JPEG is reported and skipped; the rest go on.
// After MaxConsecutiveServerErrors server failures in a row the queue stops starting new uploads and reports
// the remaining files as not attempted instead of hammering a failing server (reliability.md).
class DocumentUploadQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxConsecutiveServerErrors = 5;

    struct Result
    {
        QString file;
        std::optional<las::ContentType> contentType;
        QString documentId;     // on success
        las::Error error;       // on failure (kind None on success)
        bool attempted = false; // a request was started for it
        bool possiblyDuplicated = false;

        bool ok() const { return !error.isError(); }
        // One JSON line: {"file","documentId","contentType"} or {"file","error":{…}}.
        QJsonObject toJson() const;
    };

    // Starts one upload and returns its reply (which must complete asynchronously).
    using StartUpload = std::function<las::Reply *(const QString &path, las::ContentType contentType)>;

    DocumentUploadQueue(StartUpload startUpload, int concurrency, QObject *parent = nullptr);
    ~DocumentUploadQueue() override;

    // Skips sniffing: every file is sent as this type (it must still be readable).
    void setForcedContentType(std::optional<las::ContentType> type) { m_forced = type; }
    void start(const QStringList &files);
    // Stops starting uploads, cancels those in flight; every file not done is reported (Cancelled).
    void cancel();

    int concurrency() const { return m_concurrency; }
    int inFlight() const { return int(m_inFlight.size()); }
    int maxInFlightSeen() const { return m_maxInFlightSeen; }
    const QList<Result> &results() const { return m_results; }
    int failedCount() const;
    // 0 when all succeeded; else the exit code shared by all failures, or ExitCodes::Failure when mixed.
    int exitCode() const;

Q_SIGNALS:
    void fileFinished(const lasctl::DocumentUploadQueue::Result &result);
    void finished();

private:
    void pump();
    void report(Result result);
    void onReplyDone(las::Reply *reply, const QString &file, las::ContentType type);

    StartUpload m_start;
    int m_concurrency;
    std::optional<las::ContentType> m_forced;
    QStringList m_files;
    qsizetype m_next = 0;
    QList<QPointer<las::Reply>> m_inFlight;
    QList<Result> m_results;
    int m_consecutiveServerErrors = 0;
    int m_maxInFlightSeen = 0;
    bool m_stopped = false; // cancelled or paused after repeated server errors
    las::Error m_stopReason;
    bool m_finished = false;
    bool m_pumping = false;
};

} // namespace lasctl
