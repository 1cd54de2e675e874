// Wire: assets, secrets, users and the generic make*Request calls against a real las-emulator.
#include "wirefixture.h"

#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

using namespace las;
using namespace Qt::StringLiterals;

class TestClientAdmin : public QObject
{
    Q_OBJECT
private:
    WireFixture f;
    Client *c() const { return f.client(); }

    template<typename List, typename Item, typename Fetch, typename Items, typename Id>
    static bool listContains(Fetch fetch, Items items, Id id, const QString &wanted)
    {
        QString token;
        for (int page = 0; page < 100; ++page) {
            const auto list = WireFixture::wait(fetch(token));
            if (!list)
                return false;
            for (const Item &item : items(*list)) {
                if (id(item) == wanted)
                    return true;
            }
            if (list->nextToken.isEmpty())
                return false;
            token = list->nextToken;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }

    void assets()
    {
        const QByteArray content = R"({"total_amount":{"type":"amount","display":"Total amount"}})";
        CreateAssetOptions o;
        o.name = u"fieldConfig"_s;
        o.description = u"wire"_s;
        const auto created = WireFixture::wait(c()->createAsset(content, o));
        QVERIFY(created);
        QVERIFY(created->assetId.startsWith(u"las:asset:"_s));
        QCOMPARE(*created->name, u"fieldConfig"_s);

        const auto got = WireFixture::wait(c()->getAsset(created->assetId));
        QVERIFY(got);
        QVERIFY(got->hasContent);
        QCOMPARE(got->content, content);

        QTemporaryFile file;
        QVERIFY(file.open());
        const QByteArray fromFile(70'000, 'z');
        file.write(fromFile);
        file.flush();
        const auto streamed = WireFixture::wait(c()->createAssetFromFile(file.fileName()));
        QVERIFY(streamed);
        const auto streamedGot = WireFixture::wait(c()->getAsset(streamed->assetId));
        QVERIFY(streamedGot);
        QCOMPARE(streamedGot->content, fromFile);

        QVERIFY((listContains<AssetList, Asset>(
            [this](const QString &t) {
                PaginationOptions p;
                p.maxResults = 2;
                p.nextToken = t;
                return c()->listAssets(p);
            },
            [](const AssetList &l) { return l.assets; }, [](const Asset &a) { return a.assetId; },
            created->assetId)));

        UpdateAssetOptions u;
        u.content = QByteArray(R"({"changed":true})");
        u.description = NullableString{};
        const auto updated = WireFixture::wait(c()->updateAsset(created->assetId, u));
        QVERIFY(updated);
        QVERIFY(!updated->description);
        QCOMPARE(*updated->name, u"fieldConfig"_s);
        const auto reread = WireFixture::wait(c()->getAsset(created->assetId));
        QVERIFY(reread);
        QCOMPARE(reread->content, *u.content);
    }

    void secrets()
    {
        CreateSecretOptions o;
        o.name = u"registry"_s;
        o.description = u"docker registry credentials"_s;
        const auto created =
            WireFixture::wait(c()->createSecret({{u"username"_s, u"u"_s}, {u"password"_s, u"p"_s}}, o));
        QVERIFY(created);
        QVERIFY(created->secretId.startsWith(u"las:secret:"_s));
        QCOMPARE(*created->description, o.description.value());

        QVERIFY((listContains<SecretList, Secret>(
            [this](const QString &t) {
                PaginationOptions p;
                p.nextToken = t;
                return c()->listSecrets(p);
            },
            [](const SecretList &l) { return l.secrets; }, [](const Secret &s) { return s.secretId; },
            created->secretId)));

        UpdateSecretOptions u;
        u.data = QJsonObject{{u"username"_s, u"u2"_s}, {u"password"_s, u"p2"_s}};
        u.name = u"registry-2"_s;
        const auto updated = WireFixture::wait(c()->updateSecret(created->secretId, u));
        QVERIFY(updated);
        QCOMPARE(*updated->name, u"registry-2"_s);
        QCOMPARE(*updated->description, o.description.value());
    }

    void users()
    {
        const QString email = u"wire."_s + WireFixture::randomHex32().left(8) + u"@example.com"_s;
        CreateUserOptions o;
        o.name = u"Wire Tester"_s;
        const auto created = WireFixture::wait(c()->createUser(email, o));
        QVERIFY(created);
        QCOMPARE(created->email, email);
        QVERIFY(created->userId.startsWith(u"las:user:"_s));

        const auto got = WireFixture::wait(c()->getUser(created->userId));
        QVERIFY(got);
        QCOMPARE(*got->name, u"Wire Tester"_s);

        QVERIFY((listContains<UserList, User>(
            [this](const QString &t) {
                PaginationOptions p;
                p.maxResults = 3;
                p.nextToken = t;
                return c()->listUsers(p);
            },
            [](const UserList &l) { return l.users; }, [](const User &u) { return u.userId; },
            created->userId)));

        UpdateUserOptions u;
        u.name = NullableString{};
        u.avatar = u"aGVsbG8="_s;
        const auto updated = WireFixture::wait(c()->updateUser(created->userId, u));
        QVERIFY(updated);
        QVERIFY(!updated->name);
        QCOMPARE(*updated->avatar, u"aGVsbG8="_s);

        const auto deleted = WireFixture::wait(c()->deleteUser(created->userId));
        QVERIFY(deleted);
        QCOMPARE(deleted->userId, created->userId);
        Error e;
        QVERIFY(!WireFixture::wait(c()->getUser(created->userId), &e));
        QCOMPARE(e.kind(), Error::Kind::NotFound);
    }

    void genericRequests()
    {
        QJsonValue json;
        QCOMPARE(WireFixture::waitRaw(
                     c()->makePostRequest(u"/batches"_s, QJsonObject{{u"name"_s, u"generic"_s}}), &json)
                     .kind(),
                 Error::Kind::None);
        const QString batchId = json.toObject().value(u"batchId"_s).toString();
        QVERIFY(batchId.startsWith(u"las:batch:"_s));

        QCOMPARE(WireFixture::waitRaw(c()->makeGetRequest(u"/documents"_s, {{u"batchId"_s, batchId},
                                                                            {u"maxResults"_s, u"1"_s}}),
                                      &json)
                     .kind(),
                 Error::Kind::None);
        QVERIFY(json.toObject().value(u"documents"_s).isArray());
        QCOMPARE(json.toObject().value(u"documents"_s).toArray().size(), 0);

        const QString email = u"generic."_s + WireFixture::randomHex32().left(8) + u"@example.com"_s;
        QCOMPARE(
            WireFixture::waitRaw(c()->makePostRequest(u"/users"_s, QJsonObject{{u"email"_s, email}}), &json)
                .kind(),
            Error::Kind::None);
        const QString userId = json.toObject().value(u"userId"_s).toString();
        QVERIFY(userId.startsWith(u"las:user:"_s));
        QCOMPARE(WireFixture::waitRaw(
                     c()->makePatchRequest(u"/users/"_s + userId, QJsonObject{{u"name"_s, u"G"_s}}), &json)
                     .kind(),
                 Error::Kind::None);
        QCOMPARE(json.toObject().value(u"name"_s).toString(), u"G"_s);
        QCOMPARE(WireFixture::waitRaw(c()->makeDeleteRequest(u"/users/"_s + userId), &json).kind(),
                 Error::Kind::None);
        QCOMPARE(json.toObject().value(u"userId"_s).toString(), userId);
        // Server errors come back as values with the server's message.
        const Error e = WireFixture::waitRaw(c()->makeGetRequest(u"/users/"_s + userId));
        QCOMPARE(e.kind(), Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestClientAdmin)
#include "tst_clientadmin.moc"
