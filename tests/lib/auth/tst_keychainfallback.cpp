// KeychainTokenStore when the Secret Service cannot be reached (D-Bus pointed at nothing): failures map to
// "keychain unavailable" (not "not signed in"), and a Transport using it keeps working with the in-memory
// token while telling the caller the keychain failed.
#include "auth/keychaintokenstore.h"
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
};

QTEST_GUILESS_MAIN(TestKeychainFallback)
#include "tst_keychainfallback.moc"
