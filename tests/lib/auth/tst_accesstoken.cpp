#include "auth/accesstoken.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using las::AccessToken;

class TestAccessToken : public QObject
{
    Q_OBJECT
private:
    const QDateTime t0 = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());

private slots:
    void skewAppliedOnceAtCheckTime()
    {
        const auto token = AccessToken::fromTokenResponse(QJsonObject{{u"access_token"_s, u"abc"_s},
                                                                      {u"expires_in"_s, 3600},
                                                                      {u"token_type"_s, u"Bearer"_s}},
                                                          t0);
        QVERIFY(token);
        // The absolute expiry is stored as given (no skew baked in) ...
        QCOMPARE(token->expiresAt(), t0.addSecs(3600));
        // ... and the 60 s skew is applied when checking.
        QVERIFY(token->isFresh(t0));
        QVERIFY(token->isFresh(t0.addSecs(3600 - 61)));
        QVERIFY(!token->isFresh(t0.addSecs(3600 - 60)));
        QVERIFY(!token->isFresh(t0.addSecs(3600)));
    }
    void shortLivedTokenUsesHalfLifetime()
    {
        const auto token = AccessToken::fromTokenResponse(
            QJsonObject{{u"access_token"_s, u"abc"_s}, {u"expires_in"_s, 30}}, t0);
        QVERIFY(token);
        QCOMPARE(token->skewSeconds(), 15);
        QVERIFY(token->isFresh(t0.addSecs(14)));
        QVERIFY(!token->isFresh(t0.addSecs(15)));
    }
    void badResponses_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("no token") << QJsonObject{{u"expires_in"_s, 3600}};
        QTest::newRow("empty token") << QJsonObject{{u"access_token"_s, u""_s}, {u"expires_in"_s, 3600}};
        QTest::newRow("token not string") << QJsonObject{{u"access_token"_s, 5}, {u"expires_in"_s, 3600}};
        QTest::newRow("no expiry") << QJsonObject{{u"access_token"_s, u"a"_s}};
        QTest::newRow("negative expiry") << QJsonObject{{u"access_token"_s, u"a"_s}, {u"expires_in"_s, -1}};
        QTest::newRow("bool expiry") << QJsonObject{{u"access_token"_s, u"a"_s}, {u"expires_in"_s, true}};
        QTest::newRow("mac token") << QJsonObject{
            {u"access_token"_s, u"a"_s}, {u"expires_in"_s, 10}, {u"token_type"_s, u"mac"_s}};
    }
    void badResponses()
    {
        QFETCH(QJsonObject, json);
        QString why;
        QVERIFY(!AccessToken::fromTokenResponse(json, t0, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!AccessToken::fromTokenResponse(QJsonValue(u"str"_s), t0));
    }
    void storeRoundTrip()
    {
        const AccessToken token(u"tok"_s, t0.addSecs(100), t0);
        const auto back = AccessToken::fromStoreData(token.toStoreData());
        QVERIFY(back);
        QCOMPARE(back->token(), u"tok"_s);
        QCOMPARE(back->expiresAt(), t0.addSecs(100));
        QCOMPARE(back->issuedAt(), t0);
        QVERIFY(!AccessToken::fromStoreData("garbage"));
        QVERIFY(!AccessToken::fromStoreData("{\"token\":1}"));
    }
    void nullIsNeverFresh() { QVERIFY(!AccessToken().isFresh(t0)); }
};

QTEST_GUILESS_MAIN(TestAccessToken)
#include "tst_accesstoken.moc"
