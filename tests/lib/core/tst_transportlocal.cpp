// Transport against an in-test HTTP server: what the emulator cannot produce (cross-origin redirects,
// malformed/huge/non-JSON bodies), plus auth, retry, timeout, cancel and logging behaviour in isolation.
#include "auth/tokenprovider.h"
#include "core/retrypolicy.h"
#include "core/transport.h"

#include "minihttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using las::ApiRequest;
using las::Error;
using las::Reply;
using las::Transport;

namespace {
QStringList g_messages;
QMutex g_mutex;
void collect(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    QMutexLocker lock(&g_mutex);
    g_messages << QString::fromLatin1(ctx.category ? ctx.category : "") + u": "_s + msg;
}

struct Number
{
    int n = 0;
    static std::optional<Number> fromJson(const QJsonValue &json, QString *error)
    {
        if (!json.toObject().value(u"n"_s).isDouble()) {
            *error = u"n: expected a number"_s;
            return std::nullopt;
        }
        return Number{json.toObject().value(u"n"_s).toInt()};
    }
};
} // namespace

class TestTransportLocal : public QObject
{
    Q_OBJECT
private:
    using Handler = std::function<MiniHttpServer::Response(const MiniHttpServer::Request &)>;
    Handler api;
    int tokensIssued = 0;
    std::unique_ptr<MiniHttpServer> server;

    QList<MiniHttpServer::Request> apiRequests() const
    {
        QList<MiniHttpServer::Request> out;
        for (const auto &r : server->requests)
            if (!r.target.startsWith("/oauth2/token"))
                out << r;
        return out;
    }
    int tokenRequests() const { return int(server->requests.size() - apiRequests().size()); }

    las::Credentials credentials() const
    {
        las::Credentials c;
        c.clientId = u"my-client-id"_s;
        c.clientSecret = u"my-client-secret-XYZ"_s;
        c.apiKey = u"my-api-key-ABC"_s;
        c.authEndpoint = server->base();
        c.apiEndpoint = server->base() + u"/v1"_s;
        return c;
    }
    static las::RetryPolicy fastRetries(int attempts = 4)
    {
        las::RetryPolicy p;
        p.maxAttempts = attempts;
        p.baseDelayMs = 5;
        p.maxDelayMs = 50;
        p.maxRetryAfterMs = 3000;
        return p;
    }
    static MiniHttpServer::Response json(int status, const QByteArray &body)
    {
        MiniHttpServer::Response r;
        r.status = status;
        r.body = body;
        r.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        return r;
    }
    // Sends and waits (bounded) for the reply to finish; the reply is kept alive for inspection.
    Reply *sendAndWait(Transport &t, const ApiRequest &request, Reply *reply = nullptr, int timeoutMs = 10000)
    {
        if (!reply)
            reply = new Reply(this);
        reply->setAutoDelete(false);
        QSignalSpy finished(reply, &Reply::finished);
        t.send(request, reply);
        if (!finished.wait(timeoutMs))
            qWarning("reply did not finish");
        return reply;
    }

private slots:
    void init()
    {
        tokensIssued = 0;
        api = [](const MiniHttpServer::Request &) { return json(200, "{\"n\": 1}"); };
        server = std::make_unique<MiniHttpServer>([this](const MiniHttpServer::Request &r) {
            if (r.target.startsWith("/oauth2/token")) {
                ++tokensIssued;
                return json(200, "{\"access_token\":\"tok-SECRET-" + QByteArray::number(tokensIssued) +
                                     "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
            }
            return api(r);
        });
        QVERIFY(server->isListening());
    }

    void getCarriesHeaders()
    {
        Transport t(credentials());
        ApiRequest req = ApiRequest::get(u"/documents/las:document:ab"_s);
        req.query = {{u"batchId"_s, u"las:batch:1"_s}, {u"batchId"_s, u"las:batch:2"_s}};
        auto *reply = sendAndWait(t, req);
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->json().toObject().value(u"n"_s).toInt(), 1);
        const auto reqs = apiRequests();
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].method, QByteArray("GET"));
        QCOMPARE(reqs[0].target,
                 QByteArray("/v1/documents/las:document:ab?batchId=las%3Abatch%3A1&batchId=las%3Abatch%3A2"));
        QCOMPARE(reqs[0].headers.value("authorization"), QByteArray("Bearer tok-SECRET-1"));
        QCOMPARE(reqs[0].headers.value("x-api-key"), QByteArray("my-api-key-ABC"));
    }
    void noApiKeyHeaderWhenNotConfigured()
    {
        las::Credentials c = credentials();
        c.apiKey.clear();
        Transport t(c);
        auto *reply = sendAndWait(t, ApiRequest::get(u"/models"_s));
        QVERIFY(reply->isSuccess());
        QVERIFY(!apiRequests()[0].headers.contains("x-api-key"));
    }
    void postAndPatchBodies()
    {
        Transport t(credentials());
        auto *reply = sendAndWait(t, ApiRequest::post(u"/batches"_s, "{\"name\":\"x\"}"));
        QVERIFY(reply->isSuccess());
        reply = sendAndWait(t, ApiRequest::patch(u"/documents/d"_s, "{\"groundTruth\":[]}"));
        QVERIFY(reply->isSuccess());
        const auto reqs = apiRequests();
        QCOMPARE(reqs[0].body, QByteArray("{\"name\":\"x\"}"));
        QCOMPARE(reqs[0].headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(reqs[1].method, QByteArray("PATCH"));
        QCOMPARE(reqs[1].body, QByteArray("{\"groundTruth\":[]}"));
        QCOMPARE(tokenRequests(), 1);
    }
    void noContent()
    {
        api = [](const MiniHttpServer::Request &) {
            MiniHttpServer::Response r;
            r.status = 204;
            return r;
        };
        Transport t(credentials());
        ApiRequest req = ApiRequest::post(u"/transitions/t/executions/e/heartbeats"_s, "{}");
        req.expectNoContent = true;
        auto *reply = sendAndWait(t, req);
        QVERIFY(reply->isSuccess());
        QVERIFY(reply->json().isNull());
        QCOMPARE(reply->httpStatus(), 204);
    }
    void streamedUploadWithProgress()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"doc.pdf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray content(300000, 'x');
        for (int i = 0; i < content.size(); ++i)
            content[i] = char(i * 7);
        f.write(content);
        f.close();
        Transport t(credentials());
        ApiRequest req = ApiRequest::post(u"/documents"_s, {});
        req.upload =
            las::StreamedUpload{"{\"contentType\":\"application/pdf\",\"content\":\"", f.fileName(), "\"}"};
        auto *reply = new Reply(this);
        QSignalSpy progress(reply, &Reply::uploadProgress);
        reply = sendAndWait(t, req, reply);
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        const QByteArray expected =
            "{\"contentType\":\"application/pdf\",\"content\":\"" + content.toBase64() + "\"}";
        QCOMPARE(apiRequests()[0].body, expected);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(expected.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(expected.size()));
    }
    void missingUploadFileIsInvalidInput()
    {
        Transport t(credentials());
        ApiRequest req = ApiRequest::post(u"/documents"_s, {});
        req.upload = las::StreamedUpload{"{\"content\":\"", u"/nonexistent/file.pdf"_s, "\"}"};
        auto *reply = sendAndWait(t, req);
        QCOMPARE(reply->error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(server->requests.size(), 0);
    }
    void plainHttpToRemoteRefused()
    {
        las::Credentials c = credentials();
        c.apiEndpoint = u"http://api.lucidtech.ai/v1"_s;
        Transport t(c);
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Insecure);
        c = credentials();
        c.authEndpoint = u"http://auth.lucidtech.ai"_s;
        Transport t2(c);
        reply = sendAndWait(t2, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Insecure);
        QCOMPARE(server->requests.size(), 0); // not even a token request left
    }
    void crossOriginRedirectCarriesNoCredentials()
    {
        MiniHttpServer other([](const MiniHttpServer::Request &) { return json(200, "{\"n\": 2}"); });
        QVERIFY(other.isListening());
        const QByteArray location = other.url(u"/v1/stolen"_s).toEncoded();
        api = [location](const MiniHttpServer::Request &) {
            MiniHttpServer::Response r;
            r.status = 302;
            r.headers.append(std::pair<QByteArray, QByteArray>("Location", location));
            return r;
        };
        Transport t(credentials());
        t.setRetryPolicy(fastRetries(1));
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Insecure);
        QCOMPARE(other.requests.size(), 0);
        QCOMPARE(other.connections, 0);
    }
    void sameOriginRedirectFollowed()
    {
        api = [this](const MiniHttpServer::Request &r) {
            if (r.target == "/v1/old") {
                MiniHttpServer::Response resp;
                resp.status = 301;
                resp.headers.append(
                    std::pair<QByteArray, QByteArray>("Location", server->url(u"/v1/new"_s).toEncoded()));
                return resp;
            }
            return json(200, "{\"n\": 3}");
        };
        Transport t(credentials());
        auto *reply = sendAndWait(t, ApiRequest::get(u"/old"_s));
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->json().toObject().value(u"n"_s).toInt(), 3);
    }
    void malformedJson()
    {
        api = [](const MiniHttpServer::Request &) { return json(200, "{\"n\": 1, "); };
        Transport t(credentials());
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::InvalidResponse);
        QCOMPARE(apiRequests().size(), 1); // not retried
    }
    void wrongTypes()
    {
        api = [](const MiniHttpServer::Request &) { return json(200, "{\"n\": \"one\"}"); };
        Transport t(credentials());
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s), new las::ResultReply<Number>(this));
        QCOMPARE(reply->error().kind(), Error::Kind::InvalidResponse);
        QVERIFY(reply->error().message().contains(u"n: expected"_s));
    }
    void hugeDeclaredBody()
    {
        api = [](const MiniHttpServer::Request &) {
            MiniHttpServer::Response r;
            r.streamBytes = 100LL * 1024 * 1024;
            return r;
        };
        Transport t(credentials());
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s), nullptr, 60000);
        QCOMPARE(reply->error().kind(), Error::Kind::InvalidResponse);
        QVERIFY(reply->error().message().contains(u"larger"_s));
    }
    void hugeUndeclaredBody()
    {
        api = [](const MiniHttpServer::Request &) {
            MiniHttpServer::Response r;
            r.streamBytes = 100LL * 1024 * 1024;
            r.omitLength = true;
            return r;
        };
        Transport t(credentials());
        t.setMaxResponseBytes(8 * 1024 * 1024);
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s), nullptr, 60000);
        QCOMPARE(reply->error().kind(), Error::Kind::InvalidResponse);
        QVERIFY(reply->error().message().contains(u"larger"_s));
    }
    void nonJsonErrorBodies()
    {
        api = [](const MiniHttpServer::Request &r) {
            MiniHttpServer::Response resp;
            resp.status = r.target.endsWith("teapot") ? 418 : 502;
            resp.body = "<html><body>Bad Gateway</body></html>";
            resp.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "text/html"));
            return resp;
        };
        Transport t(credentials());
        t.setRetryPolicy(fastRetries(2));
        auto *reply = sendAndWait(t, ApiRequest::get(u"/teapot"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::BadRequest);
        QCOMPARE(reply->error().httpStatus(), 418);
        reply = sendAndWait(t, ApiRequest::get(u"/gateway"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Server);
        QCOMPARE(reply->error().httpStatus(), 502);
        QCOMPARE(apiRequests().size(), 3); // 418 once, 502 twice (retried)
    }
    void serverMessageCarried()
    {
        api = [](const MiniHttpServer::Request &) {
            return json(404, "{\"message\": \"Document not found\"}");
        };
        Transport t(credentials());
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents/x"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::NotFound);
        QCOMPARE(reply->error().message(), u"Document not found"_s);
    }
    void retriesThenSucceeds()
    {
        int n = 0;
        api = [&n](const MiniHttpServer::Request &) {
            return ++n <= 2 ? json(503, "{\"message\": \"Service Unavailable\"}") : json(200, "{\"n\": 9}");
        };
        Transport t(credentials());
        t.setRetryPolicy(fastRetries());
        auto *reply = new Reply(this);
        QSignalSpy retries(reply, &Reply::retryScheduled);
        reply = sendAndWait(t, ApiRequest::get(u"/documents"_s), reply);
        QVERIFY(reply->isSuccess());
        QCOMPARE(retries.count(), 2);
        QCOMPARE(retries[0][0].toInt(), 2);
        QCOMPARE(retries[1][0].toInt(), 3);
        QCOMPARE(retries[0][2].value<Error>().httpStatus(), 503);
        QCOMPARE(apiRequests().size(), 3);
    }
    void givesUpAfterMaxAttempts()
    {
        api = [](const MiniHttpServer::Request &) { return json(500, "{\"message\": \"boom\"}"); };
        Transport t(credentials());
        t.setRetryPolicy(fastRetries());
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Server);
        QCOMPARE(apiRequests().size(), 4);
    }
    void createNotRetriedOn5xx()
    {
        api = [](const MiniHttpServer::Request &) { return json(500, "{\"message\": \"boom\"}"); };
        Transport t(credentials());
        t.setRetryPolicy(fastRetries());
        auto *reply = sendAndWait(t, ApiRequest::post(u"/documents"_s, "{}"));
        QCOMPARE(reply->error().kind(), Error::Kind::Server);
        QVERIFY(reply->possiblyDuplicated());
        QCOMPARE(apiRequests().size(), 1);
    }
    void createRetriedWhenRefused()
    {
        // Token endpoint up, API port closed: connection refused is provably "never reached".
        MiniHttpServer closed([](const MiniHttpServer::Request &) { return json(200, "{}"); });
        const QString apiBase = closed.base() + u"/v1"_s;
        closed.close();
        las::Credentials c = credentials();
        c.apiEndpoint = apiBase;
        Transport t(c);
        t.setRetryPolicy(fastRetries());
        auto *reply = new Reply(this);
        QSignalSpy retries(reply, &Reply::retryScheduled);
        reply = sendAndWait(t, ApiRequest::post(u"/documents"_s, "{}"), reply);
        QCOMPARE(reply->error().kind(), Error::Kind::Network);
        QVERIFY(!reply->possiblyDuplicated());
        QCOMPARE(retries.count(), 3);
    }
    void quotaNotRetried()
    {
        api = [](const MiniHttpServer::Request &) {
            auto r = json(429, "{\"message\": \"Limit Exceeded\"}");
            r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
            return r;
        };
        Transport t(credentials());
        t.setRetryPolicy(fastRetries());
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::QuotaExceeded);
        QCOMPARE(reply->error().retryAfterSeconds().value_or(-1), 1);
        QCOMPARE(apiRequests().size(), 1);
    }
    void unauthorizedReplaysOnceThenSignIn()
    {
        api = [](const MiniHttpServer::Request &) { return json(401, "{\"message\": \"Unauthorized\"}"); };
        Transport t(credentials());
        QSignalSpy signIn(&t, &Transport::needsSignIn);
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Auth);
        QCOMPARE(reply->error().httpStatus(), 401);
        const auto reqs = apiRequests();
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[0].headers.value("authorization"), QByteArray("Bearer tok-SECRET-1"));
        QCOMPARE(reqs[1].headers.value("authorization"), QByteArray("Bearer tok-SECRET-2"));
        QCOMPARE(tokenRequests(), 2);
        QCOMPARE(signIn.count(), 1);
    }
    void timeoutOnStall()
    {
        api = [](const MiniHttpServer::Request &) {
            MiniHttpServer::Response r;
            r.hold = true;
            return r;
        };
        Transport t(credentials());
        t.setDefaultTimeout(300);
        t.setRetryPolicy(fastRetries(1));
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Timeout);
        reply = sendAndWait(t, ApiRequest::post(u"/documents"_s, "{}"));
        QCOMPARE(reply->error().kind(), Error::Kind::Timeout);
        QVERIFY(reply->possiblyDuplicated());
    }
    void cancelCompletesOnce()
    {
        api = [](const MiniHttpServer::Request &) {
            MiniHttpServer::Response r;
            r.hold = true;
            return r;
        };
        Transport t(credentials());
        auto *reply = new Reply(this);
        QPointer<Reply> guard(reply);
        QSignalSpy finished(reply, &Reply::finished);
        QSignalSpy failed(reply, &Reply::failed);
        QSignalSpy ok(reply, &Reply::succeeded);
        t.send(ApiRequest::get(u"/documents"_s), reply);
        QTRY_COMPARE_WITH_TIMEOUT(apiRequests().size(), 1, 5000);
        reply->cancel();
        reply->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(ok.count(), 0);
        QCOMPARE(failed[0][0].value<Error>().kind(), Error::Kind::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 5000); // auto-deleted
        QCOMPARE(t.pendingCount(), 0);
    }
    void cancelDuringRetryDelay()
    {
        api = [](const MiniHttpServer::Request &) { return json(503, "{}"); };
        Transport t(credentials());
        las::RetryPolicy p = fastRetries();
        p.baseDelayMs = 60000;
        p.maxDelayMs = 60000;
        p.random = [](int bound) { return bound; };
        t.setRetryPolicy(p);
        auto *reply = new Reply(this);
        reply->setAutoDelete(false);
        QSignalSpy retries(reply, &Reply::retryScheduled);
        QSignalSpy failed(reply, &Reply::failed);
        t.send(ApiRequest::get(u"/documents"_s), reply);
        QVERIFY(retries.wait(5000));
        reply->cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(apiRequests().size(), 1);
        QCOMPARE(t.pendingCount(), 0);
    }
    void transportDestroyedCancels()
    {
        api = [](const MiniHttpServer::Request &) {
            MiniHttpServer::Response r;
            r.hold = true;
            return r;
        };
        auto *t = new Transport(credentials());
        auto *reply = new Reply(this);
        reply->setAutoDelete(false);
        QSignalSpy failed(reply, &Reply::failed);
        t->send(ApiRequest::get(u"/documents"_s), reply);
        QTRY_COMPARE_WITH_TIMEOUT(apiRequests().size(), 1, 5000);
        delete t;
        QCOMPARE(failed.count(), 1);
        QCOMPARE(reply->error().kind(), Error::Kind::Cancelled);
    }
    void concurrentColdCacheOneToken()
    {
        Transport t(credentials());
        QList<Reply *> replies;
        int done = 0;
        for (int i = 0; i < 100; ++i) {
            auto *r = new Reply(this);
            connect(r, &Reply::finished, this, [&done] { ++done; });
            t.send(ApiRequest::get(u"/documents"_s), r);
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 100, 30000);
        QCOMPARE(tokenRequests(), 1);
        QCOMPARE(apiRequests().size(), 100);
    }
    void secretsNeverLogged()
    {
        QLoggingCategory::setFilterRules(u"las.http.debug=true"_s);
        {
            QMutexLocker lock(&g_mutex);
            g_messages.clear();
        }
        const auto previous = qInstallMessageHandler(collect);
        api = [](const MiniHttpServer::Request &r) {
            if (r.target.contains("fail"))
                return json(401, "{\"message\": \"Unauthorized\"}");
            return json(200, "{\"n\": 1}");
        };
        {
            Transport t(credentials());
            ApiRequest get = ApiRequest::get(u"/documents"_s);
            get.query = {{u"access_token"_s, u"tok-SECRET-1"_s}, {u"nextToken"_s, u"n1"_s}};
            sendAndWait(t, get);
            sendAndWait(t, ApiRequest::post(u"/fail"_s, "{\"a\":1}"));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker lock(&g_mutex);
        const QString all = g_messages.join(u'\n');
        QVERIFY2(all.contains(u"las.http"_s),
                 "the log must actually be produced for this test to mean anything");
        QVERIFY(all.contains(u"Authorization"_s));
        const QByteArray basic = QByteArray("my-client-id:my-client-secret-XYZ").toBase64();
        for (const QString &secret :
             {u"tok-SECRET"_s, u"my-client-secret-XYZ"_s, u"my-api-key-ABC"_s, QString::fromLatin1(basic)})
            QVERIFY2(!all.contains(secret), qPrintable(u"leaked: "_s + secret + u"\n"_s + all));
    }
};

QTEST_GUILESS_MAIN(TestTransportLocal)
#include "tst_transportlocal.moc"
