// Value types: round trips, type checking with error paths, unknown keys, base64 content, timestamps.
#include "types/asset.h"
#include "types/assetlist.h"
#include "types/batch.h"
#include "types/contenttype.h"
#include "types/groundtruth.h"
#include "types/lasdocument.h"
#include "types/lasdocumentlist.h"
#include "types/log.h"
#include "types/modellist.h"
#include "types/predictionlist.h"
#include "types/secretlist.h"
#include "types/timestamp.h"
#include "types/transitionexecutionlist.h"
#include "types/transitionlist.h"
#include "types/userlist.h"
#include "types/workflowexecutionlist.h"
#include "types/workflowlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace las;
using namespace Qt::StringLiterals;

namespace {

const QString docId = u"las:document:0123456789abcdef0123456789abcdef"_s;
const QString batchId = u"las:batch:0123456789abcdef0123456789abcdef"_s;

QJsonObject parse(const char *json)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return d.object();
}

// fromJson → toJson → fromJson gives the same value, and toJson is stable.
template<typename T>
void checkRoundTrip(const QJsonObject &json)
{
    QString error;
    const std::optional<T> first = T::fromJson(json, &error);
    QVERIFY2(first.has_value(), qPrintable(error));
    const QJsonObject again = first->toJson();
    const std::optional<T> second = T::fromJson(again, &error);
    QVERIFY2(second.has_value(), qPrintable(error));
    QVERIFY(*first == *second);
    QCOMPARE(second->toJson(), again);
}

template<typename T>
QString errorOf(const QJsonValue &json)
{
    QString error;
    const std::optional<T> parsed = T::fromJson(json, &error);
    if (parsed)
        return u"<parsed>"_s;
    return error;
}

} // namespace

class TestValueTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groundTruthValues()
    {
        QString error;
        for (const QJsonValue &v :
             {QJsonValue(u"NOK 100"_s), QJsonValue(true), QJsonValue(QJsonValue::Null)}) {
            const auto g =
                GroundTruth::fromJson(QJsonObject{{u"label"_s, u"total"_s}, {u"value"_s, v}}, &error);
            QVERIFY2(g, qPrintable(error));
            QCOMPARE(g->value, v);
            QCOMPARE(g->toJson().value(u"value"_s), v);
        }
        QCOMPARE(errorOf<GroundTruth>(QJsonObject{{u"label"_s, u"x"_s}, {u"value"_s, 3}}),
                 u"value: expected string, boolean or null, got number"_s);
        QCOMPARE(errorOf<GroundTruth>(QJsonObject{{u"label"_s, u"x"_s}}), u"value: missing"_s);
        QCOMPARE(errorOf<GroundTruth>(QJsonObject{{u"value"_s, u"x"_s}}), u"label: missing"_s);
        QCOMPARE(errorOf<GroundTruth>(QJsonValue(u"x"_s)), u"expected object, got string"_s);
    }

    void documentRoundTrip()
    {
        const QJsonObject json = parse(R"({"documentId":"las:document:0123456789abcdef0123456789abcdef",
            "contentType":"application/pdf","batchId":"las:batch:0123456789abcdef0123456789abcdef",
            "content":"JVBERi0xLjQK","groundTruth":[{"label":"total","value":"100"},{"label":"paid","value":false},
            {"label":"due","value":null}],"predictions":[{"label":"total","value":"100","confidence":0.9}],
            "inferenceTime":1.5,"updated":1613488245,"someFutureKey":{"x":1}})");
        checkRoundTrip<LasDocument>(json);
        QString error;
        const auto d = LasDocument::fromJson(json, &error);
        QVERIFY(d);
        QCOMPARE(d->documentId, docId);
        QCOMPARE(d->batchId, batchId);
        QVERIFY(d->consentId.isEmpty());
        QVERIFY(d->hasContent);
        QCOMPARE(d->content, QByteArray("%PDF-1.4\n"));
        QCOMPARE(d->groundTruth->size(), 3);
        QCOMPARE(d->groundTruth->at(1).value, QJsonValue(false));
        QCOMPARE(d->predictions->at(0).confidence, 0.9);
        QCOMPARE(*d->updated, 1613488245);
        // Unknown keys are tolerated, and not invented on the way out.
        QVERIFY(!d->toJson().contains(u"someFutureKey"_s));
    }

    void documentWithoutContent()
    {
        QString error;
        const auto d = LasDocument::fromJson(
            QJsonObject{{u"documentId"_s, docId}, {u"contentType"_s, u"image/jpeg"_s}}, &error);
        QVERIFY(d);
        QVERIFY(!d->hasContent);
        QVERIFY(!d->groundTruth);
        QVERIFY(!d->toJson().contains(u"content"_s));
        QVERIFY(!d->toJson().contains(u"groundTruth"_s));
    }

    void documentErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing id") << QByteArray(R"({"contentType":"application/pdf"})")
                                    << u"documentId: missing"_s;
        QTest::newRow("id number") << QByteArray(R"({"documentId":5,"contentType":"application/pdf"})")
                                   << u"documentId: expected string, got number"_s;
        QTest::newRow("bad base64") << QByteArray(R"({"documentId":"a","contentType":"b","content":"!!!"})")
                                    << u"content: expected base64"_s;
        QTest::newRow("updated float") << QByteArray(R"({"documentId":"a","contentType":"b","updated":1.5})")
                                       << u"updated: expected integer, got number"_s;
        QTest::newRow("batchId null") << QByteArray(R"({"documentId":"a","contentType":"b","batchId":null})")
                                      << u"batchId: expected string, got null"_s;
        QTest::newRow("gt not array")
            << QByteArray(R"({"documentId":"a","contentType":"b","groundTruth":{}})")
            << u"groundTruth: expected array, got object"_s;
        QTest::newRow("gt item label")
            << QByteArray(
                   R"({"documentId":"a","contentType":"b","groundTruth":[{"label":"x","value":"1"},{"label":7,"value":"1"}]})")
            << u"groundTruth[1].label: expected string, got number"_s;
        QTest::newRow("gt item not object")
            << QByteArray(R"({"documentId":"a","contentType":"b","groundTruth":[[]]})")
            << u"groundTruth[0]: expected object, got array"_s;
        QTest::newRow("prediction confidence")
            << QByteArray(
                   R"({"documentId":"a","contentType":"b","predictions":[{"label":"x","value":"1","confidence":"high"}]})")
            << u"predictions[0].confidence: expected number, got string"_s;
    }

    void documentErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QCOMPARE(errorOf<LasDocument>(QJsonDocument::fromJson(json).object()), error);
    }

    void documentListPaths()
    {
        QJsonArray docs;
        for (int i = 0; i < 3; ++i)
            docs.append(QJsonObject{{u"documentId"_s, docId}, {u"contentType"_s, u"application/pdf"_s}});
        docs.append(QJsonObject{{u"documentId"_s, 42}, {u"contentType"_s, u"application/pdf"_s}});
        QCOMPARE(errorOf<LasDocumentList>(QJsonObject{{u"documents"_s, docs}}),
                 u"documents[3].documentId: expected string, got number"_s);
        docs.removeLast();
        const QJsonObject ok{{u"documents"_s, docs},
                             {u"nextToken"_s, u"abc"_s},
                             {u"batchId"_s, QJsonArray{batchId}},
                             {u"consentId"_s, QJsonArray{}}};
        checkRoundTrip<LasDocumentList>(ok);
        QString error;
        const auto list = LasDocumentList::fromJson(ok, &error);
        QCOMPARE(list->documents.size(), 3);
        QCOMPARE(list->nextToken, u"abc"_s);
        QCOMPARE(list->batchId, QStringList{batchId});
        // A bare string filter echo (the SDK's typing) is accepted too; null nextToken is the last page.
        const auto single = LasDocumentList::fromJson(QJsonObject{{u"documents"_s, QJsonArray{}},
                                                                  {u"batchId"_s, batchId},
                                                                  {u"nextToken"_s, QJsonValue()}},
                                                      &error);
        QVERIFY(single);
        QCOMPARE(single->batchId, QStringList{batchId});
        QVERIFY(single->nextToken.isEmpty());
        QCOMPARE(errorOf<LasDocumentList>(QJsonObject{{u"documents"_s, QJsonArray{}}, {u"nextToken"_s, 3}}),
                 u"nextToken: expected string or null, got number"_s);
        QCOMPARE(errorOf<LasDocumentList>(QJsonObject{}), u"documents: missing"_s);
    }

    void predictions()
    {
        const QJsonObject json = parse(R"({"predictionId":"las:prediction:0123456789abcdef0123456789abcdef",
            "documentId":"las:document:0123456789abcdef0123456789abcdef","modelId":"las:model:invoice",
            "inferenceTime":0.25,"timestamp":1613488245,
            "predictions":[{"label":"total","value":"100.00","confidence":0.97},
                           {"label":"due","value":null,"confidence":0.1,"page":1,"location":[0.1,0.2,0.3,0.4]}]})");
        checkRoundTrip<PredictionResponse>(json);
        QString error;
        const auto p = PredictionResponse::fromJson(json, &error);
        QCOMPARE(p->predictions.size(), 2);
        QVERIFY(!p->predictions.at(0).page);
        QCOMPARE(*p->predictions.at(1).page, 1);
        QCOMPARE(p->predictions.at(1).location->size(), 4);
        QVERIFY(p->predictions.at(1).value.isNull());
        checkRoundTrip<PredictionList>(
            QJsonObject{{u"predictions"_s, QJsonArray{json}}, {u"nextToken"_s, QJsonValue()}});
        QJsonObject bad = json;
        bad.insert(u"timestamp"_s, u"yesterday"_s);
        QCOMPARE(errorOf<PredictionResponse>(bad), u"timestamp: expected number, got string"_s);
        QCOMPARE(errorOf<PredictionList>(QJsonObject{{u"predictions"_s, QJsonArray{bad}}}),
                 u"predictions[0].timestamp: expected number, got string"_s);
        QJsonObject badLocation = parse(R"({"label":"a","value":"b","confidence":0.5,"location":[0.1,"x"]})");
        QCOMPARE(errorOf<Prediction>(badLocation), u"location[1]: expected number, got string"_s);
    }

    void transitions()
    {
        const QJsonObject json = parse(R"({"transitionId":"las:transition:0123456789abcdef0123456789abcdef",
            "transitionType":"manual","name":"Review","description":null,"inputJsonSchema":{"type":"object"},
            "assets":{"jsRemoteComponent":"las:asset:0123456789abcdef0123456789abcdef"},"parameters":{}})");
        checkRoundTrip<Transition>(json);
        QString error;
        const auto t = Transition::fromJson(json, &error);
        QCOMPARE(*t->name, u"Review"_s);
        QVERIFY(!t->description);
        QVERIFY(!t->outputJsonSchema);
        QJsonObject noName = json;
        noName.remove(u"name"_s);
        QCOMPARE(errorOf<Transition>(noName), u"name: missing"_s);
        checkRoundTrip<TransitionList>(QJsonObject{{u"transitions"_s, QJsonArray{json}},
                                                   {u"transitionType"_s, QJsonArray{u"manual"_s}}});
        QJsonObject badSchema = json;
        badSchema.insert(u"inputJsonSchema"_s, QJsonArray{});
        QCOMPARE(errorOf<TransitionList>(QJsonObject{{u"transitions"_s, QJsonArray{json, badSchema}}}),
                 u"transitions[1].inputJsonSchema: expected object, got array"_s);
    }

    void transitionExecutions()
    {
        const QJsonObject json =
            parse(R"({"executionId":"las:transition-execution:0123456789abcdef0123456789abcdef",
            "transitionId":"las:transition:0123456789abcdef0123456789abcdef","status":"running",
            "input":{"documentId":"x"},"completedBy":null,"startTime":"2021-02-16 15:30:45.123456","endTime":null,
            "logId":"las:log:0123456789abcdef0123456789abcdef"})");
        checkRoundTrip<TransitionExecution>(json);
        QString error;
        const auto e = TransitionExecution::fromJson(json, &error);
        QCOMPARE(e->startDateTime(), QDateTime(QDate(2021, 2, 16), QTime(15, 30, 45, 123), Qt::UTC));
        QVERIFY(!e->endDateTime().isValid());
        QJsonObject noCompleted = json;
        noCompleted.remove(u"completedBy"_s);
        QCOMPARE(errorOf<TransitionExecution>(noCompleted), u"completedBy: missing"_s);
        const QJsonObject list{{u"transitionId"_s, json.value(u"transitionId"_s)},
                               {u"executions"_s, QJsonArray{json}},
                               {u"status"_s, QJsonArray{u"running"_s}}};
        checkRoundTrip<TransitionExecutionList>(list);
        QJsonObject noTid = list;
        noTid.remove(u"transitionId"_s);
        QCOMPARE(errorOf<TransitionExecutionList>(noTid), u"transitionId: missing"_s);
    }

    void workflows()
    {
        const QJsonObject wf = parse(R"({"workflowId":"las:workflow:0123456789abcdef0123456789abcdef",
            "name":"Invoices","description":null})");
        checkRoundTrip<Workflow>(wf);
        checkRoundTrip<WorkflowList>(QJsonObject{{u"workflows"_s, QJsonArray{wf}}, {u"nextToken"_s, u"t"_s}});
        const QJsonObject ex =
            parse(R"({"executionId":"las:workflow-execution:0123456789abcdef0123456789abcdef",
            "workflowId":"las:workflow:0123456789abcdef0123456789abcdef","status":"succeeded","input":{"a":1},
            "output":{},"transitionExecutions":{"las:transition:0123456789abcdef0123456789abcdef":["e1"]},
            "startTime":"2021-02-16T15:30:45Z","endTime":"2021-02-16 15:31:00.000000",
            "completedBy":["las:user:0123456789abcdef0123456789abcdef"]})");
        checkRoundTrip<WorkflowExecution>(ex);
        checkRoundTrip<WorkflowExecutionList>(QJsonObject{{u"workflowId"_s, wf.value(u"workflowId"_s)},
                                                          {u"executions"_s, QJsonArray{ex}},
                                                          {u"sortBy"_s, u"startTime"_s},
                                                          {u"order"_s, u"ascending"_s}});
        QJsonObject badOutput = ex;
        badOutput.insert(u"output"_s, u"done"_s);
        QCOMPARE(errorOf<WorkflowExecution>(badOutput), u"output: expected object, got string"_s);
        QJsonObject badCompleted = ex;
        badCompleted.insert(u"completedBy"_s, QJsonArray{1});
        QCOMPARE(errorOf<WorkflowExecution>(badCompleted), u"completedBy[0]: expected string, got number"_s);
    }

    void models()
    {
        const QJsonObject json = parse(R"({"modelId":"las:model:invoice","name":"Invoice","description":null,
            "width":1052,"height":1488,"preprocessConfig":{"maxPages":3,"autoRotate":false,"imageQuality":"HIGH"}})");
        checkRoundTrip<Model>(json);
        checkRoundTrip<ModelList>(QJsonObject{{u"models"_s, QJsonArray{json}}});
        QJsonObject bad = json;
        bad.insert(u"preprocessConfig"_s, QJsonObject{{u"maxPages"_s, 3}, {u"autoRotate"_s, u"no"_s}});
        QCOMPARE(errorOf<ModelList>(QJsonObject{{u"models"_s, QJsonArray{bad}}}),
                 u"models[0].preprocessConfig.autoRotate: expected boolean, got string"_s);
        QJsonObject huge = json;
        huge.insert(u"width"_s, 1e12);
        QCOMPARE(errorOf<Model>(huge), u"width: out of range"_s);
    }

    void assetsBatchesSecretsUsersLogs()
    {
        const QJsonObject asset{{u"assetId"_s, u"las:asset:0123456789abcdef0123456789abcdef"_s},
                                {u"name"_s, QJsonValue()},
                                {u"description"_s, u"cfg"_s},
                                {u"content"_s, QString::fromLatin1(QByteArray("{\"a\":1}").toBase64())}};
        checkRoundTrip<Asset>(asset);
        QString error;
        QCOMPARE(Asset::fromJson(asset, &error)->content, QByteArray("{\"a\":1}"));
        QJsonObject listed = asset;
        listed.remove(u"content"_s);
        checkRoundTrip<AssetList>(QJsonObject{{u"assets"_s, QJsonArray{listed}}});
        QVERIFY(!AssetList::fromJson(QJsonObject{{u"assets"_s, QJsonArray{listed}}}, &error)
                     ->assets.at(0)
                     .hasContent);

        checkRoundTrip<Batch>(
            QJsonObject{{u"batchId"_s, batchId}, {u"name"_s, u"b"_s}, {u"description"_s, QJsonValue()}});
        QCOMPARE(errorOf<Batch>(QJsonObject{{u"batchId"_s, batchId}, {u"name"_s, u"b"_s}}),
                 u"description: missing"_s);

        const QJsonObject secret{{u"secretId"_s, u"las:secret:0123456789abcdef0123456789abcdef"_s},
                                 {u"name"_s, u"s"_s},
                                 {u"description"_s, QJsonValue()}};
        checkRoundTrip<SecretList>(
            QJsonObject{{u"secrets"_s, QJsonArray{secret}}, {u"nextToken"_s, QJsonValue()}});

        const QJsonObject user{{u"userId"_s, u"las:user:0123456789abcdef0123456789abcdef"_s},
                               {u"email"_s, u"a@example.com"_s},
                               {u"name"_s, u"A"_s},
                               {u"avatar"_s, QJsonValue()}};
        checkRoundTrip<UserList>(QJsonObject{{u"users"_s, QJsonArray{user}}});
        QCOMPARE(errorOf<User>(QJsonObject{{u"userId"_s, u"x"_s}, {u"email"_s, true}}),
                 u"email: expected string, got boolean"_s);

        const QJsonObject log{{u"logId"_s, u"las:log:0123456789abcdef0123456789abcdef"_s},
                              {u"transitionId"_s, u"las:transition:0123456789abcdef0123456789abcdef"_s},
                              {u"events"_s, QJsonArray{QJsonObject{{u"message"_s, u"hi"_s}}}}};
        checkRoundTrip<Log>(log);
        QJsonObject badLog = log;
        badLog.insert(u"events"_s, QJsonArray{QJsonObject{}, 3});
        QCOMPARE(errorOf<Log>(badLog), u"events[1]: expected object, got number"_s);
    }

    void nonObjectsNeverCrash()
    {
        for (const QJsonValue &v : {QJsonValue(), QJsonValue(1), QJsonValue(u"s"_s),
                                    QJsonValue(QJsonArray{1}), QJsonValue(QJsonValue::Undefined)}) {
            QVERIFY(!errorOf<LasDocumentList>(v).isEmpty());
            QCOMPARE(errorOf<LasDocumentList>(v).startsWith(u"expected object"_s), true);
            QVERIFY(errorOf<WorkflowExecutionList>(v).startsWith(u"expected object"_s));
            QVERIFY(errorOf<ModelList>(v).startsWith(u"expected object"_s));
        }
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2021, 2, 16), QTime(15, 30, 45, 123), Qt::UTC);
        QTest::newRow("api") << u"2021-02-16 15:30:45.123456"_s << t;
        QTest::newRow("compact") << u"20210216 153045123456"_s << t;
        QTest::newRow("iso Z") << u"2021-02-16T15:30:45.123Z"_s << t;
        QTest::newRow("iso offset") << u"2021-02-16T17:30:45.123+02:00"_s << t;
        QTest::newRow("no fraction") << u"2021-02-16T15:30:45Z"_s
                                     << QDateTime(QDate(2021, 2, 16), QTime(15, 30, 45), Qt::UTC);
        QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
        QTest::newRow("bad month") << u"2021-13-16 15:30:45.123456"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = Timestamp::parse(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed, expected);
    }

    void timestampFormat()
    {
        const QDateTime t(QDate(2021, 2, 16), QTime(15, 30, 45, 123), Qt::UTC);
        QCOMPARE(Timestamp::format(t), u"2021-02-16 15:30:45.123000"_s);
        QCOMPARE(Timestamp::parse(Timestamp::format(t)), t);
    }

    void contentTypes()
    {
        QCOMPARE(ContentTypes::name(ContentType::Pdf), u"application/pdf"_s);
        QCOMPARE(ContentTypes::name(ContentType::Jpeg), u"image/jpeg"_s);
        QCOMPARE(ContentTypes::fromName(u"image/jpeg"_s), ContentType::Jpeg);
        QVERIFY(!ContentTypes::fromName(u"image/png"_s));
        QCOMPARE(ContentTypes::sniff("%PDF-1.7\n"), ContentType::Pdf);
        QCOMPARE(ContentTypes::sniff(QByteArray("\xFF\xD8\xFF\xE0", 4)), ContentType::Jpeg);
        QVERIFY(!ContentTypes::sniff("GIF89a"));
        QVERIFY(!ContentTypes::sniff({}));
    }
};

QTEST_GUILESS_MAIN(TestValueTypes)
#include "tst_valuetypes.moc"
