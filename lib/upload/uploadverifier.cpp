#include "upload/uploadverifier.h"

#include "api/client.h"
#include "api/pagewalker.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace las {

UploadVerifier::UploadVerifier(Client *client, Query query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(std::move(query))
{}

UploadVerifier::~UploadVerifier()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
    }
}

void UploadVerifier::start()
{
    ListDocumentsOptions options;
    options.maxResults = 1000;
    if (!m_query.batchId.isEmpty())
        options.batchId = {m_query.batchId};
    if (!m_query.consentId.isEmpty())
        options.consentId = {m_query.consentId};
    m_walker = new PageWalker(
        [this, options](const QString &token) -> Reply * {
            ListDocumentsOptions page = options;
            page.nextToken = token;
            return m_client->listDocuments(page);
        },
        this);
    connect(m_walker, &PageWalker::page, this, &UploadVerifier::onPage);
    connect(m_walker, &PageWalker::succeeded, this, &UploadVerifier::fetchNext);
    connect(m_walker, &PageWalker::failed, this,
            [this](const Error &error) { finish(false, error.message()); });
    m_walker->start();
}

void UploadVerifier::cancel()
{
    if (m_walker)
        m_walker->disconnect(this);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
    }
    m_done = true;
}

void UploadVerifier::onPage(Reply *reply)
{
    const qint64 since = m_query.sentAtMs - SlackMs;
    for (const LasDocument &document : PageWalker::resultOf<LasDocumentList>(reply).documents) {
        if (document.contentType != m_query.contentType || document.batchId != m_query.batchId ||
            document.consentId != m_query.consentId)
            continue;
        if (document.updated && *document.updated < since)
            continue;
        if (m_query.isKnown && m_query.isKnown(document.documentId))
            continue;
        m_candidates.append(document.documentId);
    }
}

void UploadVerifier::fetchNext()
{
    if (m_done)
        return;
    if (m_candidates.isEmpty()) {
        finish(true, QString());
        return;
    }
    const QString id = m_candidates.takeFirst();
    ResultReply<LasDocument> *reply = m_client->getDocument(id);
    m_reply = reply;
    connect(reply, &Reply::succeeded, this, [this, reply, id] {
        const QByteArray hash = QCryptographicHash::hash(reply->result().content, QCryptographicHash::Sha256);
        if (QString::fromLatin1(hash.toHex()) == m_query.sha256)
            m_found.append(id);
        fetchNext();
    });
    connect(reply, &Reply::failed, this, [this, id](const Error &error) {
        if (error.kind() == Error::Kind::NotFound) {
            fetchNext(); // deleted meanwhile: not ours to count
            return;
        }
        finish(false, error.message());
    });
}

void UploadVerifier::finish(bool checked, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(checked ? m_found : QStringList(), checked, error);
}

} // namespace las
