#include "emulatorclient.h"
#include "emulatorprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// The admin fault injection other tests rely on: failures by count and rate, 429 with Retry-After, dropped
// connections before and after the body (seen on a raw socket, so no client retry hides them), stalled
// answers that do not block others, path patterns, stats.
class TestEmulatorFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({}, &error), qPrintable(error));
        m_client = std::make_unique<EmulatorClient>(m_emulator);
        QVERIFY(m_client->authenticate(&error));
    }

    void init() { QCOMPARE(m_client->admin("POST", u"/faults/reset"_s).status, 204); }

    void failureCount()
    {
        QCOMPARE(
            m_client->admin("POST", u"/faults"_s, {{u"failureCount"_s, 2}, {u"failureStatus"_s, 503}}).status,
            204);
        QCOMPARE(m_client->get(u"/models"_s).status, 503);
        QCOMPARE(m_client->get(u"/models"_s).status, 503);
        QCOMPARE(m_client->get(u"/models"_s).status, 200);
    }

    void failureRateOne()
    {
        QCOMPARE(m_client->admin("POST", u"/faults"_s, {{u"failureRate"_s, 1.0}}).status, 204);
        const HttpResult result = m_client->get(u"/models"_s);
        QCOMPARE(result.status, 500);
        QVERIFY(!result.message().isEmpty());
        // Token requests are not hit without a pattern that names them.
        QVERIFY(m_client->authenticate());
    }

    void rateLimitWithRetryAfter()
    {
        QCOMPARE(m_client
                     ->admin("POST", u"/faults"_s,
                             {{u"rateLimit"_s, QJsonObject{{u"count"_s, 1}, {u"retryAfter"_s, u"7"_s}}}})
                     .status,
                 204);
        const HttpResult limited = m_client->get(u"/models"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
        QCOMPARE(limited.message(), u"Too Many Requests"_s);
        QCOMPARE(m_client->get(u"/models"_s).status, 200);
    }

    void pathPattern()
    {
        QCOMPARE(m_client
                     ->admin("POST", u"/faults"_s,
                             {{u"failureCount"_s, 1}, {u"pathPattern"_s, u"^POST /documents$"_s}})
                     .status,
                 204);
        QCOMPARE(m_client->get(u"/documents"_s).status, 200);
        QCOMPARE(createDocument().status, 500);
        QCOMPARE(createDocument().status, 200);
        // A pattern can name the token endpoint.
        QCOMPARE(m_client
                     ->admin("POST", u"/faults"_s,
                             {{u"failureCount"_s, 1}, {u"pathPattern"_s, u"^POST /oauth2/token$"_s}})
                     .status,
                 204);
        QVERIFY(!m_client->authenticate());
        QVERIFY(m_client->authenticate());
    }

    void dropBeforeBody()
    {
        const int created = stats().value(u"documentsCreated"_s).toInt();
        QCOMPARE(m_client
                     ->admin("POST", u"/faults"_s,
                             {{u"drop"_s, QJsonObject{{u"when"_s, u"beforeBody"_s}, {u"count"_s, 1}}}})
                     .status,
                 204);
        QCOMPARE(rawCreateDocument(), QByteArray()); // closed without an answer
        QCOMPARE(stats().value(u"documentsCreated"_s).toInt(), created);
        QVERIFY(rawCreateDocument().startsWith("HTTP/1.1 200"));
    }

    void dropAfterBody()
    {
        const int created = stats().value(u"documentsCreated"_s).toInt();
        QCOMPARE(m_client
                     ->admin("POST", u"/faults"_s,
                             {{u"drop"_s, QJsonObject{{u"when"_s, u"afterBody"_s}, {u"count"_s, 1}}}})
                     .status,
                 204);
        QCOMPARE(rawCreateDocument(), QByteArray());
        // The request was handled before the connection dropped: the ambiguous case clients must check.
        QCOMPARE(stats().value(u"documentsCreated"_s).toInt(), created + 1);
        QVERIFY(rawCreateDocument().startsWith("HTTP/1.1 200"));
    }

    void stallDoesNotBlockOthers()
    {
        QCOMPARE(
            m_client
                ->admin("POST", u"/faults"_s,
                        {{u"stallMs"_s, 60000}, {u"stallCount"_s, 1}, {u"pathPattern"_s, u"^GET /models$"_s}})
                .status,
            204);
        QTcpSocket stalled;
        stalled.connectToHost(m_emulator.directApiUrl().host(), quint16(m_emulator.directApiUrl().port()));
        QVERIFY(stalled.waitForConnected(10000));
        stalled.write("GET /v1/models HTTP/1.1\r\nHost: " + m_emulator.hostHeader() +
                      "\r\nAuthorization: Bearer " + m_client->token().toUtf8() +
                      "\r\nx-api-key: " + m_emulator.apiKey().toUtf8() + "\r\n\r\n");
        QVERIFY(stalled.waitForBytesWritten(10000));
        // While that answer is held back, other requests are served.
        QCOMPARE(m_client->get(u"/documents"_s).status, 200);
        QCOMPARE(m_client->get(u"/models"_s).status, 200); // stallCount 1: the next one is not held
        QCOMPARE(stalled.bytesAvailable(), 0);
        stalled.abort();
    }

    void latency()
    {
        QCOMPARE(m_client->admin("POST", u"/faults"_s, {{u"latencyMs"_s, 300}}).status, 204);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_client->get(u"/models"_s).status, 200);
        // Only a lower bound: the delay is added, nothing is said about how fast the rest is.
        QVERIFY(timer.elapsed() >= 300);
    }

    void statsCountRequestsAsSent()
    {
        QCOMPARE(m_client->admin("POST", u"/stats/reset"_s).status, 204);
        m_client->get(u"/documents"_s);
        m_client->get(u"/documents"_s);
        createDocument();
        const QJsonObject requests = stats().value(u"requests"_s).toObject();
        QCOMPARE(requests.value(u"GET /documents"_s).toInt(), 2);
        QCOMPARE(requests.value(u"POST /documents"_s).toInt(), 1);
        QCOMPARE(stats().value(u"documentsCreated"_s).toInt(), 1);
    }

    void badFaultConfig()
    {
        QCOMPARE(m_client->admin("POST", u"/faults"_s, {{u"failureRate"_s, 2}}).status, 400);
        QCOMPARE(
            m_client->admin("POST", u"/faults"_s, {{u"drop"_s, QJsonObject{{u"when"_s, u"later"_s}}}}).status,
            400);
        QCOMPARE(m_client->admin("POST", u"/faults"_s, {{u"pathPattern"_s, u"("_s}}).status, 400);
        QCOMPARE(m_client->admin("POST", u"/faults"_s, {{u"nonsense"_s, 1}}).status, 400);
    }

private:
    QJsonObject stats() { return m_client->admin("GET", u"/stats"_s).json; }

    HttpResult createDocument()
    {
        return m_client->post(u"/documents"_s,
                              {{u"content"_s, u"JVBERi0xLjQK"_s}, {u"contentType"_s, u"application/pdf"_s}});
    }

    // POST /documents on a fresh raw connection; returns everything the server sent until it closed.
    QByteArray rawCreateDocument()
    {
        const QByteArray body = "{\"content\":\"JVBERi0xLjQK\",\"contentType\":\"application/pdf\"}";
        QTcpSocket socket;
        socket.connectToHost(m_emulator.directApiUrl().host(), quint16(m_emulator.directApiUrl().port()));
        if (!socket.waitForConnected(10000))
            return "not connected";
        socket.write("POST /v1/documents HTTP/1.1\r\nHost: " + m_emulator.hostHeader() +
                     "\r\nConnection: close\r\nContent-Type: "
                     "application/json\r\n"
                     "Authorization: Bearer " +
                     m_client->token().toUtf8() + "\r\nx-api-key: " + m_emulator.apiKey().toUtf8() +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        answer += socket.readAll();
        return answer;
    }

    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};
    std::unique_ptr<EmulatorClient> m_client;
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
