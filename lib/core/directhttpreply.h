#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QPointer>

class QAbstractSocket;

namespace las {

class DirectHttpConnections;

// One HTTP/1.1 exchange on a socket in the caller's thread (see DirectHttpConnections for why). Behaves like
// the QNetworkReply of QNetworkAccessManager as far as the transport uses it: uploadProgress,
// metaDataChanged, readyRead, downloadProgress, finished; error() with the same codes (connection refused,
// host not found, remote closed, TLS handshake, cancelled); abort() finishes at once. Redirects are not
// followed (the answer is returned as it is). Answers are bounded: 64 KiB of header lines, chunk-size lines
// of 1 KiB, and whatever the caller accepts as body.
class DirectHttpReply : public QNetworkReply
{
    Q_OBJECT
public:
    DirectHttpReply(DirectHttpConnections *connections, const QNetworkRequest &request,
                    const QByteArray &method, QIODevice *body, QObject *parent = nullptr);
    ~DirectHttpReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    // Whether this exchange reused a kept-alive connection (tests).
    bool reusedConnection() const { return m_reused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // Of the answer: Connecting until the request head is written, then its head, its body, done.
    enum class Phase { Connecting, Head, Body, Done };
    enum class Framing { Length, Chunked, UntilClose };

    void start();
    void onConnected();
    void sendMore();
    void onBytesWritten(qint64 n);
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    bool parseHead();
    void parseBody();
    void deliver(const QByteArray &bytes);
    void finishOk();
    void finishWithError(NetworkError code, const QString &message);
    void releaseSocket(bool reusable);

    QPointer<DirectHttpConnections> m_connections;
    QByteArray m_method;
    QPointer<QIODevice> m_body;
    QAbstractSocket *m_socket = nullptr;
    Phase m_phase = Phase::Connecting;
    Framing m_framing = Framing::Length;
    bool m_reused = false;
    bool m_keepAlive = true;
    bool m_sending = false;
    qint64 m_headBytes = 0;  // request line and headers
    qint64 m_bodyTotal = 0;  // Content-Length of the request
    qint64 m_bodyQueued = 0; // body bytes handed to the socket
    qint64 m_written = 0;    // bytes the socket reported written (head included)
    qint64 m_lastProgress = -1;
    QByteArray m_in;         // received, not yet parsed
    QByteArray m_out;        // body bytes parsed, not yet read by the caller
    qint64 m_remaining = -1; // body bytes (or current chunk's) still expected
    qint64 m_received = 0;
    qint64 m_contentLength = -1;
    bool m_chunkTrailers = false;
    bool m_chunkDataEnd = false; // expecting the CRLF after a chunk's data
};

} // namespace las
