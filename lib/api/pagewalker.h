#pragma once

#include "core/error.h"
#include "core/reply.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace las {

// Walks the nextToken pages of any list call, one request at a time:
//
//   auto *walker = new PageWalker([client](const QString &token) {
//       ListDocumentsOptions o; o.nextToken = token; return client->listDocuments(o); }, this);
//   connect(walker, &PageWalker::page, this, [](las::Reply *r) {
//       const auto &docs = PageWalker::resultOf<LasDocumentList>(r); ... });
//   connect(walker, &PageWalker::succeeded, this, [] { ... });
//   connect(walker, &PageWalker::failed, this, [](const las::Error &e) { ... });
//   walker->start();
//
// The same contract as a Reply: emits page() per page (the reply is valid during the emission only), then,
// once per walk, finished() followed by exactly one of succeeded() (the last page, the page limit, or stop())
// or failed() (a page failed, or the page function gave no reply). None of these signals is ever emitted
// inside start() or stop(). Stoppable at any time; stop() cancels the request in flight.
class PageWalker : public QObject
{
    Q_OBJECT
public:
    // Starts the list call for one page (empty token: the first page) and returns its reply.
    using FetchPage = std::function<Reply *(const QString &nextToken)>;

    explicit PageWalker(FetchPage fetch, QObject *parent = nullptr);
    ~PageWalker() override;

    // At most this many pages (0: all). Reaching it ends the walk with succeeded().
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }
    // Starts a walk from the first page. Does nothing while a walk is running or its end not yet reported.
    void start();
    // Ends the walk: cancels the request in flight; finished() and succeeded() follow (later, if it was
    // running). No page() after it.
    void stop();
    // From start() until the walk's end is decided (before finished() is emitted).
    bool isRunning() const { return m_state == State::Running; }
    int pagesFetched() const { return m_pages; }
    // The token of the page after the last one delivered (empty: there is none).
    QString nextToken() const { return m_nextToken; }

    template<typename T>
    static const T &resultOf(Reply *reply)
    {
        return static_cast<ResultReply<T> *>(reply)->result();
    }

Q_SIGNALS:
    void page(las::Reply *reply);
    void finished();
    void succeeded();
    void failed(const las::Error &error);

private:
    enum class State { Idle, Running, Ending };

    void fetchNext();
    // Ends the walk now and reports it from the event loop (finished, then the outcome).
    void end(const Error &error);

    FetchPage m_fetch;
    QPointer<Reply> m_current;
    QString m_nextToken;
    int m_maxPages = 0;
    int m_pages = 0;
    State m_state = State::Idle;
};

} // namespace las
