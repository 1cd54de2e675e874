// Wire: documents, batches, models and predictions against a real las-emulator (contract-valid traffic only).
#include "api/inputvalidator.h"
#include "api/pagedlistmodel.h"
#include "api/pagewalker.h"
#include "wirefixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace las;
using namespace Qt::StringLiterals;

class TestClientDocuments : public QObject
{
    Q_OBJECT
private:
    WireFixture f;
    QString batchId;
    QByteArray pdf;

    Client *c() const { return f.client(); }

    QString createDoc(const CreateDocumentOptions &options)
    {
        const auto doc = WireFixture::wait(c()->createDocument(pdf, ContentType::Pdf, options));
        return doc ? doc->documentId : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        QFile file(WireFixture::samplePath(u"oyo.pdf"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        pdf = file.readAll();
        CreateBatchOptions b;
        b.name = u"wire documents"_s;
        b.description = u"tst_clientdocuments"_s;
        const auto batch = WireFixture::wait(c()->createBatch(b));
        QVERIFY(batch);
        QVERIFY(QRegularExpression(InputValidator::idPatternFor(InputValidator::IdKind::Batch))
                    .match(batch->batchId)
                    .hasMatch());
        QCOMPARE(*batch->name, u"wire documents"_s);
        batchId = batch->batchId;
    }

    void createAndGet()
    {
        CreateDocumentOptions o;
        o.batchId = batchId;
        o.consentId = u"las:consent:"_s + WireFixture::randomHex32();
        o.groundTruth = QList<GroundTruth>{
            {u"total_amount"_s, u"100.00"_s}, {u"paid"_s, true}, {u"due_date"_s, QJsonValue()}};
        const auto created = WireFixture::wait(c()->createDocument(pdf, ContentType::Pdf, o));
        QVERIFY(created);
        QVERIFY(created->documentId.startsWith(u"las:document:"_s));
        QCOMPARE(created->contentType, u"application/pdf"_s);

        const auto got = WireFixture::wait(c()->getDocument(created->documentId));
        QVERIFY(got);
        QCOMPARE(got->documentId, created->documentId);
        QVERIFY(got->hasContent);
        QCOMPARE(got->content, pdf);
        QCOMPARE(got->batchId, batchId);
        QCOMPARE(got->consentId, o.consentId);
        QVERIFY(got->groundTruth);
        QCOMPARE(*got->groundTruth, *o.groundTruth);
    }

    void createFromFileStreams()
    {
        const QString path = WireFixture::samplePath(u"AmazonWebServices.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CreateDocumentOptions o;
        o.batchId = batchId;
        auto *reply = c()->createDocumentFromFile(path, ContentType::Pdf, o);
        QSignalSpy progress(reply, &Reply::uploadProgress);
        const auto created = WireFixture::wait(reply);
        QVERIFY(created);
        const auto got = WireFixture::wait(c()->getDocument(created->documentId));
        QVERIFY(got);
        QCOMPARE(got->content, file.readAll());
        QVERIFY(progress.size() >= 1);
    }

    void updateGroundTruth()
    {
        CreateDocumentOptions o;
        o.batchId = batchId;
        const QString id = createDoc(o);
        QVERIFY(!id.isEmpty());
        UpdateDocumentOptions u;
        u.groundTruth = {{u"invoice_id"_s, u"INV-1"_s}, {u"vat"_s, false}, {u"total"_s, QJsonValue()}};
        const auto updated = WireFixture::wait(c()->updateDocument(id, u));
        QVERIFY(updated);
        QCOMPARE(*updated->groundTruth, u.groundTruth);
        const auto got = WireFixture::wait(c()->getDocument(id));
        QVERIFY(got);
        QCOMPARE(*got->groundTruth, u.groundTruth);
        // Replacing with an empty list clears it.
        const auto cleared = WireFixture::wait(c()->updateDocument(id, UpdateDocumentOptions{}));
        QVERIFY(cleared);
        QVERIFY(!cleared->groundTruth || cleared->groundTruth->isEmpty());
    }

    void listFilteredAndPaged()
    {
        CreateBatchOptions b;
        b.name = u"paging"_s;
        const auto batch = WireFixture::wait(c()->createBatch(b));
        QVERIFY(batch);
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            CreateDocumentOptions o;
            o.batchId = batch->batchId;
            ids << createDoc(o);
            QVERIFY(!ids.last().isEmpty());
        }

        // One value per filter: the contract types batchId as a single string, so the validator flags
        // repeated keys (the client's repeated-key encoding is covered by tst_clientrequests). PageWalker
        // over 2-item pages.
        QStringList seen;
        PageWalker walker([this, &batch](const QString &token) {
            ListDocumentsOptions o;
            o.batchId = {batch->batchId};
            o.maxResults = 2;
            o.nextToken = token;
            return c()->listDocuments(o);
        });
        QObject::connect(&walker, &PageWalker::page, &walker, [&seen](Reply *r) {
            const auto &page = PageWalker::resultOf<LasDocumentList>(r);
            QVERIFY(page.documents.size() <= 2);
            for (const LasDocument &d : page.documents)
                seen << d.documentId;
        });
        QSignalSpy finished(&walker, &PageWalker::finished);
        QSignalSpy succeeded(&walker, &PageWalker::succeeded);
        QSignalSpy failed(&walker, &PageWalker::failed);
        walker.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(succeeded.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(walker.pagesFetched() >= 3);
        seen.sort();
        ids.sort();
        QCOMPARE(seen, ids);

        // PagedListModel: grows page by page as a view would ask.
        PagedListModel model(
            [this, &batch](const QString &token) {
                ListDocumentsOptions o;
                o.batchId = {batch->batchId};
                o.maxResults = 2;
                o.nextToken = token;
                return c()->listDocuments(o);
            },
            u"documents"_s, u"documentId"_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
        QCOMPARE(model.rowCount(), 2);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
        }
        QVERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), 5);
        QStringList modelIds;
        for (int i = 0; i < model.rowCount(); ++i)
            modelIds << model.data(model.index(i)).toString();
        modelIds.sort();
        QCOMPARE(modelIds, ids);

        // A stopped walker sends nothing more and says finished once.
        PageWalker stopper([this, &batch](const QString &token) {
            ListDocumentsOptions o;
            o.batchId = {batch->batchId};
            o.maxResults = 1;
            o.nextToken = token;
            return c()->listDocuments(o);
        });
        QObject::connect(&stopper, &PageWalker::page, &stopper, [&stopper] { stopper.stop(); });
        QSignalSpy stopped(&stopper, &PageWalker::finished);
        QSignalSpy stoppedOk(&stopper, &PageWalker::succeeded);
        stopper.start();
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopper.pagesFetched(), 1);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stoppedOk.size(), 1);
    }

    void deleteByConsent()
    {
        CreateDocumentOptions o;
        o.batchId = batchId;
        o.consentId = u"las:consent:"_s + WireFixture::randomHex32();
        const QString a = createDoc(o);
        const QString b = createDoc(o);
        CreateDocumentOptions keep;
        keep.batchId = batchId;
        const QString kept = createDoc(keep);
        DeleteDocumentOptions d;
        d.consentId = {o.consentId};
        const auto deleted = WireFixture::wait(c()->deleteDocuments(d));
        QVERIFY(deleted);
        QStringList ids;
        for (const auto &doc : deleted->documents)
            ids << doc.documentId;
        ids.sort();
        QStringList expected{a, b};
        expected.sort();
        QCOMPARE(ids, expected);
        Error e;
        QVERIFY(!WireFixture::wait(c()->getDocument(a), &e));
        QCOMPARE(e.kind(), Error::Kind::NotFound);
        QVERIFY(WireFixture::wait(c()->getDocument(kept)));
    }

    void notFound()
    {
        Error e;
        QVERIFY(!WireFixture::wait(c()->getDocument(u"las:document:"_s + WireFixture::randomHex32()), &e));
        QCOMPARE(e.kind(), Error::Kind::NotFound);
        QCOMPARE(e.httpStatus(), 404);
        QVERIFY(!e.message().isEmpty());
    }

    void modelsAndPredictions()
    {
        const auto models = WireFixture::wait(c()->listModels());
        QVERIFY(models);
        QVERIFY(!models->models.isEmpty());
        const QString modelId = models->models.first().modelId;
        PaginationOptions one;
        one.maxResults = 1;
        QVERIFY(WireFixture::wait(c()->listModels(one)));

        CreateDocumentOptions o;
        o.batchId = batchId;
        const QString documentId = createDoc(o);
        CreatePredictionsOptions p;
        p.maxPages = 1;
        p.autoRotate = false;
        const auto prediction = WireFixture::wait(c()->createPrediction(documentId, modelId, p));
        QVERIFY(prediction);
        QCOMPARE(prediction->documentId, documentId);
        QCOMPARE(prediction->modelId, modelId);
        QVERIFY(prediction->predictionId.startsWith(u"las:prediction:"_s));
        for (const Prediction &item : prediction->predictions) {
            QVERIFY(item.confidence >= 0 && item.confidence <= 1);
            QVERIFY(!item.label.isEmpty());
        }

        // listPredictions: walk every page until ours shows up.
        bool found = false;
        PageWalker walker([this](const QString &token) {
            PaginationOptions o;
            o.maxResults = 50;
            o.nextToken = token;
            return c()->listPredictions(o);
        });
        QObject::connect(&walker, &PageWalker::page, &walker, [&](Reply *r) {
            for (const auto &pr : PageWalker::resultOf<PredictionList>(r).predictions)
                found = found || pr.predictionId == prediction->predictionId;
        });
        QSignalSpy done(&walker, &PageWalker::finished);
        walker.start();
        QVERIFY(done.wait(60000));
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestClientDocuments)
#include "tst_clientdocuments.moc"
