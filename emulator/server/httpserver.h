#pragma once

#include "server/httprequest.h"
#include "server/httpresponse.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <functional>

class QSocketNotifier;
class QTimer;
struct MHD_Connection;
struct MHD_Daemon;

// The emulator's HTTP/1.1 front on GNU libmicrohttpd, driven from the Qt event loop in one thread: MHD runs
// without a thread of its own (epoll, external polling); a QSocketNotifier on MHD's epoll descriptor and a
// timer armed from MHD_get_timeout() call MHD_run(). MHD parses requests (Content-Length and chunked bodies,
// Expect: 100-continue, keep-alive); this class gathers a request's headers and body under hard limits and
// hands them to two hooks. An answer can be held back on a timer (the connection is suspended, so MHD reads
// nothing more from it meanwhile) or replaced by closing the connection.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        unsigned connections = 512;           // open connections at once; more wait in the listen backlog
        size_t connectionMemoryBytes = 65536; // per connection: request line, headers and read buffer
        unsigned idleTimeoutSeconds = 30;     // a connection that sends nothing this long is closed
    };
    // Decided when the header block is complete, before any body byte is read.
    struct HeaderVerdict
    {
        enum class Action { Continue, Drop, Reject };
        Action action = Action::Continue;
        HttpResponse response; // for Reject: sent, then the connection is closed (the body is never read)
    };
    // What to do with a whole request.
    struct Outcome
    {
        HttpResponse response;
        bool drop = false; // close the connection instead of answering
        int delayMs = 0;   // write the answer this much later
    };
    struct Hooks
    {
        std::function<HeaderVerdict(const HttpRequest &)> onHeaders;
        std::function<Outcome(HttpRequest &&)> onRequest;
    };

    HttpServer(Limits limits, Hooks hooks, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    void close();

private:
    struct Exchange;
    friend struct MhdCallbacks;

    bool access(MHD_Connection *connection, const char *url, const char *method, const char *version,
                const char *uploadData, size_t *uploadDataSize, void **context);
    bool begin(Exchange *exchange, MHD_Connection *connection, const char *url, const char *method,
               const char *version);
    bool finish(Exchange *exchange, MHD_Connection *connection);
    void completed(Exchange *exchange);
    void resume(Exchange *exchange);
    void run();
    void scheduleRun();

    Limits m_limits;
    Hooks m_hooks;
    MHD_Daemon *m_daemon = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    quint16 m_port = 0;
    bool m_running = false;
    QSet<Exchange *> m_suspended;
};
