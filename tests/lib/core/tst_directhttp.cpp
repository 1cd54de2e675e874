// DirectHttpReply / DirectHttpConnections (the upload path that bypasses QNetworkAccessManager's HTTP thread)
// against an in-test TCP server that answers with scripted raw bytes: framing (Content-Length, chunked, until
// close, 1xx), keep-alive reuse and its limits, hostile or broken answers, aborts, refused connections, and a
// body shorter than announced. Real uploads through it run in tst_transportfaults, tst_uploadfaults and the
// wire suite against the emulator.
#include "core/directhttpconnections.h"
#include "core/directhttpreply.h"

#include "tlstestcert.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using las::DirectHttpConnections;
using las::DirectHttpReply;

namespace {

// Collects each request (head + Content-Length body) per connection and lets the test answer with raw bytes.
// With tls, a QSslServer presenting tlstestcert.h's certificate (connections count once encrypted).
class RawServer : public QObject
{
public:
    using Answer = std::function<void(QTcpSocket *socket, const QByteArray &request)>;
    Answer answer;
    QList<QByteArray> requests;
    int connections = 0;

    explicit RawServer(bool tls = false)
        : m_tls(tls)
    {
        if (tls) {
            auto *ssl = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(QSslCertificate(QByteArray(kTlsTestCertificate)));
            config.setPrivateKey(QSslKey(QByteArray(kTlsTestKey), QSsl::Rsa));
            ssl->setSslConfiguration(config);
            m_server = ssl;
        } else {
            m_server = new QTcpServer(this);
        }
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (socket->bytesAvailable() > 0)
                    onData(socket);
            }
        });
    }
    bool isListening() const { return m_server->isListening(); }
    quint16 serverPort() const { return m_server->serverPort(); }
    void close() { m_server->close(); }
    QUrl url(const QString &path = u"/v1/documents"_s) const
    {
        return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(serverPort()).arg(path));
    }

private:
    bool m_tls = false;
    QTcpServer *m_server = nullptr;

    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            const QByteArray request = buffer.left(end + 4 + length);
            buffer.remove(0, end + 4 + length);
            requests.append(request);
            if (answer)
                answer(socket, request);
        }
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray bodyOf(const QByteArray &request)
{
    return request.mid(request.indexOf("\r\n\r\n") + 4);
}

} // namespace

class TestDirectHttp : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<RawServer> server;
    std::unique_ptr<DirectHttpConnections> connections;
    QList<QBuffer *> bodies;

    QNetworkReply *post(const QByteArray &body, const QUrl &url = {}, bool trustTestCertificate = false)
    {
        auto *device = new QBuffer;
        device->setData(body);
        device->open(QIODevice::ReadOnly);
        QNetworkRequest request(url.isEmpty() ? server->url() : url);
        if (trustTestCertificate) {
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.addCaCertificate(QSslCertificate(QByteArray(kTlsTestCertificate)));
            request.setSslConfiguration(config);
        }
        request.setRawHeader("Authorization", "Bearer tok");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = connections->send(request, "POST", device);
        device->setParent(reply);
        return reply;
    }
    // Waits (bounded) for finished and checks it came exactly once.
    static bool finishOnce(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return false;
        // Deliver whatever is already posted (a stray queued second emission would surface here).
        QCoreApplication::processEvents();
        return reply->isFinished() && finished.count() <= 1;
    }
    static void answerWith(RawServer &s, const QByteArray &raw, bool close = false)
    {
        s.answer = [raw, close](QTcpSocket *socket, const QByteArray &) {
            socket->write(raw);
            if (close)
                socket->disconnectFromHost();
        };
    }

private slots:
    void init()
    {
        server = std::make_unique<RawServer>();
        QVERIFY(server->isListening());
        connections = std::make_unique<DirectHttpConnections>();
    }
    void cleanup()
    {
        connections.reset();
        server.reset();
    }

    void contentLengthAnswerAndExactRequest()
    {
        answerWith(*server, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
                            "X-Two: a\r\nX-Two: b\r\n\r\n{\"documentId\":1}");
        const QByteArray body(300000, 'q');
        QNetworkReply *reply = post(body);
        QSignalSpy progress(reply, &QNetworkReply::uploadProgress);
        QVERIFY(finishOnce(reply));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), u"Created"_s);
        QCOMPARE(reply->readAll(), QByteArray("{\"documentId\":1"));
        QCOMPARE(reply->rawHeader("x-two"), QByteArray("a, b"));
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 15);
        QCOMPARE(server->requests.size(), 1);
        const QByteArray request = server->requests.first();
        QVERIFY(request.startsWith("POST /v1/documents HTTP/1.1\r\n"));
        QVERIFY(request.contains(
            QByteArray("\r\nHost: 127.0.0.1:" + QByteArray::number(server->serverPort()) + "\r\n")));
        QVERIFY(request.contains("\r\nAuthorization: Bearer tok\r\n"));
        QVERIFY(request.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(request.contains("\r\nContent-Length: 300000\r\n"));
        QCOMPARE(bodyOf(request), body);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(body.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(body.size()));
    }

    void queryAndEncodedPathKept()
    {
        answerWith(*server, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        QUrl url = server->url(u"/v1/a%20b"_s);
        url.setQuery(u"x=1&y=%C3%A6"_s);
        QNetworkReply *reply = post("{}", url);
        QVERIFY(finishOnce(reply));
        QVERIFY(server->requests.first().startsWith("POST /v1/a%20b?x=1&y=%C3%A6 HTTP/1.1\r\n"));
    }

    void chunkedAnswerByteByByte()
    {
        // Chunk extensions, upper-case hex, trailers; every byte in its own TCP write.
        const QByteArray raw = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "5;ext=1\r\nhello\r\nA\r\n, chunked!\r\n0\r\nX-Trailer: t\r\n\r\n";
        server->answer = [raw](QTcpSocket *socket, const QByteArray &) {
            for (char c : raw) {
                socket->write(&c, 1);
                socket->flush();
            }
        };
        QNetworkReply *reply = post("{}");
        QByteArray received;
        connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        received += reply->readAll();
        QCOMPARE(received, QByteArray("hello, chunked!"));
    }

    void answerUntilClose()
    {
        answerWith(*server, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"a\":1}", true);
        QNetworkReply *reply = post("{}");
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("{\"a\":1}"));
        QCOMPARE(connections->idleCount(), 0); // a connection whose end marked the body is not reused
    }

    void informationalAnswersSkipped()
    {
        answerWith(*server, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\n"
                            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        QNetworkReply *reply = post("{}");
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
    }

    void keepAliveReusesOneConnection()
    {
        answerWith(*server, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        for (int i = 0; i < 5; ++i) {
            auto *reply = qobject_cast<DirectHttpReply *>(post(QByteArray(70000, char('a' + i))));
            QVERIFY(reply);
            QVERIFY(finishOnce(reply));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->reusedConnection(), i > 0);
            QCOMPARE(bodyOf(server->requests.at(i)), QByteArray(70000, char('a' + i)));
        }
        QCOMPARE(server->connections, 1);
        QCOMPARE(connections->idleCount(), 1);
    }

    void connectionCloseNotReused()
    {
        answerWith(*server, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
        for (int i = 0; i < 3; ++i) {
            QNetworkReply *reply = post("{}");
            QVERIFY(finishOnce(reply));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
        }
        QCOMPARE(server->connections, 3);
        answerWith(*server, "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok");
        for (int i = 0; i < 2; ++i)
            QVERIFY(finishOnce(post("{}")));
        QCOMPARE(server->connections, 5); // HTTP/1.0 answers close too
    }

    void idleConnectionClosedByServerIsNotUsed()
    {
        // The server answers, then closes the kept-alive connection: the next upload opens a new one instead
        // of failing (which, for a creating POST, would have meant a needless "possibly created").
        server->answer = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            QTimer::singleShot(0, socket, [socket] { socket->disconnectFromHost(); });
        };
        QVERIFY(finishOnce(post("{}")));
        QTRY_COMPARE_WITH_TIMEOUT(connections->idleCount(), 0, 5000);
        QNetworkReply *second = post("{}");
        QVERIFY(finishOnce(second));
        QCOMPARE(second->error(), QNetworkReply::NoError);
        QCOMPARE(server->connections, 2);
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("no status line") << QByteArray("HTTX/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("status not a number") << QByteArray("HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("status out of range") << QByteArray("HTTP/1.1 999 Nope\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching\r\n\r\n");
        QTest::newRow("obs-fold") << QByteArray(
            "HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("space before colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n");
        QTest::newRow("length not digits") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n");
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("two lengths") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
        QTest::newRow("gzip coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxx");
        QTest::newRow("chunked then gzip")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n");
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("huge chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n");
        QTest::newRow("no CRLF after chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY");
        QTest::newRow("endless chunk line")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") + QByteArray(4096, '1');
        QTest::newRow("endless headers") << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(80 * 1024, 'x');
    }
    void malformedAnswers()
    {
        QFETCH(QByteArray, raw);
        answerWith(*server, raw);
        QNetworkReply *reply = post("{}");
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
        QVERIFY(!reply->errorString().isEmpty());
        QCOMPARE(connections->idleCount(), 0);
    }

    void droppedBeforeAnswer()
    {
        server->answer = [](QTcpSocket *socket, const QByteArray &) { socket->abort(); };
        QNetworkReply *reply = post(QByteArray(50000, 'z'));
        QVERIFY(finishOnce(reply));
        QVERIFY(reply->error() == QNetworkReply::RemoteHostClosedError ||
                reply->error() == QNetworkReply::UnknownNetworkError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    }

    void droppedMidBody()
    {
        answerWith(*server, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nonly5", true);
        QNetworkReply *reply = post("{}");
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    }

    void connectionRefused()
    {
        const quint16 port = server->serverPort();
        server->close();
        QNetworkReply *reply = post("{}", QUrl(u"http://127.0.0.1:%1/v1/documents"_s.arg(port)));
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    }

    void abortFinishesOnceAndAtOnce()
    {
        server->answer = [](QTcpSocket *, const QByteArray &) {}; // never answers
        QNetworkReply *reply = post(QByteArray(1000, 'a'));
        QTRY_COMPARE_WITH_TIMEOUT(server->requests.size(), 1, 5000);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QSignalSpy errors(reply, &QNetworkReply::errorOccurred);
        reply->abort();
        QCOMPARE(finished.count(), 1); // synchronously, like QNetworkAccessManager's replies
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        reply->abort();
        QCoreApplication::processEvents(); // a second, queued emission would arrive now
        QCOMPARE(finished.count(), 1);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(connections->idleCount(), 0);
    }

    void abortInsideMetaDataChanged()
    {
        // The transport aborts from metaDataChanged when the announced body is too large.
        answerWith(*server, "HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\n\r\nabc");
        QNetworkReply *reply = post("{}");
        connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] { reply->abort(); });
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    }

    void destroyedMidFlight()
    {
        server->answer = [](QTcpSocket *, const QByteArray &) {};
        QPointer<QNetworkReply> reply = post(QByteArray(1000, 'a'));
        QTRY_COMPARE_WITH_TIMEOUT(server->requests.size(), 1, 5000);
        delete reply.data();
        QVERIFY(!reply);
        QCOMPARE(connections->idleCount(), 0);
    }

    void bodyShorterThanAnnounced()
    {
        // A device whose size() promises more than it delivers (a file truncated while uploading).
        class Short : public QBuffer
        {
        public:
            qint64 size() const override { return QBuffer::size() + 100; }
        };
        auto *device = new Short;
        device->setData(QByteArray(1000, 'b'));
        device->open(QIODevice::ReadOnly);
        QNetworkReply *reply = connections->send(QNetworkRequest(server->url()), "POST", device);
        device->setParent(reply);
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->error(), QNetworkReply::UnknownNetworkError);
        QVERIFY(!reply->errorString().isEmpty());
    }

    void headerWithLineBreakRefused()
    {
        QNetworkRequest request(server->url());
        request.setRawHeader("X-Evil", "a\r\nX-Injected: 1");
        auto *device = new QBuffer;
        device->open(QIODevice::ReadOnly);
        QNetworkReply *reply = connections->send(request, "POST", device);
        device->setParent(reply);
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->error(), QNetworkReply::ProtocolInvalidOperationError);
        QCOMPARE(server->requests.size(), 0);
    }

    void tlsUploadsReuseTheConnection()
    {
        server = std::make_unique<RawServer>(true);
        QVERIFY(server->isListening());
        answerWith(*server, "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok");
        for (int i = 0; i < 3; ++i) {
            const QByteArray body(200000, char('k' + i));
            auto *reply = qobject_cast<DirectHttpReply *>(post(body, {}, true));
            QVERIFY(finishOnce(reply));
            QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            QCOMPARE(reply->readAll(), QByteArray("ok"));
            QCOMPARE(reply->reusedConnection(), i > 0);
            QCOMPARE(bodyOf(server->requests.at(i)), body);
        }
        QCOMPARE(server->connections, 1);
    }

    void tlsUntrustedCertificateRefused()
    {
        server = std::make_unique<RawServer>(true);
        answerWith(*server, "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok");
        QNetworkReply *reply =
            post("{\"secret\":1}"); // the system's CAs only: our test certificate is unknown
        QVERIFY(finishOnce(reply));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(server->requests.size(), 0);
        QCOMPARE(connections->idleCount(), 0);
    }

    void usableOnlyWithoutProxy()
    {
        const QUrl url(u"http://127.0.0.1:1/v1"_s);
        QNetworkAccessManager nam;
        QVERIFY(DirectHttpConnections::usableFor(url, &nam));
        QVERIFY(DirectHttpConnections::usableFor(QUrl(u"https://api.example.com/v1"_s), &nam));
        QVERIFY(!DirectHttpConnections::usableFor(QUrl(u"ftp://127.0.0.1/v1"_s), &nam));
        nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"proxy.example"_s, 3128));
        QVERIFY(!DirectHttpConnections::usableFor(url, &nam));
        nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QVERIFY(DirectHttpConnections::usableFor(url, &nam));
        QNetworkAccessManager plain;
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::Socks5Proxy, u"socks.example"_s, 1080));
        QVERIFY(!DirectHttpConnections::usableFor(url, &plain));
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QVERIFY(DirectHttpConnections::usableFor(url, &plain));
        qputenv("LAS_DIRECT_UPLOAD", "0");
        QVERIFY(!DirectHttpConnections::usableFor(url, &plain));
        qunsetenv("LAS_DIRECT_UPLOAD");
    }
};

QTEST_GUILESS_MAIN(TestDirectHttp)
#include "tst_directhttp.moc"
