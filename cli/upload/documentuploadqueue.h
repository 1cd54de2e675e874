#pragma once

#include "core/error.h"
#include "types/contenttype.h"
#include "upload/uploaditem.h"
#include "upload/uploadoptions.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace las {
class Client;
class UploadEngine;
class UploadJournal;
} // namespace las

namespace lasctl {

// `lasctl documents create` on top of the library's upload engine (las::UploadEngine) and a journal of
// lasctl's own (--journal; default in the user's data folder). One JSON line per file given, in the order
// they finish. Files are checked by their bytes and hashed off the main thread; at most `concurrency`
// requests in flight; the same content already uploaded with these credentials (same batch and consent) is
// not sent again but reported with the existing document id ("skipped": true) unless --force. Unfinished
// uploads of an earlier run that was killed are resumed (verified on the server first) before this run
// ends. After las::UploadEngine::MaxConsecutiveServerErrors server failures in a row the files not yet
// uploaded are reported as not attempted (exit code of a server error).
class DocumentUploadQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxConsecutiveServerErrors = 5;

    struct Result
    {
        QString file;
        std::optional<las::ContentType> contentType;
        QString documentId;     // on success (or the existing document when skipped)
        las::Error error;       // on failure (kind None on success)
        bool attempted = false; // a request was started for it
        bool possiblyDuplicated = false;
        bool skipped = false;   // same content uploaded before: documentId is the existing document
        bool recovered = false; // an earlier attempt's lost answer was found on the server
        QStringList possibleDuplicateIds;
        QJsonValue prediction; // --model-id
        QString predictionError;

        bool ok() const { return !error.isError(); }
        // One JSON line: {"file","documentId","contentType"[,"skipped"][,"recovered"][,"possibleDuplicates"]
        // [,"prediction"|"predictionError"]} or {"file","error":{…}[,"possiblyDuplicated"]}.
        QJsonObject toJson() const;
    };

    struct Settings
    {
        int concurrency = 4;
        las::UploadOptions options;
        QString journalPath; // empty: defaultJournalPath()
    };

    DocumentUploadQueue(las::Client *client, Settings settings, QObject *parent = nullptr);
    ~DocumentUploadQueue() override;

    // $XDG_DATA_HOME/lasctl/upload-journal.sqlite (~/.local/share/lasctl/… by default).
    static QString defaultJournalPath();

    void start(const QStringList &files);
    // Stops starting uploads, cancels those in flight; every file not done is reported (Cancelled).
    void cancel();

    const QList<Result> &results() const { return m_results; }
    int failedCount() const;
    // 0 when all succeeded; else the exit code shared by all failures, or ExitCodes::Failure when mixed.
    int exitCode() const;

Q_SIGNALS:
    void fileFinished(const lasctl::DocumentUploadQueue::Result &result);
    void finished();

private:
    void onItemChanged(const las::UploadItem &item);
    void onIdle();
    void report(qint64 id, const las::UploadItem &item);
    void reportStopped(qint64 id, const las::UploadItem &item);
    void finishIfDone();
    Result resultFor(const las::UploadItem &item) const;

    las::Client *m_client;
    Settings m_settings;
    std::unique_ptr<las::UploadJournal> m_journal;
    std::unique_ptr<las::UploadEngine> m_engine;
    QHash<qint64, QString> m_fileOf;           // own rows → the argument as given
    QHash<qint64, QList<qint64>> m_waitingFor; // row in the queue → own rows skipped because of it
    QList<Result> m_results;
    int m_expected = 0;
    bool m_cancelled = false;
    QString m_breakerReason;
    bool m_finished = false;
};

} // namespace lasctl
