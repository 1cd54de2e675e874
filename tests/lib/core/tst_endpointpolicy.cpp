#include "core/endpointpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using las::EndpointPolicy;
using las::Error;

class TestEndpointPolicy : public QObject
{
    Q_OBJECT
private slots:
    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.5.6.7") << u"127.5.6.7"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("[::1]") << u"[::1]"_s << true;
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
        QTest::newRow("mapped") << u"::ffff:127.0.0.1"_s << true;
        QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
        QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
        QTest::newRow("localhost.evil.com") << u"localhost.evil.com"_s << false;
        QTest::newRow("localhost.") << u"localhost."_s << true;
        QTest::newRow("LocalHost.") << u"LocalHost."_s << true;
        QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
        QTest::newRow("[::ffff:127.1.2.3]") << u"[::ffff:127.1.2.3]"_s << true;
        QTest::newRow("mapped hex") << u"::ffff:7f00:1"_s << true;
        QTest::newRow("0:0:0:0:0:0:0:1") << u"0:0:0:0:0:0:0:1"_s << true;
        // A resolver may send these to DNS: plain http with the client secret would leave the machine.
        QTest::newRow("a.localhost") << u"a.localhost"_s << false;
        QTest::newRow("evil.example.localhost") << u"evil.example.localhost"_s << false;
        QTest::newRow("LOCALHOST subdomain") << u"API.LOCALHOST"_s << false;
        QTest::newRow("localhost..") << u"localhost.."_s << false;
        QTest::newRow("localhostx") << u"localhostx"_s << false;
        QTest::newRow("xlocalhost") << u"xlocalhost"_s << false;
        QTest::newRow("spaced") << u" localhost"_s << false;
        QTest::newRow("spaced ip") << u"127.0.0.1 "_s << false;
        QTest::newRow("127.0.0.1.") << u"127.0.0.1."_s << false;
        QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
        QTest::newRow("::2") << u"::2"_s << false;
        QTest::newRow("::ffff:10.0.0.1") << u"::ffff:10.0.0.1"_s << false;
        QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
        QTest::newRow("::") << u"::"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("[]") << u"[]"_s << false;
        QTest::newRow("example.com") << u"api.example.com"_s << false;
    }
    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(EndpointPolicy::isLoopbackHost(host), loopback);
    }
    void check()
    {
        QVERIFY(!EndpointPolicy::check(QUrl(u"https://api.lucidtech.ai/v1"_s)));
        QVERIFY(!EndpointPolicy::check(QUrl(u"http://127.0.0.1:5000/v1"_s)));
        QVERIFY(!EndpointPolicy::check(QUrl(u"http://localhost:5000"_s)));
        QVERIFY(!EndpointPolicy::check(QUrl(u"http://[::1]:5000/v1"_s)));
        QCOMPARE(EndpointPolicy::check(QUrl(u"http://api.localhost:5000/v1"_s))->kind(),
                 Error::Kind::Insecure);
        QCOMPARE(EndpointPolicy::check(QUrl(u"http://127.0.0.1.nip.io/v1"_s))->kind(), Error::Kind::Insecure);
        QCOMPARE(EndpointPolicy::check(QUrl(u"http://api.lucidtech.ai/v1"_s))->kind(), Error::Kind::Insecure);
        QCOMPARE(EndpointPolicy::check(QUrl(u"http://192.168.1.2/v1"_s))->kind(), Error::Kind::Insecure);
        QCOMPARE(EndpointPolicy::check(QUrl(u"ftp://127.0.0.1/"_s))->kind(), Error::Kind::Insecure);
        QVERIFY(EndpointPolicy::check(QUrl()).has_value());
    }
    void tokenUrl()
    {
        las::Credentials c;
        c.authEndpoint = u"auth.lucidtech.ai"_s;
        QCOMPARE(EndpointPolicy::tokenUrl(c).toString(),
                 u"https://auth.lucidtech.ai/oauth2/token?grant_type=client_credentials"_s);
        c.authEndpoint = u"http://127.0.0.1:5000"_s;
        QCOMPARE(EndpointPolicy::tokenUrl(c).toString(),
                 u"http://127.0.0.1:5000/oauth2/token?grant_type=client_credentials"_s);
        c.authEndpoint = u"http://127.0.0.1:5000/"_s;
        c.tokenPath = u"/token"_s;
        QCOMPARE(EndpointPolicy::tokenUrl(c).toString(),
                 u"http://127.0.0.1:5000/token?grant_type=client_credentials"_s);
        c.authEndpoint = u"https://auth.example.com/base"_s;
        c.tokenPath = u"oauth2/token"_s;
        QCOMPARE(EndpointPolicy::tokenUrl(c).toString(),
                 u"https://auth.example.com/base/oauth2/token?grant_type=client_credentials"_s);
    }
    void apiUrl()
    {
        const QUrl url = EndpointPolicy::apiUrl(
            u"http://127.0.0.1:1/v1/"_s, u"/documents/las:document:ab12"_s,
            {{u"batchId"_s, u"las:batch:1"_s}, {u"batchId"_s, u"las:batch:2"_s}, {u"q"_s, u"a b+c"_s}});
        QCOMPARE(url.path(), u"/v1/documents/las:document:ab12"_s);
        QCOMPARE(url.query(QUrl::FullyEncoded),
                 u"batchId=las%3Abatch%3A1&batchId=las%3Abatch%3A2&q=a+b%2Bc"_s);
    }
    void origin()
    {
        QCOMPARE(EndpointPolicy::origin(QUrl(u"https://Api.Example.com/v1"_s)),
                 u"https://api.example.com:443"_s);
        QVERIFY(EndpointPolicy::origin(QUrl(u"http://127.0.0.1:1/"_s)) !=
                EndpointPolicy::origin(QUrl(u"http://127.0.0.1:2/"_s)));
    }
};

QTEST_GUILESS_MAIN(TestEndpointPolicy)
#include "tst_endpointpolicy.moc"
