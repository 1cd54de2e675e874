// What the app learns from a Client about its session, without a real API: needsSignIn when the token
// endpoint refuses the credentials or the API answers 401 twice, keychainUnavailable when the token store
// fails, and signOut() forgetting the token so that the next call fetches a new one.
#include "api/client.h"
#include "auth/memorytokenstore.h"
#include "auth/tokenprovider.h"
#include "core/transport.h"

#include "../core/minihttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using las::Client;
using las::Error;
using las::TokenStore;

namespace {
// A store whose keychain is locked: every operation fails, later.
class LockedStore : public TokenStore
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
                r.message = u"the keychain is locked"_s;
                done(r);
            },
            Qt::QueuedConnection);
    }
};
} // namespace

class TestClientSession : public QObject
{
    Q_OBJECT
private:
    int tokenStatus = 200;
    int apiStatus = 200;
    int tokensIssued = 0;
    int tokenRequests = 0;
    int apiRequests = 0;
    std::unique_ptr<MiniHttpServer> server;

    las::Credentials credentials() const
    {
        las::Credentials c;
        c.clientId = u"client"_s;
        c.clientSecret = u"secret"_s;
        c.authEndpoint = server->base();
        c.apiEndpoint = server->base() + u"/v1"_s;
        return c;
    }
    static std::unique_ptr<las::Reply> wait(las::Reply *reply)
    {
        reply->setAutoDelete(false);
        QSignalSpy finished(reply, &las::Reply::finished);
        if (!finished.wait(10000))
            qWarning("reply did not finish in time");
        return std::unique_ptr<las::Reply>(reply);
    }

private slots:
    void init()
    {
        tokenStatus = 200;
        apiStatus = 200;
        tokensIssued = tokenRequests = apiRequests = 0;
        server = std::make_unique<MiniHttpServer>([this](const MiniHttpServer::Request &r) {
            MiniHttpServer::Response resp;
            if (r.target.startsWith("/oauth2/token")) {
                ++tokenRequests;
                resp.status = tokenStatus;
                resp.body = tokenStatus == 200
                                ? "{\"access_token\":\"t" + QByteArray::number(++tokensIssued) +
                                      "\",\"expires_in\":3600}"
                                : QByteArray("{\"message\":\"invalid_client\"}");
            } else {
                ++apiRequests;
                resp.status = apiStatus;
                resp.body = apiStatus == 200 ? QByteArray("{\"documents\":[],\"nextToken\":null}")
                                             : QByteArray("{\"message\":\"Unauthorized\"}");
            }
            return resp;
        });
        QVERIFY(server->isListening());
    }

    void refusedCredentialsNeedSignIn()
    {
        tokenStatus = 401;
        Client client(credentials());
        QSignalSpy signIn(&client, &Client::needsSignIn);
        auto reply = wait(client.listDocuments());
        QCOMPARE(reply->error().kind(), Error::Kind::Auth);
        QCOMPARE(signIn.count(), 1);
        QCOMPARE(signIn.first().first().value<Error>().kind(), Error::Kind::Auth);
        QCOMPARE(apiRequests, 0);
    }
    void secondUnauthorizedNeedsSignIn()
    {
        apiStatus = 401;
        Client client(credentials());
        QSignalSpy signIn(&client, &Client::needsSignIn);
        auto reply = wait(client.listDocuments());
        QCOMPARE(reply->error().kind(), Error::Kind::Auth);
        QCOMPARE(signIn.count(), 1);
        QCOMPARE(apiRequests, 2); // replayed once with a new token, never more
        QCOMPARE(tokenRequests, 2);
    }
    void workingCredentialsDoNotNeedSignIn()
    {
        Client client(credentials());
        QSignalSpy signIn(&client, &Client::needsSignIn);
        QSignalSpy keychain(&client, &Client::keychainUnavailable);
        auto reply = wait(client.listDocuments());
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        QCOMPARE(signIn.count(), 0);
        QCOMPARE(keychain.count(), 0);
    }
    void lockedKeychainIsReported()
    {
        Client client(credentials());
        client.transport()->setTokenStore(std::make_shared<LockedStore>());
        QSignalSpy keychain(&client, &Client::keychainUnavailable);
        auto reply = wait(client.listDocuments());
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString())); // the session goes on in memory
        QTRY_VERIFY_WITH_TIMEOUT(keychain.count() >= 1, 10000);
        QCOMPARE(keychain.first().first().toString(), u"the keychain is locked"_s);
    }
    void sharedTransportForwardsToo()
    {
        tokenStatus = 403;
        las::Transport transport(credentials());
        Client client(&transport);
        QSignalSpy signIn(&client, &Client::needsSignIn);
        auto reply = wait(client.listDocuments());
        QCOMPARE(reply->error().kind(), Error::Kind::Auth);
        QCOMPARE(signIn.count(), 1);
    }
    void signOutFetchesANewToken()
    {
        auto store = std::make_shared<las::MemoryTokenStore>();
        Client client(credentials());
        client.transport()->setTokenStore(store);
        auto reply = wait(client.listDocuments());
        QVERIFY(reply->isSuccess());
        reply = wait(client.listDocuments());
        QVERIFY(reply->isSuccess());
        QCOMPARE(tokenRequests, 1); // cached
        const QString key = client.transport()->tokenProvider()->storeKey();
        QVERIFY(store->contains(key));

        client.signOut();
        QVERIFY(!client.transport()->tokenProvider()->cachedToken());
        QTRY_VERIFY_WITH_TIMEOUT(!store->contains(key), 10000);
        reply = wait(client.listDocuments());
        QVERIFY(reply->isSuccess());
        QCOMPARE(tokenRequests, 2);
        QCOMPARE(client.transport()->tokenProvider()->cachedToken()->token(), u"t2"_s);
    }
};

QTEST_GUILESS_MAIN(TestClientSession)
#include "tst_clientsession.moc"
