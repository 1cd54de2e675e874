// SecretStore and Client::signOut against the real Secret Service. Run under scripts/with-keyring.sh (private
// D-Bus session with an unlocked gnome-keyring). Fails — does not skip — when the Secret Service is
// unreachable, unless LAS_SKIP_KEYCHAIN=1. The unreachable keychain itself is tested in tst_keychainfallback.
#include "api/client.h"
#include "auth/keychaintokenstore.h"
#include "auth/secretstore.h"
#include "auth/tokenprovider.h"
#include "core/transport.h"

#include "../core/minihttpserver.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using las::Error;
using las::ProfileSecrets;
using las::SecretStore;

namespace {
struct ReadResult
{
    std::optional<ProfileSecrets> secrets;
    Error error;
};
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private:
    const QString service = u"las-review-test"_s;
    SecretStore store{service};
    const QString profile = u"profile-%1"_s.arg(QRandomGenerator::global()->generate());

    // Bounded: the D-Bus round trip is quick; 20 s covers a slow CI start of gnome-keyring.
    std::optional<ReadResult> read(SecretStore &from, const QString &name)
    {
        std::optional<ReadResult> result;
        bool inside = true;
        bool calledInside = false;
        from.read(name, this, [&](const std::optional<ProfileSecrets> &s, const Error &e) {
            calledInside = inside;
            result = ReadResult{s, e};
        });
        inside = false;
        if (calledInside)
            qWarning("read() answered inside the call");
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || calledInside)
            return std::nullopt;
        return result;
    }
    std::optional<Error> write(const QString &name, const ProfileSecrets &secrets)
    {
        std::optional<Error> result;
        store.write(name, secrets, this, [&](const Error &e) { result = e; });
        if (result) // must never be called inside write()
            return Error(Error::Kind::InvalidResponse, u"answered inside the call"_s);
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000); // result stays empty on timeout
        return result;
    }
    std::optional<Error> remove(const QString &name)
    {
        std::optional<Error> result;
        store.remove(name, this, [&](const Error &e) { result = e; });
        if (result)
            return Error(Error::Kind::InvalidResponse, u"answered inside the call"_s);
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000); // result stays empty on timeout
        return result;
    }
    std::optional<las::TokenStore::Result> readToken(const QString &key)
    {
        las::KeychainTokenStore tokens(service);
        std::optional<las::TokenStore::Result> result;
        tokens.read(key, this, [&](const las::TokenStore::Result &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000); // result stays empty on timeout
        return result;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("LAS_SKIP_KEYCHAIN") == u"1"_s)
            QSKIP("LAS_SKIP_KEYCHAIN=1");
        const auto probe = read(store, u"las-probe"_s);
        QVERIFY2(probe, "the keychain did not answer");
        QVERIFY2(
            probe->error.kind() != Error::Kind::KeychainUnavailable,
            qPrintable(u"The Secret Service is unreachable (%1). Run under scripts/with-keyring.sh, or set "
                       u"LAS_SKIP_KEYCHAIN=1 to skip."_s.arg(probe->error.message())));
    }
    void cleanupTestCase()
    {
        remove(profile);
        remove(profile + u"-other"_s);
    }
    void nothingStoredIsNulloptWithoutError()
    {
        const auto r = read(store, profile + u"-absent"_s);
        QVERIFY(r);
        QVERIFY(!r->secrets);
        QVERIFY2(!r->error.isError(), qPrintable(r->error.toString()));
    }
    void roundTrip()
    {
        const ProfileSecrets secrets{u"s3cr\u00e6t \"quoted\" \\ back"_s, u"api-key-\u00f8"_s};
        auto e = write(profile, secrets);
        QVERIFY(e);
        QVERIFY2(!e->isError(), qPrintable(e->toString()));
        auto r = read(store, profile);
        QVERIFY(r);
        QVERIFY2(!r->error.isError(), qPrintable(r->error.toString()));
        QVERIFY(r->secrets);
        QCOMPARE(r->secrets->clientSecret, secrets.clientSecret);
        QCOMPARE(r->secrets->apiKey, secrets.apiKey);

        // Overwrite; an empty API key is kept as empty.
        e = write(profile, {u"second"_s, QString()});
        QVERIFY(e && !e->isError());
        // Another store object (another process would be the same) sees it.
        SecretStore other(service);
        r = read(other, profile);
        QVERIFY(r && r->secrets);
        QCOMPARE(r->secrets->clientSecret, u"second"_s);
        QVERIFY(r->secrets->apiKey.isEmpty());

        e = remove(profile);
        QVERIFY(e && !e->isError());
        r = read(store, profile);
        QVERIFY(r);
        QVERIFY(!r->secrets);
        QVERIFY(!r->error.isError());
        e = remove(profile); // removing what is not there is fine
        QVERIFY(e);
        QVERIFY2(!e->isError(), qPrintable(e->toString()));
    }
    void profilesAreSeparate()
    {
        QVERIFY(write(profile, {u"a"_s, u"ka"_s}).value_or(Error()).kind() == Error::Kind::None);
        QVERIFY(write(profile + u"-other"_s, {u"b"_s, u"kb"_s}).value_or(Error()).kind() ==
                Error::Kind::None);
        auto r = read(store, profile);
        QVERIFY(r && r->secrets);
        QCOMPARE(r->secrets->clientSecret, u"a"_s);
        r = read(store, profile + u"-other"_s);
        QVERIFY(r && r->secrets);
        QCOMPARE(r->secrets->apiKey, u"kb"_s);
        // A different service name is a different keychain namespace.
        SecretStore elsewhere(service + u"-elsewhere"_s);
        r = read(elsewhere, profile);
        QVERIFY(r);
        QVERIFY(!r->secrets);
    }
    void droppedInterestIsSafe()
    {
        // The caller goes away while the job runs: nothing is called, and the job still completes.
        auto *context = new QObject;
        bool called = false;
        store.write(profile, {u"dropped"_s, u"k"_s}, context, [&called](const Error &) { called = true; });
        delete context;
        auto r = read(store, profile); // jobs run one at a time: this one runs after the write
        QVERIFY(r && r->secrets);
        QCOMPARE(r->secrets->clientSecret, u"dropped"_s);
        QVERIFY(!called);
    }
    void foreignEntryIsReportedNotGuessed()
    {
        las::KeychainTokenStore raw(service);
        std::optional<las::TokenStore::Result> written;
        raw.write(SecretStore::keyFor(profile), "not json", this,
                  [&](const las::TokenStore::Result &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QCOMPARE(written->status, las::TokenStore::Status::Ok);
        const auto r = read(store, profile);
        QVERIFY(r);
        QVERIFY(!r->secrets);
        QCOMPARE(r->error.kind(), Error::Kind::InvalidResponse);
        QVERIFY(r->error.message().contains(profile));
    }
    void signOutForgetsTheKeychainToken()
    {
        int tokenRequests = 0;
        MiniHttpServer server([&tokenRequests](const MiniHttpServer::Request &r) {
            MiniHttpServer::Response resp;
            if (r.target.startsWith("/oauth2/token")) {
                resp.body =
                    "{\"access_token\":\"t" + QByteArray::number(++tokenRequests) + "\",\"expires_in\":3600}";
            } else {
                resp.body = "{\"documents\":[],\"nextToken\":null}";
            }
            return resp;
        });
        las::Credentials c;
        c.clientId = u"client-%1"_s.arg(QRandomGenerator::global()->generate());
        c.clientSecret = u"secret"_s;
        c.authEndpoint = server.base();
        c.apiEndpoint = server.base() + u"/v1"_s;
        auto call = [](las::Client &client) {
            auto *reply = client.listDocuments();
            reply->setAutoDelete(false);
            QSignalSpy finished(reply, &las::Reply::finished);
            const bool ok = finished.wait(30000) && reply->isSuccess();
            delete reply;
            return ok;
        };
        const QString key = las::TokenProvider(c, nullptr).storeKey();
        {
            las::Client client(c);
            client.transport()->setTokenStore(std::make_shared<las::KeychainTokenStore>(service));
            QSignalSpy keychain(&client, &las::Client::keychainUnavailable);
            QVERIFY(call(client));
            auto stored = readToken(key); // queued after the write-back
            QVERIFY(stored);
            QCOMPARE(stored->status, las::TokenStore::Status::Ok);

            client.signOut();
            QVERIFY(!client.transport()->tokenProvider()->cachedToken());
            stored = readToken(key); // queued after the removal
            QVERIFY(stored);
            QCOMPARE(stored->status, las::TokenStore::Status::NotFound);
            QVERIFY(call(client)); // a new token from the endpoint
            QCOMPARE(tokenRequests, 2);
            QCOMPARE(keychain.count(), 0);
            client.signOut();
        }
        // A new session (another process) finds nothing in the keychain either.
        las::Client next(c);
        next.transport()->setTokenStore(std::make_shared<las::KeychainTokenStore>(service));
        QVERIFY(call(next));
        QCOMPARE(tokenRequests, 3);
        next.signOut();
        const auto left = readToken(key); // queued after the removal
        QVERIFY(left);
        QCOMPARE(left->status, las::TokenStore::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
