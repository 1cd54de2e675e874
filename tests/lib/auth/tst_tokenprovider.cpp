#include "auth/memorytokenstore.h"
#include "auth/tokenprovider.h"

#include "../core/minihttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using las::AccessToken;
using las::Error;
using las::TokenProvider;
using las::TokenStore;

namespace {
// A store that never answers (a hung keychain).
class SilentStore : public TokenStore
{
public:
    void read(const QString &, QObject *, Callback) override { ++reads; }
    void write(const QString &, const QByteArray &, QObject *, Callback) override {}
    void remove(const QString &, QObject *, Callback) override {}
    int reads = 0;
};

// A store whose keychain is locked: every operation fails, later.
class FailingStore : public TokenStore
{
public:
    void read(const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }
    void write(const QString &, const QByteArray &, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void remove(const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }

private:
    static void fail(QObject *context, Callback done)
    {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                Result r;
                r.status = Status::Unavailable;
                r.message = u"locked"_s;
                done(r);
            },
            Qt::QueuedConnection);
    }
};

struct Outcome
{
    QString token;
    Error error;
};
} // namespace

class TestTokenProvider : public QObject
{
    Q_OBJECT
private:
    int issued = 0;
    int status = 200;
    bool hold = false; // the token endpoint never answers
    QByteArray override;
    std::unique_ptr<MiniHttpServer> server;
    QNetworkAccessManager nam;

    las::Credentials credentials() const
    {
        las::Credentials c;
        c.clientId = u"client"_s;
        c.clientSecret = u"secret"_s;
        c.authEndpoint = server->base();
        c.apiEndpoint = server->base() + u"/v1"_s;
        return c;
    }
    static void ask(TokenProvider &p, QList<Outcome> &out, QObject *context, const QString &rejected = {})
    {
        auto cb = [&out](const AccessToken &t, const Error &e) { out.append({t.token(), e}); };
        if (rejected.isEmpty())
            p.requestToken(context, cb);
        else
            p.refreshToken(rejected, context, cb);
    }

private slots:
    void init()
    {
        issued = 0;
        status = 200;
        hold = false;
        override.clear();
        server = std::make_unique<MiniHttpServer>([this](const MiniHttpServer::Request &r) {
            MiniHttpServer::Response resp;
            resp.status = status;
            resp.hold = hold;
            if (!override.isEmpty()) {
                resp.body = override;
            } else if (status == 200) {
                ++issued;
                resp.body = QJsonDocument(QJsonObject{{u"access_token"_s, u"token-%1"_s.arg(issued)},
                                                      {u"expires_in"_s, 3600},
                                                      {u"token_type"_s, u"Bearer"_s}})
                                .toJson();
            } else {
                resp.body = "{\"message\": \"invalid_client\"}";
            }
            Q_UNUSED(r);
            return resp;
        });
        QVERIFY(server->isListening());
    }
    void requestShape()
    {
        TokenProvider p(credentials(), &nam);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(server->requests.size(), 1);
        const auto &r = server->requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/oauth2/token?grant_type=client_credentials"));
        QCOMPARE(r.headers.value("authorization"), "Basic " + QByteArray("client:secret").toBase64());
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(out.first().token, u"token-1"_s);
    }
    void singleFlight()
    {
        TokenProvider p(credentials(), &nam);
        QList<Outcome> out;
        for (int i = 0; i < 100; ++i)
            ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 100, 5000);
        QCOMPARE(server->requests.size(), 1);
        for (const Outcome &o : out)
            QCOMPARE(o.token, u"token-1"_s);
        // Cached afterwards.
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 101, 5000);
        QCOMPARE(server->requests.size(), 1);
        QCOMPARE(p.endpointRequestCount(), 1);
    }
    void storeFirstThenWriteBack()
    {
        auto store = std::make_shared<las::MemoryTokenStore>();
        TokenProvider p(credentials(), &nam);
        p.setStore(store);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QVERIFY(store->contains(p.storeKey())); // written back
        // A second provider (a new process) finds it in the store: no endpoint request.
        TokenProvider p2(credentials(), &nam);
        p2.setStore(store);
        ask(p2, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 2, 5000);
        QCOMPARE(out[1].token, u"token-1"_s);
        QCOMPARE(server->requests.size(), 1);
        QCOMPARE(p2.cachedToken()->token(), u"token-1"_s);
    }
    void staleStoreTokenIgnored()
    {
        auto store = std::make_shared<las::MemoryTokenStore>();
        TokenProvider p(credentials(), &nam);
        p.setStore(store);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool written = false;
        store->write(p.storeKey(), AccessToken(u"old"_s, now.addSecs(30), now.addSecs(-3570)).toStoreData(),
                     this, [&](const TokenStore::Result &) { written = true; });
        QTRY_VERIFY(written);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(out.first().token, u"token-1"_s); // 30 s left < 60 s skew: fetched anew
    }
    void networkErrorKeepsStore()
    {
        auto store = std::make_shared<las::MemoryTokenStore>();
        las::Credentials c = credentials();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        server->close(); // nothing listens: connection refused
        TokenProvider p(c, &nam);
        p.setStore(store);
        bool written = false;
        store->write(p.storeKey(), AccessToken(u"old"_s, now.addSecs(10), now.addSecs(-3590)).toStoreData(),
                     this, [&](const TokenStore::Result &) { written = true; });
        QTRY_VERIFY(written);
        QSignalSpy rejected(&p, &TokenProvider::credentialsRejected);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 10000);
        QCOMPARE(out.first().error.kind(), Error::Kind::Network);
        QCOMPARE(rejected.count(), 0);
        QVERIFY(store->contains(p.storeKey()));
    }
    void refusedCredentials()
    {
        status = 401;
        TokenProvider p(credentials(), &nam);
        QSignalSpy rejected(&p, &TokenProvider::credentialsRejected);
        QList<Outcome> out;
        ask(p, out, this);
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 2, 5000);
        QCOMPARE(out[0].error.kind(), Error::Kind::Auth);
        QCOMPARE(out[0].error.httpStatus(), 401);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(server->requests.size(), 1);
    }
    void serverErrorIsNotAuth()
    {
        status = 503;
        TokenProvider p(credentials(), &nam);
        QSignalSpy rejected(&p, &TokenProvider::credentialsRejected);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(out[0].error.kind(), Error::Kind::Server);
        QCOMPARE(rejected.count(), 0);
    }
    void malformedTokenResponse()
    {
        override = "{\"access_token\": 12";
        TokenProvider p(credentials(), &nam);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(out[0].error.kind(), Error::Kind::InvalidResponse);
    }
    void refreshSharedAndNeverReturnsRejected()
    {
        auto store = std::make_shared<las::MemoryTokenStore>();
        TokenProvider p(credentials(), &nam);
        p.setStore(store);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(out[0].token, u"token-1"_s);
        // 20 calls get a 401 with token-1 at once: one new token for all of them.
        for (int i = 0; i < 20; ++i)
            ask(p, out, this, u"token-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 21, 5000);
        QCOMPARE(server->requests.size(), 2);
        for (int i = 1; i < 21; ++i)
            QCOMPARE(out[i].token, u"token-2"_s);
        // A late refresh for token-1 gets the current token-2 without a request.
        ask(p, out, this, u"token-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 22, 5000);
        QCOMPARE(out[21].token, u"token-2"_s);
        QCOMPARE(server->requests.size(), 2);
    }
    void refreshSkipsStoreHoldingRejected()
    {
        auto store = std::make_shared<las::MemoryTokenStore>();
        TokenProvider p(credentials(), &nam);
        p.setStore(store);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool written = false;
        store->write(p.storeKey(), AccessToken(u"revoked"_s, now.addSecs(3000), now).toStoreData(), this,
                     [&](const TokenStore::Result &) { written = true; });
        QTRY_VERIFY(written);
        QList<Outcome> out;
        ask(p, out, this); // from the store
        ask(p, out, this, u"revoked"_s);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 2, 5000);
        QCOMPARE(out[0].token, u"revoked"_s);
        QCOMPARE(out[1].token, u"token-1"_s);
    }
    void hungStoreTimesOut()
    {
        auto store = std::make_shared<SilentStore>();
        TokenProvider p(credentials(), &nam);
        p.setStore(store);
        p.setStoreTimeout(100);
        QSignalSpy failed(&p, &TokenProvider::storeFailed);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(out[0].token, u"token-1"_s);
        QCOMPARE(failed.count(), 1);
    }
    void insecureAuthEndpointRefused()
    {
        las::Credentials c = credentials();
        c.authEndpoint = u"http://auth.example.com"_s;
        TokenProvider p(c, &nam);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(out[0].error.kind(), Error::Kind::Insecure);
        QCOMPARE(p.endpointRequestCount(), 0);
    }
    void deadCallerNotCalled()
    {
        TokenProvider p(credentials(), &nam);
        QList<Outcome> out;
        auto *gone = new QObject;
        ask(p, out, gone);
        delete gone;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(out.size(), 1);
    }
    void destroyedWithRequestInFlight()
    {
        // Before the fix this leaked the request's clock (LeakSanitizer: a QElapsedTimer per destroyed
        // provider).
        hold = true;
        auto *p = new TokenProvider(credentials(), &nam);
        QList<Outcome> out;
        ask(*p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(server->requests.size(), 1, 5000);
        QCOMPARE(p->endpointRequestCount(), 1);
        QSignalSpy aborted(&nam, &QNetworkAccessManager::finished);
        delete p;
        QTRY_COMPARE_WITH_TIMEOUT(aborted.size(), 1, 5000); // the token request is aborted, not left running
        auto *netReply = aborted.first().first().value<QNetworkReply *>();
        QCOMPARE(netReply->error(), QNetworkReply::OperationCanceledError);
        QSignalSpy gone(netReply, &QObject::destroyed);
        QVERIFY(gone.wait(5000)); // and deleted
        QVERIFY(out.isEmpty());   // the waiter is never called by a dead provider

        // The same network access manager serves the next provider.
        hold = false;
        TokenProvider again(credentials(), &nam);
        ask(again, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QVERIFY(!out.first().error.isError());
        QCOMPARE(out.first().token, u"token-2"_s); // the held request had been given token-1
    }
    void signOutForgetsMemoryAndStore()
    {
        auto store = std::make_shared<las::MemoryTokenStore>();
        TokenProvider p(credentials(), &nam);
        p.setStore(store);
        QList<Outcome> out;
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QVERIFY(p.cachedToken());
        QVERIFY(store->contains(p.storeKey()));
        p.signOut();
        QVERIFY(!p.cachedToken());
        QTRY_VERIFY_WITH_TIMEOUT(!store->contains(p.storeKey()), 5000);
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 2, 5000);
        QCOMPARE(out[1].token, u"token-2"_s); // a new token from the endpoint
        QCOMPARE(server->requests.size(), 2);
    }
    void signOutDuringAFetchKeepsNothing()
    {
        auto store = std::make_shared<las::MemoryTokenStore>();
        TokenProvider p(credentials(), &nam);
        p.setStore(store);
        QList<Outcome> out;
        ask(p, out, this);
        p.signOut(); // the fetch is under way
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(out[0].token, u"token-1"_s); // its caller is still served
        QVERIFY(!p.cachedToken());
        QVERIFY(!store->contains(p.storeKey()));
        ask(p, out, this);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 2, 5000);
        QCOMPARE(out[1].token, u"token-2"_s);
    }
    void signOutWithAFailingStoreReportsIt()
    {
        auto store = std::make_shared<FailingStore>();
        TokenProvider p(credentials(), &nam);
        p.setStore(store);
        QSignalSpy failed(&p, &TokenProvider::storeFailed);
        p.signOut();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().toString(), u"locked"_s);
    }
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
