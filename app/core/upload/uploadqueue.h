#pragma once

#include "api/client.h"
#include "upload/uploaditem.h"
#include "upload/uploadoptions.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace las {
class Client;
class UploadEngine;
class UploadJournal;
} // namespace las

// The app's upload queue: the journal (one SQLite file in the app's data folder) and the library's engine
// for the signed-in client. Survives sign-out and profile switches: the engine is rebuilt for each client and
// loads that account's rows from the journal (the queue comes back after a restart the same way). Drops made
// while signed out wait here until a client comes.
class UploadQueue : public QObject
{
    Q_OBJECT
public:
    // journalPath: the SQLite file (created with its folder).
    explicit UploadQueue(const QString &journalPath, QObject *parent = nullptr);
    ~UploadQueue() override;

    // The journal could not be opened: empty when fine. Nothing is queued without it.
    QString journalError() const { return m_journalError; }
    QString journalPath() const;

    // The signed-in client (null: signed out). profile names the account's rows (empty: the engine derives
    // it from the credentials). Rebuilds the engine; engineChanged() follows.
    void setClient(las::Client *client, const QString &profile = {});
    las::Client *client() const { return m_client; }
    las::UploadEngine *engine() const { return m_engine.get(); }
    void setConcurrency(int n);

    // Queues files with the drop's options; without a client they wait for the next one. Returns the drop's
    // row ids (empty while waiting or when the journal failed).
    QList<qint64> add(const QStringList &files, const las::UploadOptions &options);
    int waitingDrops() const { return int(m_waitingDrops.size()); }

    void pause();
    void resume();
    bool isPaused() const;
    // Single rows: held until resumed (journaled, so they stay held after a restart).
    void pauseItems(const QList<qint64> &ids);
    void resumeItems(const QList<qint64> &ids);
    void cancel(const QList<qint64> &ids);
    void cancelAll();
    void retry(const QList<qint64> &ids);
    void retryFailed();
    void forceUpload(const QList<qint64> &ids);
    void clearFinished();

Q_SIGNALS:
    // A new engine (or none): views reload all rows.
    void engineChanged(las::UploadEngine *engine);
    // A drop was added while signed out and waits (count of waiting drops).
    void dropsWaiting(int count);

private:
    struct WaitingDrop
    {
        QStringList files;
        las::UploadOptions options;
    };

    std::unique_ptr<las::UploadJournal> m_journal;
    std::unique_ptr<las::UploadEngine> m_engine;
    QPointer<las::Client> m_client;
    QString m_journalError;
    QList<WaitingDrop> m_waitingDrops;
    int m_concurrency = 0;
};
