#include "auth/keychaintokenstore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using las::KeychainTokenStore;
using las::TokenStore;

// Round trip through the real Secret Service. Run under scripts/with-keyring.sh (private D-Bus session with
// an unlocked gnome-keyring). Fails — does not skip — when the Secret Service is unreachable, unless
// LAS_SKIP_KEYCHAIN=1.
class TestKeychainTokenStore : public QObject
{
    Q_OBJECT
private:
    KeychainTokenStore store{u"las-review-test"_s};
    QString key = u"las-test-key-%1"_s.arg(QRandomGenerator::global()->generate());

    void wait(const std::function<void(TokenStore::Callback)> &op, std::optional<TokenStore::Result> &result)
    {
        result.reset();
        op([&result](const TokenStore::Result &r) { result = r; });
        // Bounded: the D-Bus round trip is quick; 20 s covers a slow CI start of gnome-keyring.
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    }
    TokenStore::Result run(const std::function<void(TokenStore::Callback)> &op)
    {
        std::optional<TokenStore::Result> result;
        wait(op, result);
        return result.value_or(TokenStore::Result{TokenStore::Status::Unavailable, {}, u"no answer"_s});
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("LAS_SKIP_KEYCHAIN") == u"1"_s)
            QSKIP("LAS_SKIP_KEYCHAIN=1");
        const TokenStore::Result probe =
            run([this](TokenStore::Callback cb) { store.read(u"las-probe"_s, this, cb); });
        QVERIFY2(
            probe.status != TokenStore::Status::Unavailable,
            qPrintable(u"The Secret Service is unreachable (%1). Run under scripts/with-keyring.sh, or set "
                       u"LAS_SKIP_KEYCHAIN=1 to skip."_s.arg(probe.message)));
    }
    void notFoundIsNotSignedIn()
    {
        const auto r = run([this](TokenStore::Callback cb) { store.read(key + u"-absent"_s, this, cb); });
        QCOMPARE(r.status, TokenStore::Status::NotFound);
        QCOMPARE(r.error().kind(), las::Error::Kind::Auth);
    }
    void roundTrip()
    {
        const QByteArray secret = "{\"token\":\"tok-\xc3\xa6\xc3\xb8\",\"expiresAt\":123}";
        auto r = run([&](TokenStore::Callback cb) { store.write(key, secret, this, cb); });
        QCOMPARE(r.status, TokenStore::Status::Ok);
        r = run([&](TokenStore::Callback cb) { store.read(key, this, cb); });
        QCOMPARE(r.status, TokenStore::Status::Ok);
        QCOMPARE(r.data, secret);
        // Overwrite.
        r = run([&](TokenStore::Callback cb) { store.write(key, "second", this, cb); });
        QCOMPARE(r.status, TokenStore::Status::Ok);
        r = run([&](TokenStore::Callback cb) { store.read(key, this, cb); });
        QCOMPARE(r.data, QByteArray("second"));
        // A second store object (another process would be the same) sees it.
        KeychainTokenStore other(u"las-review-test"_s);
        r = run([&](TokenStore::Callback cb) { other.read(key, this, cb); });
        QCOMPARE(r.data, QByteArray("second"));
        r = run([&](TokenStore::Callback cb) { store.remove(key, this, cb); });
        QCOMPARE(r.status, TokenStore::Status::Ok);
        r = run([&](TokenStore::Callback cb) { store.read(key, this, cb); });
        QCOMPARE(r.status, TokenStore::Status::NotFound);
        // Removing again is fine.
        r = run([&](TokenStore::Callback cb) { store.remove(key, this, cb); });
        QCOMPARE(r.status, TokenStore::Status::Ok);
    }
    void droppedInterestIsSafe()
    {
        // The caller goes away while the job runs: the job finishes and deletes itself; nothing is called.
        auto *context = new QObject;
        bool called = false;
        store.write(key + u"-drop"_s, "x", context, [&](const TokenStore::Result &) { called = true; });
        delete context;
        const auto r = run([&](TokenStore::Callback cb) { store.remove(key + u"-drop"_s, this, cb); });
        QCOMPARE(r.status, TokenStore::Status::Ok);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
