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
//   walker->start();
//
// Emits page() per page (the reply is valid during the emission only), then finished() after the last page
// (or after stop()), or failed() once. Stoppable at any time; stop() cancels the request in flight.
class PageWalker : public QObject
{
    Q_OBJECT
public:
    // Starts the list call for one page (empty token: the first page) and returns its reply.
    using FetchPage = std::function<Reply *(const QString &nextToken)>;

    explicit PageWalker(FetchPage fetch, QObject *parent = nullptr);
    ~PageWalker() override;

    // At most this many pages (0: all). Reaching it ends the walk with finished().
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }
    void start();
    // Ends the walk: cancels the request in flight, emits finished() (if running). No page() after it.
    void stop();
    bool isRunning() const { return m_running; }
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
    void failed(const las::Error &error);

private:
    void fetchNext();

    FetchPage m_fetch;
    QPointer<Reply> m_current;
    QString m_nextToken;
    int m_maxPages = 0;
    int m_pages = 0;
    bool m_running = false;
};

} // namespace las
