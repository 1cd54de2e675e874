#include "demo/demofixtures.h"
#include "demo/demoinvoicegenerator.h"
#include "model/invoicemodel.h"
#include "workflow/builtinfunctions.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString DocumentId = u"las:document:0123456789abcdef0123456789abcdef"_s;

// A fake of the emulator's store, enough for one class: records what the functions asked for.
struct FakeStore
{
    QHash<QString, std::pair<QByteArray, QString>> documents;
    QHash<QString, QJsonArray> groundTruth;
    QList<std::tuple<QString, QString, int, bool>> predictionCalls;
    bool failGroundTruth = false;

    BuiltinContext context()
    {
        BuiltinContext c;
        c.loadDocument = [this](const QString &id) -> std::optional<std::pair<QByteArray, QString>> {
            if (!documents.contains(id))
                return std::nullopt;
            return documents.value(id);
        };
        c.createPrediction = [this](const QString &id, const QString &modelId, int maxPages, bool autoRotate,
                                    QString *error) -> std::optional<QJsonObject> {
            predictionCalls.append({id, modelId, maxPages, autoRotate});
            if (!documents.contains(id)) {
                *error = u"document not found"_s;
                return std::nullopt;
            }
            // Like POST /predictions: runs the real model on the stored bytes.
            const auto &[bytes, type] = documents.value(id);
            QJsonArray predictions;
            const auto found = InvoiceModel::predict(bytes, type, maxPages, autoRotate);
            for (const auto &p : found)
                predictions.append(QJsonObject{
                    {u"label"_s, p.label}, {u"value"_s, p.value}, {u"confidence"_s, p.confidence}});
            return QJsonObject{{u"documentId"_s, id},
                               {u"predictionId"_s, QString(u"las:prediction:"_s + QString(32, u'e'))},
                               {u"modelId"_s, modelId},
                               {u"inferenceTime"_s, 0.01},
                               {u"timestamp"_s, 1700000000},
                               {u"predictions"_s, predictions}};
        };
        c.setGroundTruth = [this](const QString &id, const QJsonArray &gt, QString *error) {
            if (failGroundTruth) {
                *error = u"disk full"_s;
                return false;
            }
            groundTruth.insert(id, gt);
            return true;
        };
        return c;
    }
};

} // namespace

class TestBuiltinFunctions : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(BuiltinFunctions::imageUrls().size(), 2);
        for (const QString &url : BuiltinFunctions::imageUrls())
            QVERIFY(BuiltinFunctions::isKnown(url));
        QVERIFY(BuiltinFunctions::isKnown(u"las-emulator/predict"_s));
        QVERIFY(BuiltinFunctions::isKnown(u"las-emulator/feedback:latest"_s));
        QVERIFY(!BuiltinFunctions::isKnown(u"las-emulator/predict:v2"_s));
        QVERIFY(!BuiltinFunctions::isKnown(u"docker.io/library/python:3"_s));
        QVERIFY(!BuiltinFunctions::isKnown(QString()));
    }

    void unknownImageFailsWithLog()
    {
        FakeStore store;
        const BuiltinResult r =
            BuiltinFunctions::run(u"ghcr.io/acme/ocr:1"_s, QJsonObject{}, store.context());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"ghcr.io/acme/ocr:1"_s));
        QVERIFY(!r.logLines.isEmpty());
        QVERIFY(store.predictionCalls.isEmpty());
    }

    void predictRunsTheModel()
    {
        FakeStore store;
        DemoInvoiceGenerator generator(11);
        const DemoInvoice inv = generator.generate(0);
        store.documents.insert(DocumentId, {inv.content, inv.contentType});
        const BuiltinResult r = BuiltinFunctions::run(
            BuiltinFunctions::predictImageUrl(), QJsonObject{{u"documentId"_s, DocumentId}}, store.context());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(store.predictionCalls.size(), 1);
        QCOMPARE(std::get<1>(store.predictionCalls.at(0)), InvoiceModel::modelId()); // default model
        QCOMPARE(std::get<2>(store.predictionCalls.at(0)), 1);                       // default maxPages
        QVERIFY(!r.logLines.isEmpty());
        // The output is what the review task expects as input.
        const QJsonObject out = r.output.toObject();
        const QJsonArray required = DemoFixtures::reviewInputJsonSchema().value(u"required"_s).toArray();
        for (const QJsonValue &key : required)
            QVERIFY2(out.contains(key.toString()), qPrintable(key.toString()));
        QCOMPARE(out.value(u"documentId"_s).toString(), DocumentId);
        QCOMPARE(out.value(u"predictions"_s).toArray().size(), InvoiceModel::labels().size());
        bool totalFound = false;
        for (const QJsonValue &p : out.value(u"predictions"_s).toArray())
            if (p.toObject().value(u"label"_s).toString() == u"total_amount"_s)
                totalFound = !p.toObject().value(u"value"_s).isNull();
        QVERIFY(totalFound);
    }

    void predictPassesOptions()
    {
        FakeStore store;
        store.documents.insert(DocumentId, {QByteArray("\xFF\xD8\xFF\xE0junk"), u"image/jpeg"_s});
        const QString model = u"las:model:custom_1"_s;
        const BuiltinResult r = BuiltinFunctions::run(u"las-emulator/predict"_s,
                                                      QJsonObject{{u"documentId"_s, DocumentId},
                                                                  {u"modelId"_s, model},
                                                                  {u"maxPages"_s, 3},
                                                                  {u"autoRotate"_s, true}},
                                                      store.context());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(store.predictionCalls.at(0), std::make_tuple(DocumentId, model, 3, true));
    }

    void predictRejectsBadInput_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::newRow("not an object") << QJsonValue(u"x"_s);
        QTest::newRow("no documentId") << QJsonValue(QJsonObject{});
        QTest::newRow("bad documentId") << QJsonValue(QJsonObject{{u"documentId"_s, u"las:document:XYZ"_s}});
        QTest::newRow("maxPages 0") << QJsonValue(
            QJsonObject{{u"documentId"_s, DocumentId}, {u"maxPages"_s, 0}});
        QTest::newRow("maxPages 4") << QJsonValue(
            QJsonObject{{u"documentId"_s, DocumentId}, {u"maxPages"_s, 4}});
        QTest::newRow("maxPages 1.5")
            << QJsonValue(QJsonObject{{u"documentId"_s, DocumentId}, {u"maxPages"_s, 1.5}});
        QTest::newRow("bad modelId") << QJsonValue(
            QJsonObject{{u"documentId"_s, DocumentId}, {u"modelId"_s, u"gpt"_s}});
    }
    void predictRejectsBadInput()
    {
        QFETCH(QJsonValue, input);
        FakeStore store;
        const BuiltinResult r =
            BuiltinFunctions::run(BuiltinFunctions::predictImageUrl(), input, store.context());
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!r.logLines.isEmpty());
        QVERIFY(store.predictionCalls.isEmpty());
    }

    void predictReportsStoreError()
    {
        FakeStore store; // no documents
        const BuiltinResult r = BuiltinFunctions::run(
            BuiltinFunctions::predictImageUrl(), QJsonObject{{u"documentId"_s, DocumentId}}, store.context());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"document not found"_s));
    }

    void feedbackWritesGroundTruth()
    {
        FakeStore store;
        const QJsonObject input{{u"documentId"_s, DocumentId},
                                {u"predictionId"_s, QString(u"las:prediction:"_s + QString(32, u'e'))},
                                {u"verified"_s, QJsonObject{{u"total_amount"_s, u"12.50"_s},
                                                            {u"due_date"_s, QJsonValue::Null},
                                                            {u"paid"_s, true},
                                                            {u"quantity"_s, 3},
                                                            {u"bad label!"_s, u"x"_s},
                                                            {u"long"_s, QString(65, u'x')},
                                                            {u"blank"_s, u"  "_s},
                                                            {u"nested"_s, QJsonObject{}}}}};
        const BuiltinResult r =
            BuiltinFunctions::run(BuiltinFunctions::feedbackImageUrl(), input, store.context());
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonArray gt = store.groundTruth.value(DocumentId);
        QHash<QString, QJsonValue> written;
        for (const QJsonValue &v : gt) {
            QCOMPARE(v.toObject().size(), 2);
            written.insert(v.toObject().value(u"label"_s).toString(), v.toObject().value(u"value"_s));
        }
        QCOMPARE(written.size(), 3);
        QCOMPARE(written.value(u"total_amount"_s), QJsonValue(u"12.50"_s));
        QCOMPARE(written.value(u"paid"_s), QJsonValue(true));
        QCOMPARE(written.value(u"quantity"_s), QJsonValue(u"3"_s));
        QVERIFY(!written.contains(u"due_date"_s)); // null: skipped
        // The output echoes the input and adds what was written.
        const QJsonObject out = r.output.toObject();
        QCOMPARE(out.value(u"predictionId"_s), input.value(u"predictionId"_s));
        QCOMPARE(out.value(u"verified"_s), input.value(u"verified"_s));
        QCOMPARE(out.value(u"groundTruth"_s).toArray(), gt);
        QVERIFY(r.logLines.size() >= 4); // three skipped labels are logged, and the write
    }

    void feedbackErrors()
    {
        FakeStore store;
        BuiltinResult r = BuiltinFunctions::run(BuiltinFunctions::feedbackImageUrl(),
                                                QJsonObject{{u"documentId"_s, DocumentId}}, store.context());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"verified"_s));
        r = BuiltinFunctions::run(BuiltinFunctions::feedbackImageUrl(),
                                  QJsonObject{{u"verified"_s, QJsonObject{}}}, store.context());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"documentId"_s));
        store.failGroundTruth = true;
        r = BuiltinFunctions::run(
            BuiltinFunctions::feedbackImageUrl(),
            QJsonObject{{u"documentId"_s, DocumentId}, {u"verified"_s, QJsonObject{{u"a"_s, u"b"_s}}}},
            store.context());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"disk full"_s));
        QVERIFY(!r.logLines.isEmpty());
    }

    void missingContextFunctionsAreErrors()
    {
        const BuiltinContext empty;
        BuiltinResult r = BuiltinFunctions::run(BuiltinFunctions::predictImageUrl(),
                                                QJsonObject{{u"documentId"_s, DocumentId}}, empty);
        QVERIFY(!r.ok);
        r = BuiltinFunctions::run(BuiltinFunctions::feedbackImageUrl(),
                                  QJsonObject{{u"documentId"_s, DocumentId}, {u"verified"_s, QJsonObject{}}},
                                  empty);
        QVERIFY(!r.ok);
    }
};

QTEST_MAIN(TestBuiltinFunctions)
#include "tst_builtinfunctions.moc"
