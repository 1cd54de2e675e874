#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace las {

class Client;
class PageWalker;
class Reply;

// Looks for a file's content among the server's documents, to settle an upload whose outcome was lost.
// Lists the documents (filtered by batch/consent when the upload had them), keeps those updated at or after
// `sentAtMs` − Slack with the same content type whose id `isKnown` does not claim, fetches each candidate
// and compares the SHA-256 of its content. One request at a time (it uses one of the engine's slots).
// Emits finished() once, later, never inside start().
class UploadVerifier : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 SlackMs = 120'000; // clock difference tolerated between client and server

    struct Query
    {
        QString sha256;
        QString contentType;
        QString batchId;
        QString consentId;
        qint64 sentAtMs = 0;
        std::function<bool(const QString &documentId)> isKnown; // ids other journal rows already own
    };

    UploadVerifier(Client *client, Query query, QObject *parent = nullptr);
    ~UploadVerifier() override;

    void start();
    void cancel();

Q_SIGNALS:
    // checked: the search completed; foundIds: documents holding the same content (may be empty).
    // !checked: the search failed (error says why); foundIds is then empty.
    void finished(const QStringList &foundIds, bool checked, const QString &error);

private:
    void onPage(Reply *reply);
    void fetchNext();
    void finish(bool checked, const QString &error);

    Client *m_client;
    Query m_query;
    PageWalker *m_walker = nullptr;
    QStringList m_candidates;
    QStringList m_found;
    QPointer<Reply> m_reply;
    bool m_done = false;
};

} // namespace las
