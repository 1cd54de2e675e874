#pragma once

#include "server/httprequest.h"
#include "server/httpresponse.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpSocket;

// One HTTP/1.1 connection: parses requests (Content-Length or chunked bodies, Expect: 100-continue,
// keep-alive, pipelining one request at a time) and writes the responses. The handler may answer later
// (respond() from a timer) without blocking the event loop, or drop() the connection at any point.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct HeaderVerdict
    {
        enum class Action { Continue, Drop, Reject };
        Action action = Action::Continue;
        HttpResponse response; // for Reject: sent, then the connection is closed
    };
    struct Hooks
    {
        // Called when the header block is complete, before any body byte is read.
        std::function<HeaderVerdict(const HttpRequest &)> onHeaders;
        // Called with the whole request; the receiver must eventually call respond() or drop().
        std::function<void(HttpConnection *, HttpRequest &&)> onRequest;
    };

    HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, Hooks hooks, QObject *parent = nullptr);

    void respond(const HttpResponse &response);
    void drop(); // abort the TCP connection without an answer

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

private:
    enum class State {
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Waiting,
        Discard,
        Closed
    };

    void onReadyRead();
    void process();
    bool parseHead(const QByteArray &head);
    bool startBody();
    void dispatch();
    void rejectAndClose(int status, const QString &message);
    void write(const HttpResponse &response, bool close, bool disconnectNow = true);

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    Hooks m_hooks;
    QByteArray m_buffer;
    HttpRequest m_current;
    State m_state = State::Headers;
    qint64 m_remaining = 0;
    bool m_processing = false;
    bool m_waitingKeepAlive = true;
};
