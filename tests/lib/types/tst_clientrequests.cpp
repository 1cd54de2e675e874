// Client without a real API: bad input fails asynchronously with InvalidInput and sends nothing; valid calls
// build the bodies the contract expects (content last, closed objects, repeated query keys).
// A small in-test HTTP server records every request that reaches it.
#include "api/client.h"
#include "api/inputvalidator.h"
#include "core/transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace las;
using namespace Qt::StringLiterals;

namespace {

const QString hex32 = u"0123456789abcdef0123456789abcdef"_s;
const QString docId = u"las:document:"_s + hex32;

struct RecordedRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray body;
};

class RecordingServer : public QObject
{
public:
    RecordingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<RecordedRequest> requests;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray &l : lines) {
                if (l.toLower().startsWith("content-length:"))
                    length = l.mid(15).trimmed().toLongLong();
            }
            if (buf.size() < end + 4 + length)
                return;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            RecordedRequest r{first.value(0), first.value(1), buf.mid(end + 4, length)};
            buf.remove(0, end + 4 + length);
            requests.append(r);
            respond(s, r);
        }
    }

    void respond(QTcpSocket *s, const RecordedRequest &r)
    {
        QByteArray status = "200 OK";
        QByteArray body;
        if (r.target.contains("/token")) {
            body = R"({"access_token":"test-token","expires_in":3600,"token_type":"Bearer"})";
        } else if (r.method == "POST" && r.target.startsWith("/v1/documents")) {
            body =
                QJsonDocument(QJsonObject{{u"documentId"_s, docId}, {u"contentType"_s, u"application/pdf"_s}})
                    .toJson(QJsonDocument::Compact);
        } else {
            status = "404 Not Found";
            body = R"({"message":"Not found"})";
        }
        s->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

Credentials credentialsFor(quint16 port)
{
    Credentials c;
    c.clientId = u"id"_s;
    c.clientSecret = u"secret"_s;
    c.authEndpoint = u"http://127.0.0.1:"_s + QString::number(port);
    c.apiEndpoint = c.authEndpoint + u"/v1"_s;
    return c;
}

// Waits for the reply to finish; returns its error.
Error finish(Reply *reply)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &Reply::finished);
        if (!spy.wait(10000))
            return Error(Error::Kind::Timeout, u"test: reply never finished"_s);
    }
    const Error e = reply->error();
    delete reply;
    return e;
}

} // namespace

class TestClientRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalidInputFailsAsynchronouslyAndSendsNothing()
    {
        RecordingServer server;
        Client client(credentialsFor(server.port()));
        const QString tid = u"las:transition:"_s + hex32;
        const QString bad = u"las:document:XYZ"_s;

        struct Case
        {
            const char *name;
            Reply *reply;
            QString field;
        };
        CreateDocumentOptions badGt;
        badGt.groundTruth = QList<GroundTruth>{{u"bad label"_s, u"x"_s}};
        CreatePredictionsOptions pages;
        pages.maxPages = 4;
        ListDocumentsOptions zero;
        zero.maxResults = 0;
        UpdateDocumentOptions longValue;
        longValue.groundTruth = {GroundTruth(u"a"_s, QString(65, u'x'))};
        DeleteDocumentOptions badConsent;
        badConsent.consentId = {u"nope"_s};
        UpdateTransitionExecution running;
        running.status = u"running"_s;
        const QList<Case> cases{
            {"getDocument", client.getDocument(bad), u"documentId"_s},
            {"createDocument empty", client.createDocument({}, ContentType::Pdf), u"content"_s},
            {"createDocument too big",
             client.createDocument(QByteArray(InputValidator::MaxContentBytes + 1, 'x'), ContentType::Pdf),
             u"content"_s},
            {"createDocument gt", client.createDocument("%PDF-", ContentType::Pdf, badGt),
             u"groundTruth[0].label"_s},
            {"createDocumentFromFile missing",
             client.createDocumentFromFile(u"/nonexistent/file.pdf"_s, ContentType::Pdf), u"path"_s},
            {"createPrediction", client.createPrediction(docId, u"las:model:m"_s, pages), u"maxPages"_s},
            {"listDocuments", client.listDocuments(zero), u"maxResults"_s},
            {"updateDocument", client.updateDocument(docId, longValue), u"groundTruth[0].value"_s},
            {"deleteDocuments", client.deleteDocuments(badConsent), u"consentId[0]"_s},
            {"updateTransitionExecution",
             client.updateTransitionExecution(tid, u"las:transition-execution:"_s + hex32, running),
             u"status"_s},
            {"sendHeartbeat", client.sendHeartbeat(tid, u"x"_s), u"executionId"_s},
            {"getTransitionExecution", client.getTransitionExecution(u"t"_s, u"x"_s), u"transitionId"_s},
            {"createUser", client.createUser(u"not-an-email"_s), u"email"_s},
            {"createTransition", client.createTransition(u"lambda"_s), u"transitionType"_s},
            {"deleteWorkflowExecution", client.deleteWorkflowExecution(u"las:workflow:"_s + hex32, u"e"_s),
             u"executionId"_s},
            {"getLog", client.getLog(u"log"_s), u"logId"_s},
            {"getAsset", client.getAsset(u"a"_s), u"assetId"_s},
            {"updateSecret", client.updateSecret(u"las:secret:"_s + hex32, {}), u"data"_s},
            {"makeGetRequest", client.makeGetRequest(u"https://evil.example/"_s), u"path"_s},
            {"makePostRequest scalar", client.makePostRequest(u"/documents"_s, QJsonValue(5)), u"body"_s},
        };
        // Nothing has happened yet: the failure is delivered from the event loop.
        for (const Case &c : cases) {
            QVERIFY2(!c.reply->isFinished(), c.name);
            c.reply->setAutoDelete(false);
        }
        for (const Case &c : cases) {
            const Error e = finish(c.reply);
            QCOMPARE(e.kind(), Error::Kind::InvalidInput);
            QVERIFY2(e.field() == c.field, qPrintable(QString::fromLatin1(c.name) + u": "_s + e.field()));
        }
        // A valid call afterwards reaches the server; before it, nothing did.
        QCOMPARE(finish(client.getDocument(docId)).kind(), Error::Kind::NotFound);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(server.requests.at(0).target.contains("/token"));
        QCOMPARE(server.requests.at(1).target, "/v1/documents/" + docId.toLatin1());
    }

    void documentBodyIsClosedJsonWithContent()
    {
        RecordingServer server;
        Client client(credentialsFor(server.port()));
        QByteArray content(100'000, '\0');
        for (int i = 0; i < content.size(); ++i)
            content[i] = char(i * 7);
        CreateDocumentOptions options;
        options.batchId = u"las:batch:"_s + hex32;
        options.groundTruth =
            QList<GroundTruth>{{u"total"_s, u"100"_s}, {u"paid"_s, false}, {u"due"_s, QJsonValue()}};
        QCOMPARE(finish(client.createDocument(content, ContentType::Pdf, options)).kind(), Error::Kind::None);
        const RecordedRequest &r = server.requests.constLast();
        QCOMPARE(r.method, "POST");
        QCOMPARE(r.target, "/v1/documents");
        QJsonParseError pe;
        const QJsonObject body = QJsonDocument::fromJson(r.body, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(body.keys(), (QStringList{u"batchId"_s, u"content"_s, u"contentType"_s, u"groundTruth"_s}));
        QCOMPARE(QByteArray::fromBase64(body.value(u"content"_s).toString().toLatin1()), content);
        QCOMPARE(body.value(u"contentType"_s).toString(), u"application/pdf"_s);
        QCOMPARE(body.value(u"groundTruth"_s).toArray().size(), 3);
        QVERIFY(body.value(u"groundTruth"_s).toArray().at(2).toObject().value(u"value"_s).isNull());
    }

    void streamedDocumentBodyIsClosedJson()
    {
        RecordingServer server;
        Client client(credentialsFor(server.port()));
        QTemporaryFile file;
        QVERIFY(file.open());
        QByteArray content = "%PDF-1.4\n";
        content += QByteArray(300'000, 'x');
        file.write(content);
        file.flush();
        CreateDocumentOptions options;
        options.consentId = u"las:consent:"_s + hex32;
        QCOMPARE(finish(client.createDocumentFromFile(file.fileName(), ContentType::Pdf, options)).kind(),
                 Error::Kind::None);
        const QJsonObject body = QJsonDocument::fromJson(server.requests.constLast().body).object();
        QCOMPARE(body.keys(), (QStringList{u"consentId"_s, u"content"_s, u"contentType"_s}));
        QCOMPARE(QByteArray::fromBase64(body.value(u"content"_s).toString().toLatin1()), content);
        // Without other fields the envelope is still a closed object.
        QCOMPARE(finish(client.createDocumentFromFile(file.fileName(), ContentType::Jpeg)).kind(),
                 Error::Kind::None);
        const QJsonObject minimal = QJsonDocument::fromJson(server.requests.constLast().body).object();
        QCOMPARE(minimal.keys(), (QStringList{u"content"_s, u"contentType"_s}));
    }

    void queriesRepeatKeys()
    {
        RecordingServer server;
        Client client(credentialsFor(server.port()));
        ListDocumentsOptions o;
        o.batchId = {u"las:batch:"_s + hex32, u"las:batch:"_s + QString(32, u'f')};
        o.maxResults = 5;
        o.nextToken = u"a b+c"_s;
        finish(client.listDocuments(o));
        const QByteArray target = server.requests.constLast().target;
        QVERIFY2(target.startsWith("/v1/documents?"), target.constData());
        QCOMPARE(target.count("batchId="), 2);
        QVERIFY2(target.contains("maxResults=5"), target.constData());
        // Query values are percent/form encoded ("a b+c" must come back intact).
        QVERIFY2(!target.contains(' '), target.constData());
        QVERIFY2(target.contains("nextToken=a") && (target.contains("%2B") || target.contains("%2b")),
                 target.constData());
    }

    void patchBodiesSendNullsOnlyWhenAsked()
    {
        RecordingServer server;
        Client client(credentialsFor(server.port()));
        UpdateWorkflowOptions o;
        o.description = NullableString{};
        finish(client.updateWorkflow(u"las:workflow:"_s + hex32, o));
        QCOMPARE(server.requests.constLast().method, "PATCH");
        QCOMPARE(server.requests.constLast().body, R"({"description":null})");
        UpdateTransitionExecution done;
        done.status = u"rejected"_s;
        done.errorMessage = u"Not an invoice"_s;
        finish(client.updateTransitionExecution(u"las:transition:"_s + hex32,
                                                u"las:transition-execution:"_s + hex32, done));
        const QJsonObject body = QJsonDocument::fromJson(server.requests.constLast().body).object();
        QCOMPARE(body, (QJsonObject{{u"status"_s, u"rejected"_s},
                                    {u"error"_s, QJsonObject{{u"message"_s, u"Not an invoice"_s}}}}));
    }
};

QTEST_GUILESS_MAIN(TestClientRequests)
#include "tst_clientrequests.moc"
