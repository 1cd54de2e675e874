#include "core/httplog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using las::HttpLog;

class TestHttpLog : public QObject
{
    Q_OBJECT
private slots:
    void sensitiveHeaders()
    {
        for (const char *name :
             {"Authorization", "authorization", "X-Api-Key", "x-api-key", "Cookie", "Proxy-Authorization"})
            QVERIFY2(HttpLog::isSensitiveHeader(name), name);
        QVERIFY(!HttpLog::isSensitiveHeader("Content-Type"));
    }
    void headerRedaction()
    {
        const QByteArray bearer = HttpLog::headerForLog("Authorization", "Bearer eyJsecret.token.value");
        QVERIFY(!bearer.contains("eyJsecret"));
        QVERIFY(bearer.contains("Bearer"));
        const QByteArray basic = HttpLog::headerForLog("Authorization", "Basic Y2xpZW50OnNlY3JldA==");
        QVERIFY(!basic.contains("Y2xpZW50OnNlY3JldA=="));
        const QByteArray key = HttpLog::headerForLog("x-api-key", "my-api-key-123");
        QVERIFY(!key.contains("my-api-key-123"));
        QCOMPARE(HttpLog::headerForLog("Accept", "application/json"), QByteArray("Accept: application/json"));
    }
    void urlRedaction()
    {
        const QUrl url(
            u"https://user:pw@api.example.com/v1/documents?nextToken=abc&access_token=SECRET1&x=1"_s);
        const QString logged = HttpLog::urlForLog(url);
        QVERIFY(!logged.contains(u"SECRET1"_s));
        QVERIFY(!logged.contains(u"pw"_s));
        QVERIFY(logged.contains(u"nextToken=abc"_s));
        QVERIFY(logged.contains(u"/v1/documents"_s));
    }
    void textRedaction()
    {
        const QString json = u"{\"access_token\": \"tok123456\", \"expires_in\": 3600}"_s;
        QVERIFY(!HttpLog::redact(json).contains(u"tok123456"_s));
        QVERIFY(HttpLog::redact(json).contains(u"expires_in"_s));
        const QString form = u"grant_type=client_credentials&client_secret=s3cr3t&client_id=abc"_s;
        QVERIFY(!HttpLog::redact(form).contains(u"s3cr3t"_s));
        QVERIFY(HttpLog::redact(form).contains(u"client_id=abc"_s));
        const QString header = u"Authorization: Bearer abc.def.ghi"_s;
        QVERIFY(!HttpLog::redact(header).contains(u"abc.def.ghi"_s));
        const QString apiKey = u"x-api-key: KEY-9876"_s;
        QVERIFY(!HttpLog::redact(apiKey).contains(u"KEY-9876"_s));
    }
    void knownSecretsRedacted()
    {
        const QString text = u"failed with secret-value-42 inside"_s;
        const QString out = HttpLog::redact(text, {u"secret-value-42"_s, QString(), u"ab"_s});
        QVERIFY(!out.contains(u"secret-value-42"_s));
        QVERIFY(out.contains(u"inside"_s)); // short and empty "secrets" don't shred the text
    }
    void categoryName() { QCOMPARE(QByteArray(las::lcHttp().categoryName()), QByteArray("las.http")); }
};

QTEST_GUILESS_MAIN(TestHttpLog)
#include "tst_httplog.moc"
