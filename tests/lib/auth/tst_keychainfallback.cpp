// KeychainTokenStore and SecretStore when the Secret Service cannot be reached (D-Bus pointed at nothing):
// failures map to "keychain unavailable" (not "not signed in", not "nothing stored"), and a Client using the
// keychain keeps working with the in-memory token while telling the caller (keychainUnavailable) it failed —
// also when signing out.
#include "api/client.h"
#include "auth/keychaintokenstore.h"
#include "auth/secretstore.h"
#include "core/transport.h"

#include "../core/minihttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using las::KeychainTokenStore;
using las::TokenStore;

class TestKeychainFallback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Before any D-Bus use in this process: no session bus, no way to autolaunch one.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/las-test-bus");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }
    void unreachableIsUnavailable()
    {
        KeychainTokenStore store(u"las-review-test"_s);
        std::optional<TokenStore::Result> result;
        store.read(u"k"_s, this, [&](const TokenStore::Result &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->status, TokenStore::Status::Unavailable);
        QCOMPARE(result->error().kind(), las::Error::Kind::KeychainUnavailable);
        QVERIFY(!result->message.isEmpty());
        result.reset();
        store.write(u"k"_s, "secret", this, [&](const TokenStore::Result &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->status, TokenStore::Status::Unavailable);
    }
    void transportContinuesInMemory()
    {
        MiniHttpServer server([](const MiniHttpServer::Request &r) {
            MiniHttpServer::Response resp;
            resp.body = r.target.startsWith("/oauth2/token")
                            ? QByteArray("{\"access_token\":\"t1\",\"expires_in\":3600}")
                            : QByteArray("{\"ok\":true}");
            return resp;
        });
        las::Credentials c;
        c.clientId = u"id"_s;
        c.clientSecret = u"secret"_s;
        c.authEndpoint = server.base();
        c.apiEndpoint = server.base() + u"/v1"_s;
        las::Transport t(c);
        t.setTokenStore(std::make_shared<KeychainTokenStore>(u"las-review-test"_s));
        QSignalSpy keychain(&t, &las::Transport::keychainUnavailable);
        for (int i = 0; i < 2; ++i) {
            auto *reply = new las::Reply(this);
            reply->setAutoDelete(false);
            QSignalSpy finished(reply, &las::Reply::finished);
            t.send(las::ApiRequest::get(u"/documents"_s), reply);
            QVERIFY(finished.wait(30000));
            QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
            delete reply;
        }
        QTRY_VERIFY_WITH_TIMEOUT(keychain.count() >= 1, 30000);
        int tokenRequests = 0;
        for (const auto &r : server.requests)
            tokenRequests += r.target.startsWith("/oauth2/token") ? 1 : 0;
        QCOMPARE(tokenRequests, 1); // the second call used the in-memory token
    }
    void secretStoreUnavailable()
    {
        las::SecretStore store(u"las-review-test"_s);
        bool called = false;
        std::optional<las::ProfileSecrets> secrets{las::ProfileSecrets{u"x"_s, u"y"_s}};
        las::Error error;
        store.read(u"p"_s, this, [&](const std::optional<las::ProfileSecrets> &s, const las::Error &e) {
            called = true;
            secrets = s;
            error = e;
        });
        QVERIFY(!called); // never inside the call
        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        QVERIFY(!secrets);
        QCOMPARE(error.kind(), las::Error::Kind::KeychainUnavailable);
        QVERIFY(!error.message().isEmpty());

        std::optional<las::Error> written;
        store.write(u"p"_s, {u"secret"_s, u"key"_s}, this, [&](const las::Error &e) { written = e; });
        QVERIFY(!written);
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        QCOMPARE(written->kind(), las::Error::Kind::KeychainUnavailable);
        QVERIFY(!written->message().contains(u"secret"_s));

        std::optional<las::Error> removed;
        store.remove(u"p"_s, this, [&](const las::Error &e) { removed = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        QCOMPARE(removed->kind(), las::Error::Kind::KeychainUnavailable);
    }
    void clientReportsUnavailableKeychain()
    {
        int tokenRequests = 0;
        MiniHttpServer server([&tokenRequests](const MiniHttpServer::Request &r) {
            MiniHttpServer::Response resp;
            if (r.target.startsWith("/oauth2/token"))
                resp.body = "{\"access_token\":\"t%1\",\"expires_in\":3600}";
            else
                resp.body = "{\"documents\":[],\"nextToken\":null}";
            if (r.target.startsWith("/oauth2/token"))
                resp.body.replace("%1", QByteArray::number(++tokenRequests));
            return resp;
        });
        las::Credentials c;
        c.clientId = u"id"_s;
        c.clientSecret = u"secret"_s;
        c.authEndpoint = server.base();
        c.apiEndpoint = server.base() + u"/v1"_s;
        las::Client client(c);
        client.transport()->setTokenStore(std::make_shared<KeychainTokenStore>(u"las-review-test"_s));
        QSignalSpy keychain(&client, &las::Client::keychainUnavailable);
        auto call = [&] {
            auto *reply = client.listDocuments();
            reply->setAutoDelete(false);
            QSignalSpy finished(reply, &las::Reply::finished);
            const bool done = finished.wait(30000);
            const bool ok = done && reply->isSuccess();
            delete reply;
            return ok;
        };
        QVERIFY(call());
        QTRY_VERIFY_WITH_TIMEOUT(keychain.count() >= 1, 30000);
        QVERIFY(!keychain.first().first().toString().isEmpty());
        const int before = int(keychain.count());
        client.signOut(); // the keychain cannot remove the token: said so, and memory is cleared anyway
        QTRY_VERIFY_WITH_TIMEOUT(keychain.count() > before, 30000);
        QVERIFY(call());
        QCOMPARE(tokenRequests, 2);
    }
};

QTEST_GUILESS_MAIN(TestKeychainFallback)
#include "tst_keychainfallback.moc"
