#include "core/upload/uploadqueue.h"

#include "api/client.h"
#include "upload/uploadengine.h"
#include "upload/uploadjournal.h"

UploadQueue::UploadQueue(const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_journal(std::make_unique<las::UploadJournal>())
{
    if (!m_journal->open(journalPath))
        m_journalError = m_journal->error();
}

UploadQueue::~UploadQueue()
{
    // The engine first: it writes to the journal until it goes.
    m_engine.reset();
}

QString UploadQueue::journalPath() const
{
    return m_journal->path();
}

void UploadQueue::setClient(las::Client *client, const QString &profile)
{
    if (client == m_client && (client != nullptr) == (m_engine != nullptr))
        return;
    m_client = client;
    if (m_engine) {
        // Rows in flight stay Uploading in the journal and are verified by the next engine.
        std::unique_ptr<las::UploadEngine> old = std::move(m_engine);
        Q_EMIT engineChanged(nullptr);
        old.reset();
    }
    if (!client || !m_journal->isOpen())
        return;
    m_engine = std::make_unique<las::UploadEngine>(client, m_journal.get(), profile);
    if (m_concurrency > 0)
        m_engine->setConcurrency(m_concurrency);
    m_engine->start();
    Q_EMIT engineChanged(m_engine.get());
    const QList<WaitingDrop> waiting = std::exchange(m_waitingDrops, {});
    for (const WaitingDrop &drop : waiting)
        m_engine->addPaths(drop.files, drop.options);
    if (!waiting.isEmpty())
        Q_EMIT dropsWaiting(0);
}

void UploadQueue::setConcurrency(int n)
{
    m_concurrency = n;
    if (m_engine)
        m_engine->setConcurrency(n);
}

QList<qint64> UploadQueue::add(const QStringList &files, const las::UploadOptions &options)
{
    if (files.isEmpty())
        return {};
    if (!m_engine) {
        m_waitingDrops.append({files, options});
        Q_EMIT dropsWaiting(int(m_waitingDrops.size()));
        return {};
    }
    return m_engine->addPaths(files, options);
}

void UploadQueue::pause()
{
    if (m_engine)
        m_engine->pause();
}

void UploadQueue::resume()
{
    if (m_engine)
        m_engine->resume();
}

bool UploadQueue::isPaused() const
{
    return m_engine && m_engine->isPaused();
}

void UploadQueue::pauseItems(const QList<qint64> &ids)
{
    if (m_engine)
        m_engine->pauseItems(ids);
}

void UploadQueue::resumeItems(const QList<qint64> &ids)
{
    if (m_engine)
        m_engine->resumeItems(ids);
}

void UploadQueue::cancel(const QList<qint64> &ids)
{
    if (m_engine)
        m_engine->cancel(ids);
}

void UploadQueue::cancelAll()
{
    if (m_engine)
        m_engine->cancelAll();
}

void UploadQueue::retry(const QList<qint64> &ids)
{
    if (m_engine)
        m_engine->retry(ids);
}

void UploadQueue::retryFailed()
{
    if (m_engine)
        m_engine->retryFailed();
}

void UploadQueue::forceUpload(const QList<qint64> &ids)
{
    if (m_engine)
        m_engine->forceUpload(ids);
}

void UploadQueue::clearFinished()
{
    if (m_engine)
        m_engine->clearFinished();
}
