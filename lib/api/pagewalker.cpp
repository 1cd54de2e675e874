#include "api/pagewalker.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace las {

PageWalker::PageWalker(FetchPage fetch, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
{}

PageWalker::~PageWalker()
{
    if (m_current)
        m_current->cancel();
}

void PageWalker::start()
{
    if (m_running)
        return;
    m_running = true;
    m_pages = 0;
    m_nextToken.clear();
    fetchNext();
}

void PageWalker::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (Reply *reply = m_current.data()) {
        m_current = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
    }
    Q_EMIT finished();
}

void PageWalker::fetchNext()
{
    Reply *reply = m_fetch(m_nextToken);
    if (!reply) {
        m_running = false;
        Q_EMIT failed(Error::invalidInput(u"fetch"_s, u"the page function returned no reply"_s));
        return;
    }
    m_current = reply;
    connect(reply, &Reply::succeeded, this, [this, reply] {
        m_current = nullptr;
        ++m_pages;
        const QJsonValue token = reply->json().toObject().value(u"nextToken"_s);
        const QString next = token.isString() ? token.toString() : QString();
        // A server that hands back the token it was given would loop forever: treat it as the end.
        const bool more = !next.isEmpty() && next != m_nextToken;
        m_nextToken = next;
        Q_EMIT page(reply);
        if (!m_running) // stop() from a page() handler
            return;
        if (!more || (m_maxPages > 0 && m_pages >= m_maxPages)) {
            m_running = false;
            Q_EMIT finished();
            return;
        }
        fetchNext();
    });
    connect(reply, &Reply::failed, this, [this](const Error &error) {
        m_current = nullptr;
        if (!m_running)
            return;
        m_running = false;
        Q_EMIT failed(error);
    });
}

} // namespace las
