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
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_pages = 0;
    m_nextToken.clear();
    fetchNext();
}

void PageWalker::stop()
{
    if (m_state != State::Running)
        return;
    if (Reply *reply = m_current.data()) {
        m_current = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
    }
    end(Error());
}

void PageWalker::end(const Error &error)
{
    m_state = State::Ending;
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            m_state = State::Idle;
            Q_EMIT finished();
            if (error.isError())
                Q_EMIT failed(error);
            else
                Q_EMIT succeeded();
        },
        Qt::QueuedConnection);
}

void PageWalker::fetchNext()
{
    Reply *reply = m_fetch(m_nextToken);
    if (!reply) {
        end(Error::invalidInput(u"fetch"_s, u"the page function returned no reply"_s));
        return;
    }
    m_current = reply;
    connect(reply, &Reply::succeeded, this, [this, reply] {
        m_current = nullptr;
        if (m_state != State::Running)
            return;
        ++m_pages;
        const QJsonValue token = reply->json().toObject().value(u"nextToken"_s);
        const QString next = token.isString() ? token.toString() : QString();
        // A server that hands back the token it was given would loop forever: treat it as the end.
        const bool more = !next.isEmpty() && next != m_nextToken;
        m_nextToken = next;
        Q_EMIT page(reply);
        if (m_state != State::Running) // stop() from a page() handler
            return;
        if (!more || (m_maxPages > 0 && m_pages >= m_maxPages)) {
            end(Error());
            return;
        }
        fetchNext();
    });
    connect(reply, &Reply::failed, this, [this](const Error &error) {
        m_current = nullptr;
        if (m_state != State::Running)
            return;
        end(error);
    });
}

} // namespace las
