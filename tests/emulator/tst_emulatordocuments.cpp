#include "emulatorclient.h"
#include "emulatorprocess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Documents and batches over HTTP: create/get/patch, ground truth, pagination while items are added,
// filters, DELETE /documents, request validation (400/404/415/413), quotas (429 Limit Exceeded).
class TestEmulatorDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({u"--strict-responses"_s}, &error), qPrintable(error));
        m_client = std::make_unique<EmulatorClient>(m_emulator);
        QVERIFY(m_client->authenticate(&error));
    }

    void createGetPatch()
    {
        const QByteArray pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
        HttpResult created =
            m_client->post(u"/documents"_s, {{u"content"_s, QString::fromLatin1(pdf.toBase64())},
                                             {u"contentType"_s, u"application/pdf"_s}});
        QCOMPARE(created.status, 200);
        const QString id = created.json.value(u"documentId"_s).toString();
        QVERIFY(QRegularExpression(u"^las:document:[a-f0-9]{32}$"_s).match(id).hasMatch());
        const double updated = created.json.value(u"updated"_s).toDouble();
        QVERIFY(updated >= 1);

        HttpResult got = m_client->get(u"/documents/"_s + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(QByteArray::fromBase64(got.json.value(u"content"_s).toString().toLatin1()), pdf);
        QCOMPARE(got.json.value(u"contentType"_s).toString(), u"application/pdf"_s);

        const QJsonArray groundTruth{
            QJsonObject{{u"label"_s, u"total_amount"_s}, {u"value"_s, u"12.50"_s}},
            QJsonObject{{u"label"_s, u"paid"_s}, {u"value"_s, true}},
            QJsonObject{{u"label"_s, u"due_date"_s}, {u"value"_s, QJsonValue::Null}}};
        HttpResult patched = m_client->patch(u"/documents/"_s + id, {{u"groundTruth"_s, groundTruth}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json.value(u"groundTruth"_s).toArray(), groundTruth);
        QVERIFY(patched.json.value(u"updated"_s).toDouble() > updated);

        // PATCH replaces the ground truth.
        const QJsonArray replacement{QJsonObject{{u"label"_s, u"invoice_id"_s}, {u"value"_s, u"A-1"_s}}};
        patched = m_client->patch(u"/documents/"_s + id, {{u"groundTruth"_s, replacement}});
        QCOMPARE(m_client->get(u"/documents/"_s + id).json.value(u"groundTruth"_s).toArray(), replacement);
    }

    void paginationWhileAdding()
    {
        const QString batchId =
            m_client->post(u"/batches"_s, {{u"name"_s, u"paging"_s}}).json.value(u"batchId"_s).toString();
        QVERIFY(!batchId.isEmpty());
        QSet<QString> created;
        for (int i = 0; i < 5; ++i)
            created.insert(createDocument(batchId));
        QSet<QString> seen;
        QString nextToken;
        int pages = 0;
        do {
            EmulatorClient::Query query{{u"batchId"_s, batchId}, {u"maxResults"_s, u"2"_s}};
            if (!nextToken.isEmpty())
                query.append({u"nextToken"_s, nextToken});
            const HttpResult page = m_client->get(u"/documents"_s, query);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(u"batchId"_s).toArray(), QJsonArray{batchId});
            const QJsonArray documents = page.json.value(u"documents"_s).toArray();
            QVERIFY(documents.size() <= 2);
            for (const QJsonValue &document : documents) {
                const QString id = document.toObject().value(u"documentId"_s).toString();
                QVERIFY2(!seen.contains(id), "a document was listed twice");
                seen.insert(id);
            }
            // Documents added while paging show up later, never shift what was already seen.
            if (pages == 0) {
                for (int i = 0; i < 3; ++i)
                    created.insert(createDocument(batchId));
            }
            nextToken = page.json.value(u"nextToken"_s).toString();
            ++pages;
        } while (!nextToken.isEmpty() && pages < 20);
        QCOMPARE(seen, created);
    }

    void filtersWithRepeatedKeys()
    {
        const QString a = m_client->post(u"/batches"_s, {}).json.value(u"batchId"_s).toString();
        const QString b = m_client->post(u"/batches"_s, {}).json.value(u"batchId"_s).toString();
        const QString c = m_client->post(u"/batches"_s, {}).json.value(u"batchId"_s).toString();
        createDocument(a);
        createDocument(b);
        createDocument(c);
        const HttpResult both = m_client->get(u"/documents"_s, {{u"batchId"_s, a}, {u"batchId"_s, b}});
        QCOMPARE(both.status, 200);
        QCOMPARE(both.json.value(u"documents"_s).toArray().size(), 2);
        QCOMPARE(both.json.value(u"batchId"_s).toArray(), (QJsonArray{a, b}));
        const HttpResult bad = m_client->get(u"/documents"_s, {{u"batchId"_s, u"batch-1"_s}});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.message().contains(u"batchId"_s));
    }

    void deleteByConsent()
    {
        const QString consent = u"las:consent:"_s + QString(32, u'c');
        for (int i = 0; i < 3; ++i)
            createDocument(QString(), consent);
        const QString other = createDocument();
        HttpResult first =
            m_client->del(u"/documents"_s, {{u"consentId"_s, consent}, {u"maxResults"_s, u"2"_s}});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(u"documents"_s).toArray().size(), 2);
        QCOMPARE(first.json.value(u"consentId"_s).toArray(), QJsonArray{consent});
        QVERIFY(!first.json.value(u"nextToken"_s).toString().isEmpty());
        HttpResult second = m_client->del(u"/documents"_s, {{u"consentId"_s, consent}});
        QCOMPARE(second.json.value(u"documents"_s).toArray().size(), 1);
        QCOMPARE(m_client->get(u"/documents"_s, {{u"consentId"_s, consent}})
                     .json.value(u"documents"_s)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(m_client->get(u"/documents/"_s + other).status, 200);
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing content") << QByteArray("{\"contentType\":\"application/pdf\"}")
                                         << QByteArray("application/json") << 400 << u"content"_s;
        QTest::newRow("bad content type enum")
            << QByteArray("{\"content\":\"JVBE\",\"contentType\":\"text/plain\"}")
            << QByteArray("application/json") << 400 << u"contentType"_s;
        QTest::newRow("unknown property")
            << QByteArray("{\"content\":\"JVBE\",\"contentType\":\"image/jpeg\",\"x\":1}")
            << QByteArray("application/json") << 400 << u"x"_s;
        QTest::newRow("bad label") << QByteArray(
                                          "{\"content\":\"JVBE\",\"contentType\":\"image/"
                                          "jpeg\",\"groundTruth\":[{\"label\":\"a b\",\"value\":\"1\"}]}")
                                   << QByteArray("application/json") << 400 << u"label"_s;
        QTest::newRow("value too long")
            << QByteArray("{\"content\":\"JVBE\",\"contentType\":\"image/"
                          "jpeg\",\"groundTruth\":[{\"label\":\"a\",\"value\":\"" +
                          QByteArray(65, 'x') + "\"}]}")
            << QByteArray("application/json") << 400 << u"value"_s;
        QTest::newRow("bad consent")
            << QByteArray("{\"content\":\"JVBE\",\"contentType\":\"image/jpeg\",\"consentId\":\"c\"}")
            << QByteArray("application/json") << 400 << u"consentId"_s;
        QTest::newRow("not base64") << QByteArray("{\"content\":\"***\",\"contentType\":\"image/jpeg\"}")
                                    << QByteArray("application/json") << 400 << u"base64"_s;
        QTest::newRow("not json") << QByteArray("{") << QByteArray("application/json") << 400 << u"JSON"_s;
        QTest::newRow("wrong media type")
            << QByteArray("{\"content\":\"JVBE\",\"contentType\":\"image/jpeg\"}") << QByteArray("text/plain")
            << 415 << u"Content-Type"_s;
        QTest::newRow("unknown batch")
            << QByteArray("{\"content\":\"JVBE\",\"contentType\":\"image/jpeg\",\"batchId\":\"las:batch:" +
                          QByteArray(32, '0') + "\"}")
            << QByteArray("application/json") << 400 << u"batch"_s;
    }
    void validation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const HttpResult result = m_client->api("POST", u"/documents"_s, {}, body, contentType);
        QCOMPARE(result.status, status);
        QVERIFY2(result.message().contains(mentions), qPrintable(result.message()));
    }

    void otherValidation()
    {
        QCOMPARE(m_client->get(u"/documents/las:document:"_s + QString(32, u'0')).status, 404);
        QCOMPARE(m_client->get(u"/documents"_s, {{u"maxResults"_s, u"zero"_s}}).status, 400);
        QCOMPARE(m_client->get(u"/documents"_s, {{u"nextToken"_s, u"garbage!"_s}}).status, 400);
        const HttpResult predictions = m_client->post(
            u"/predictions"_s,
            {{u"documentId"_s, createDocument()}, {u"modelId"_s, u"las:model:x"_s}, {u"maxPages"_s, 4}});
        QCOMPARE(predictions.status, 400);
        QVERIFY(predictions.message().contains(u"maxPages"_s));
        QCOMPARE(m_client->patch(u"/users/las:user:"_s + QString(32, u'0'), {}).status, 400); // minProperties
        QCOMPARE(m_client->get(u"/nothing-here"_s).status, 404);
    }

    void tooLargeContent()
    {
        const QByteArray content(6250004, 'A');
        const QByteArray body = "{\"contentType\":\"application/pdf\",\"content\":\"" + content + "\"}";
        const HttpResult result = m_client->api("POST", u"/documents"_s, {}, body, "application/json");
        QCOMPARE(result.status, 413);
        QVERIFY(!result.message().isEmpty());
    }

    void quota()
    {
        const int existing = m_client->get(u"/documents"_s, {{u"maxResults"_s, u"1000"_s}})
                                 .json.value(u"documents"_s)
                                 .toArray()
                                 .size();
        QCOMPARE(
            m_client
                ->admin("POST", u"/settings"_s, {{u"quotas"_s, QJsonObject{{u"documents"_s, existing + 1}}}})
                .status,
            204);
        createDocument();
        const HttpResult refused = m_client->post(
            u"/documents"_s, {{u"content"_s, u"JVBERi0="_s}, {u"contentType"_s, u"application/pdf"_s}});
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.message(), u"Limit Exceeded"_s);
        QCOMPARE(m_client
                     ->admin("POST", u"/settings"_s,
                             {{u"quotas"_s, QJsonObject{{u"documents"_s, QJsonValue::Null}}}})
                     .status,
                 204);
        createDocument();
    }

private:
    QString createDocument(const QString &batchId = {}, const QString &consentId = {})
    {
        QJsonObject body{{u"content"_s, u"JVBERi0xLjQK"_s}, {u"contentType"_s, u"application/pdf"_s}};
        if (!batchId.isEmpty())
            body.insert(u"batchId"_s, batchId);
        if (!consentId.isEmpty())
            body.insert(u"consentId"_s, consentId);
        const HttpResult result = m_client->post(u"/documents"_s, body);
        if (result.status != 200)
            qWarning() << "create failed" << result.status << result.body;
        return result.json.value(u"documentId"_s).toString();
    }

    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};
    std::unique_ptr<EmulatorClient> m_client;
};

QTEST_GUILESS_MAIN(TestEmulatorDocuments)
#include "tst_emulatordocuments.moc"
