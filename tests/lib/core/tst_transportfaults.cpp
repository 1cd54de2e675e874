// Transport against its own las-emulator with fault injection (label "faults"): single-flight tokens, 401
// refresh without loops, Retry-After (seconds and HTTP date), quota not retried, creating POSTs not re-sent
// after ambiguous failures, GET retried on 503, transfer timeout on a stall, per-call timeouts.
#include "api/client.h"
#include "auth/tokenprovider.h"
#include "core/retryafter.h"
#include "core/retrypolicy.h"
#include "core/transport.h"

#include "emulatorcredentials.h"
#include "emulatorprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using las::ApiRequest;
using las::Error;
using las::Reply;
using las::Transport;

namespace {
QStringList g_log;
QMutex g_logMutex;
void collectLog(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    QMutexLocker lock(&g_logMutex);
    g_log << msg;
}
} // namespace

class TestTransportFaults : public QObject
{
    Q_OBJECT
private:
    EmulatorProcess emulator{EmulatorProcess::Mode::Own};
    QNetworkAccessManager admin;
    QJsonObject before;

    las::Credentials credentials() const { return emulatorCredentials(emulator); }
    // Small retry delays unless a test needs the real policy.
    static las::RetryPolicy fast(int attempts = 4)
    {
        las::RetryPolicy p;
        p.maxAttempts = attempts;
        p.baseDelayMs = 5;
        p.maxDelayMs = 50;
        p.maxRetryAfterMs = 10000;
        return p;
    }
    QByteArray adminCall(const QString &path, const QByteArray &body = {}, bool get = false)
    {
        QNetworkRequest req = emulator.adminRequest(path);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = get ? admin.get(req) : admin.post(req, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            qWarning("admin call %s timed out", qPrintable(path));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            qWarning("admin call %s -> %d", qPrintable(path), status);
        const QByteArray out = reply->readAll();
        reply->deleteLater();
        return out;
    }
    void fault(const QJsonObject &f)
    {
        adminCall(u"/faults"_s, QJsonDocument(f).toJson(QJsonDocument::Compact));
    }
    QJsonObject stats() { return QJsonDocument::fromJson(adminCall(u"/stats"_s, {}, true)).object(); }
    int requestsSince(const QString &key)
    {
        const QJsonObject now = stats();
        return now.value(u"requests"_s).toObject().value(key).toInt() -
               before.value(u"requests"_s).toObject().value(key).toInt();
    }
    int delta(const QString &field) { return stats().value(field).toInt() - before.value(field).toInt(); }
    static QByteArray documentBody()
    {
        return "{\"content\":\"" + QByteArray("%PDF-1.4\n%fault test\n").toBase64() +
               "\",\"contentType\":\"application/pdf\"}";
    }
    Reply *sendAndWait(Transport &t, const ApiRequest &request, Reply *reply = nullptr, int timeoutMs = 30000)
    {
        if (!reply)
            reply = new Reply(this);
        reply->setAutoDelete(false);
        QSignalSpy finished(reply, &Reply::finished);
        t.send(request, reply);
        if (!finished.wait(timeoutMs))
            qWarning("reply did not finish in time");
        return reply;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(emulator.start({}, &error), qPrintable(error));
        adminCall(u"/settings"_s, "{\"quotas\":{\"documents\":100000}}");
    }
    void init()
    {
        adminCall(u"/faults/reset"_s);
        before = stats();
    }
    void cleanupTestCase() { emulator.stop(); }

    void coldCacheHundredCallsOneToken()
    {
        Transport t(credentials());
        int ok = 0, done = 0;
        for (int i = 0; i < 100; ++i) {
            auto *r = new Reply(this);
            connect(r, &Reply::finished, this, [&, r] {
                ++done;
                ok += r->isSuccess() ? 1 : 0;
            });
            t.send(ApiRequest::get(u"/documents"_s), r);
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 100, 60000);
        QCOMPARE(ok, 100);
        QCOMPARE(delta(u"tokenRequests"_s), 1);
        QCOMPARE(requestsSince(u"GET /documents"_s), 100);
    }
    void expiredTokenRefreshedOnceAndReplayed()
    {
        Transport t(credentials());
        QVERIFY(sendAndWait(t, ApiRequest::get(u"/documents"_s))->isSuccess());
        adminCall(u"/tokens/expire"_s);
        // Ten calls see the revoked token at once: one refresh for all, each replayed once.
        int ok = 0, done = 0;
        for (int i = 0; i < 10; ++i) {
            auto *r = new Reply(this);
            connect(r, &Reply::finished, this, [&, r] {
                ++done;
                ok += r->isSuccess() ? 1 : 0;
            });
            t.send(ApiRequest::get(u"/documents"_s), r);
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 30000);
        QCOMPARE(ok, 10);
        QCOMPARE(delta(u"tokenRequests"_s), 2);
        QCOMPARE(requestsSince(u"GET /documents"_s), 1 + 10 + 10);
    }
    void rejectedFreshTokenNoLoop()
    {
        // The token endpoint keeps issuing tokens, the API keeps refusing them: one replay, then Auth.
        fault({{u"failureStatus"_s, 401},
               {u"failureCount"_s, 1000},
               {u"pathPattern"_s, u"^GET /documents$"_s}});
        Transport t(credentials());
        QSignalSpy signIn(&t, &Transport::needsSignIn);
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Auth);
        QCOMPARE(reply->error().httpStatus(), 401);
        QCOMPARE(signIn.count(), 1);
        QCOMPARE(requestsSince(u"GET /documents"_s), 2);
        QCOMPARE(delta(u"tokenRequests"_s), 2);
    }
    void badCredentialsNeedSignIn()
    {
        las::Credentials c = credentials();
        c.clientSecret = u"wrong"_s;
        Transport t(c);
        QSignalSpy signIn(&t, &Transport::needsSignIn);
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Auth);
        QCOMPARE(signIn.count(), 1);
        QCOMPARE(requestsSince(u"GET /documents"_s), 0);
    }
    void retryAfterSecondsHonoured()
    {
        fault({{u"rateLimit"_s, QJsonObject{{u"count"_s, 1},
                                            {u"retryAfter"_s, u"2"_s},
                                            {u"message"_s, u"Too Many Requests"_s}}},
               {u"pathPattern"_s, u"^GET /documents$"_s}});
        Transport t(credentials());
        t.setRetryPolicy(fast());
        auto *reply = new Reply(this);
        QSignalSpy retries(reply, &Reply::retryScheduled);
        reply = sendAndWait(t, ApiRequest::get(u"/documents"_s), reply);
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        QCOMPARE(retries.count(), 1);
        const Error reason = retries[0][2].value<Error>();
        QCOMPARE(reason.kind(), Error::Kind::RateLimited);
        QCOMPARE(reason.retryAfterSeconds().value_or(-1), 2);
        QVERIFY2(retries[0][1].toInt() >= 2000, qPrintable(QString::number(retries[0][1].toInt())));
        QCOMPARE(requestsSince(u"GET /documents"_s), 2);
    }
    void retryAfterHttpDateHonoured()
    {
        const QByteArray date = las::RetryAfter::formatHttpDate(QDateTime::currentDateTimeUtc().addSecs(3));
        fault({{u"rateLimit"_s, QJsonObject{{u"count"_s, 1},
                                            {u"retryAfter"_s, QString::fromLatin1(date)},
                                            {u"message"_s, u"Too Many Requests"_s}}},
               {u"pathPattern"_s, u"^GET /documents$"_s}});
        Transport t(credentials());
        t.setRetryPolicy(fast());
        auto *reply = new Reply(this);
        QSignalSpy retries(reply, &Reply::retryScheduled);
        reply = sendAndWait(t, ApiRequest::get(u"/documents"_s), reply);
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        QCOMPARE(retries.count(), 1);
        const Error reason = retries[0][2].value<Error>();
        QVERIFY(reason.retryAfterSeconds().has_value());
        QVERIFY2(*reason.retryAfterSeconds() >= 1, "an HTTP date 3 s ahead means a wait of at least 1 s");
        QVERIFY(retries[0][1].toInt() >= *reason.retryAfterSeconds() * 1000);
    }
    void limitExceededNotRetried()
    {
        fault(
            {{u"rateLimit"_s,
              QJsonObject{{u"count"_s, 10}, {u"retryAfter"_s, u"1"_s}, {u"message"_s, u"Limit Exceeded"_s}}},
             {u"pathPattern"_s, u"^GET /documents$"_s}});
        Transport t(credentials());
        t.setRetryPolicy(fast());
        auto *reply = new Reply(this);
        QSignalSpy retries(reply, &Reply::retryScheduled);
        reply = sendAndWait(t, ApiRequest::get(u"/documents"_s), reply);
        QCOMPARE(reply->error().kind(), Error::Kind::QuotaExceeded);
        QCOMPARE(reply->error().httpStatus(), 429);
        QCOMPARE(retries.count(), 0);
        QCOMPARE(requestsSince(u"GET /documents"_s), 1);
    }
    void createNotResentAfterDropAfterBody()
    {
        fault({{u"drop"_s, QJsonObject{{u"when"_s, u"afterBody"_s}, {u"count"_s, 1}}},
               {u"pathPattern"_s, u"^POST /documents$"_s}});
        Transport t(credentials());
        t.setRetryPolicy(fast());
        auto *reply = sendAndWait(t, ApiRequest::post(u"/documents"_s, documentBody()));
        QVERIFY(!reply->isSuccess());
        QCOMPARE(reply->error().kind(), Error::Kind::Network);
        QVERIFY(reply->possiblyDuplicated());
        QCOMPARE(requestsSince(u"POST /documents"_s), 1);
        QCOMPARE(delta(u"documentsCreated"_s), 1); // the server did create it: hence "possibly duplicated"
    }
    void streamedCreateNotResentAfterDrop()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"doc.pdf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n" + QByteArray(200000, 'a'));
        f.close();
        fault({{u"drop"_s, QJsonObject{{u"when"_s, u"afterBody"_s}, {u"count"_s, 1}}},
               {u"pathPattern"_s, u"^POST /documents$"_s}});
        Transport t(credentials());
        t.setRetryPolicy(fast());
        ApiRequest req = ApiRequest::post(u"/documents"_s, {});
        req.upload =
            las::StreamedUpload{"{\"contentType\":\"application/pdf\",\"content\":\"", f.fileName(), "\"}"};
        auto *reply = sendAndWait(t, req);
        QVERIFY(!reply->isSuccess());
        QVERIFY(reply->possiblyDuplicated());
        QCOMPARE(requestsSince(u"POST /documents"_s), 1);
    }
    void createDropBeforeBodyIsAmbiguousToo()
    {
        fault({{u"drop"_s, QJsonObject{{u"when"_s, u"beforeBody"_s}, {u"count"_s, 1}}},
               {u"pathPattern"_s, u"^POST /documents$"_s}});
        Transport t(credentials());
        t.setRetryPolicy(fast());
        auto *reply = sendAndWait(t, ApiRequest::post(u"/documents"_s, documentBody()));
        QVERIFY(!reply->isSuccess());
        QVERIFY(reply->possiblyDuplicated());
        QCOMPARE(requestsSince(u"POST /documents"_s), 1);
        QCOMPARE(delta(u"documentsCreated"_s), 0);
    }
    void qtOwnResendFinding()
    {
        // Documents the hazard the transport guards against: a plain QNetworkAccessManager POST of a
        // QByteArray is re-sent by Qt itself when the connection drops after the body was sent.
        fault({{u"drop"_s, QJsonObject{{u"when"_s, u"afterBody"_s}, {u"count"_s, 1}}},
               {u"pathPattern"_s, u"^POST /documents$"_s}});
        Transport t(credentials());
        QVERIFY(sendAndWait(t, ApiRequest::get(u"/documents"_s))->isSuccess()); // a token
        before = stats();
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(emulator.apiUrl().toString() + u"/documents"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + t.tokenProvider()->cachedToken()->token().toUtf8());
        req.setRawHeader("x-api-key", emulator.apiKey().toUtf8());
        QNetworkReply *reply = nam.post(req, documentBody());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        const int sent = requestsSince(u"POST /documents"_s);
        qInfo("plain QNAM POST after an afterBody drop: sent %d time(s), status %d, error %d", sent,
              reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), int(reply->error()));
        QVERIFY(sent >= 1);
        reply->deleteLater();
    }
    void getRetriedOn503ThenSucceeds()
    {
        fault({{u"failureStatus"_s, 503}, {u"failureCount"_s, 2}, {u"pathPattern"_s, u"^GET /documents$"_s}});
        Transport t(credentials());
        t.setRetryPolicy(fast());
        auto *reply = new Reply(this);
        QSignalSpy retries(reply, &Reply::retryScheduled);
        reply = sendAndWait(t, ApiRequest::get(u"/documents"_s), reply);
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        QCOMPARE(retries.count(), 2);
        QCOMPARE(retries[0][2].value<Error>().httpStatus(), 503);
        QCOMPARE(requestsSince(u"GET /documents"_s), 3);
    }
    void createNotRetriedOn503()
    {
        fault(
            {{u"failureStatus"_s, 503}, {u"failureCount"_s, 1}, {u"pathPattern"_s, u"^POST /documents$"_s}});
        Transport t(credentials());
        t.setRetryPolicy(fast());
        auto *reply = sendAndWait(t, ApiRequest::post(u"/documents"_s, documentBody()));
        QCOMPARE(reply->error().kind(), Error::Kind::Server);
        QVERIFY(reply->possiblyDuplicated());
        QCOMPARE(requestsSince(u"POST /documents"_s), 1);
    }
    void transferTimeoutOnStall()
    {
        fault({{u"stallMs"_s, 20000}, {u"stallCount"_s, 1}, {u"pathPattern"_s, u"^GET /documents$"_s}});
        Transport t(credentials());
        t.setDefaultTimeout(500);
        t.setRetryPolicy(fast(1));
        auto *reply = sendAndWait(t, ApiRequest::get(u"/documents"_s));
        QCOMPARE(reply->error().kind(), Error::Kind::Timeout);
    }
    void perCallTimeout()
    {
        // A slow endpoint (latency, no byte for 4 s): a call with the default timeout fails, a call that set
        // a longer one right after it was made succeeds, and a shorter per-call timeout beats a long default.
        fault({{u"latencyMs"_s, 4000}, {u"pathPattern"_s, u"^GET /documents$"_s}});
        Transport t(credentials());
        t.setRetryPolicy(fast(1));
        las::Client client(&t);
        auto waitFor = [](Reply *reply) {
            reply->setAutoDelete(false);
            QSignalSpy finished(reply, &Reply::finished);
            if (!finished.wait(60000))
                qWarning("reply did not finish in time");
            return std::unique_ptr<Reply>(reply);
        };
        // The token first, under the normal default, so the short defaults below only meet the slow path.
        auto models = waitFor(client.listModels());
        QVERIFY2(models->isSuccess(), qPrintable(models->error().toString()));

        t.setDefaultTimeout(1000);
        auto plain = waitFor(client.listDocuments());
        QCOMPARE(plain->error().kind(), Error::Kind::Timeout);

        auto *patientReply = client.listDocuments();
        patientReply->setTimeout(30000);
        auto patient = waitFor(patientReply);
        QVERIFY2(patient->isSuccess(), qPrintable(patient->error().toString()));

        t.setDefaultTimeout(30000);
        auto *hastyReply = client.listDocuments();
        hastyReply->setTimeout(1000);
        auto hasty = waitFor(hastyReply);
        QCOMPARE(hasty->error().kind(), Error::Kind::Timeout);
        QCOMPARE(requestsSince(u"GET /documents"_s), 3);
    }
    void secretsNeverLogged()
    {
        // A real token fetch, a 401 refresh and an upload with las.http debug output on.
        QLoggingCategory::setFilterRules(u"las.http.debug=true"_s);
        const auto previous = qInstallMessageHandler(collectLog);
        QString token;
        {
            Transport t(credentials());
            sendAndWait(t, ApiRequest::get(u"/documents"_s));
            adminCall(u"/tokens/expire"_s);
            sendAndWait(t, ApiRequest::post(u"/documents"_s, documentBody()));
            token = t.tokenProvider()->cachedToken()->token();
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker lock(&g_logMutex);
        const QString all = g_log.join(u'\n');
        QVERIFY2(all.contains(u"/oauth2/token"_s) && all.contains(u"Authorization"_s), "no las.http output");
        const QString basic =
            QString::fromLatin1((emulator.clientId() + u':' + emulator.clientSecret()).toUtf8().toBase64());
        QVERIFY(!token.isEmpty());
        for (const QString &secret : {token, emulator.clientSecret(), emulator.apiKey(), basic}) {
            if (!secret.isEmpty())
                QVERIFY2(!all.contains(secret), "a secret appeared in the log");
        }
    }
    void stallThenRetrySucceeds()
    {
        fault({{u"stallMs"_s, 20000}, {u"stallCount"_s, 1}, {u"pathPattern"_s, u"^GET /documents$"_s}});
        Transport t(credentials());
        t.setDefaultTimeout(500);
        t.setRetryPolicy(fast(2));
        auto *reply = new Reply(this);
        QSignalSpy retries(reply, &Reply::retryScheduled);
        reply = sendAndWait(t, ApiRequest::get(u"/documents"_s), reply);
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        QCOMPARE(retries.count(), 1);
        QCOMPARE(retries[0][2].value<Error>().kind(), Error::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestTransportFaults)
#include "tst_transportfaults.moc"
