// Wire: transitions, transition executions (claim, heartbeat, complete), workflows, workflow executions and
// logs against a real las-emulator, through a predict (docker) → review (manual) → feedback (docker)
// workflow.
#include "wirefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace las;
using namespace Qt::StringLiterals;

class TestClientWorkflows : public QObject
{
    Q_OBJECT
private:
    WireFixture f;
    QString predictId, reviewId, feedbackId, workflowId;

    Client *c() const { return f.client(); }

    QString createDocument()
    {
        QFile file(WireFixture::samplePath(u"coolblue1.pdf"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const auto doc = WireFixture::wait(c()->createDocument(file.readAll(), ContentType::Pdf));
        return doc ? doc->documentId : QString();
    }

    QString createDocker(const QString &name, const QString &image)
    {
        CreateTransitionOptions o;
        o.name = name;
        CreateTransitionDockerParams p;
        p.imageUrl = image;
        p.memory = 512;
        p.cpu = 256;
        o.parameters = p;
        const auto t = WireFixture::wait(c()->createTransition(u"docker"_s, o));
        return t ? t->transitionId : QString();
    }

    // Claims the next review task; the workflow's docker step runs first, so the queue may still be empty
    // (the emulator answers an empty queue with an error): retried with QTRY's bounded polling.
    void claimReview(std::optional<TransitionExecution> &claimed)
    {
        Error e;
        // QTRY evaluates its expression again after success: claim only while nothing is claimed yet.
        QTRY_VERIFY2_WITH_TIMEOUT(
            claimed.has_value() ||
                (claimed = WireFixture::wait(c()->executeTransition(reviewId), &e)).has_value(),
            qPrintable(e.toString()), 60000);
    }

    std::optional<WorkflowExecution> endedExecution(const QString &executionId)
    {
        ListWorkflowExecutionsOptions o;
        o.maxResults = 100;
        const auto list = WireFixture::wait(c()->listWorkflowExecutions(workflowId, o));
        if (list) {
            for (const auto &e : list->executions) {
                if (e.executionId == executionId && e.status != u"running"_s)
                    return e;
            }
        }
        return std::nullopt;
    }

    void waitForWorkflowEnd(const QString &executionId, std::optional<WorkflowExecution> &end)
    {
        QTRY_VERIFY_WITH_TIMEOUT(end.has_value() || (end = endedExecution(executionId)).has_value(), 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }

    void transitions()
    {
        predictId = createDocker(u"Predict"_s, u"las-emulator/predict"_s);
        feedbackId = createDocker(u"Feedback"_s, u"las-emulator/feedback"_s);
        QVERIFY(!predictId.isEmpty());
        QVERIFY(!feedbackId.isEmpty());

        // The review transition carries a fieldConfig asset, as the official demo does.
        const QByteArray fieldConfig = R"({"total_amount":{"type":"amount","display":"Total"}})";
        const auto asset = WireFixture::wait(c()->createAsset(fieldConfig));
        QVERIFY(asset);
        CreateTransitionOptions o;
        o.name = u"Review"_s;
        o.description = u"Human review"_s;
        o.inputJsonSchema = QJsonObject{{u"type"_s, u"object"_s}};
        o.outputJsonSchema = QJsonObject{{u"type"_s, u"object"_s}};
        CreateTransitionManualParams manual;
        manual.assets = QJsonObject{{u"fieldConfig"_s, asset->assetId}};
        o.parameters = manual;
        const auto review = WireFixture::wait(c()->createTransition(u"manual"_s, o));
        QVERIFY(review);
        QCOMPARE(review->transitionType, u"manual"_s);
        QCOMPARE(*review->name, u"Review"_s);
        reviewId = review->transitionId;

        const auto got = WireFixture::wait(c()->getTransition(reviewId));
        QVERIFY(got);
        QCOMPARE(got->transitionId, reviewId);
        QVERIFY(got->assets);
        QCOMPARE(got->assets->value(u"fieldConfig"_s).toString(), asset->assetId);

        ListTransitionOptions l;
        l.transitionType = {u"manual"_s};
        l.maxResults = 100;
        const auto manualOnes = WireFixture::wait(c()->listTransitions(l));
        QVERIFY(manualOnes);
        bool found = false;
        for (const Transition &t : manualOnes->transitions) {
            QCOMPARE(t.transitionType, u"manual"_s);
            found = found || t.transitionId == reviewId;
        }
        QVERIFY(found || !manualOnes->nextToken.isEmpty());

        UpdateTransitionOptions u;
        u.description = u"Check every field"_s;
        const auto updated = WireFixture::wait(c()->updateTransition(reviewId, u));
        QVERIFY(updated);
        QCOMPARE(*updated->description, u"Check every field"_s);
        QCOMPARE(*updated->name, u"Review"_s);
    }

    void workflows()
    {
        QVERIFY(!reviewId.isEmpty());
        const QJsonObject definition{
            {u"StartAt"_s, u"Predict"_s},
            {u"States"_s,
             QJsonObject{
                 {u"Predict"_s,
                  QJsonObject{{u"Type"_s, u"Task"_s}, {u"Resource"_s, predictId}, {u"Next"_s, u"Review"_s}}},
                 {u"Review"_s, QJsonObject{{u"Type"_s, u"Task"_s},
                                           {u"Resource"_s, reviewId},
                                           {u"TimeoutSeconds"_s, 900},
                                           {u"Next"_s, u"Feedback"_s}}},
                 {u"Feedback"_s,
                  QJsonObject{{u"Type"_s, u"Task"_s}, {u"Resource"_s, feedbackId}, {u"End"_s, true}}}}}};
        WorkflowSpecification spec{definition, u"ASL"_s, u"1.0.0"_s};
        CreateWorkflowOptions o;
        o.description = u"wire test"_s;
        o.errorConfigEmail = u"ops@example.com"_s;
        const auto wf = WireFixture::wait(c()->createWorkflow(u"Invoices"_s, spec, o));
        QVERIFY(wf);
        QCOMPARE(*wf->name, u"Invoices"_s);
        workflowId = wf->workflowId;

        const auto got = WireFixture::wait(c()->getWorkflow(workflowId));
        QVERIFY(got);
        QCOMPARE(*got->description, u"wire test"_s);

        PaginationOptions p;
        p.maxResults = 100;
        const auto list = WireFixture::wait(c()->listWorkflows(p));
        QVERIFY(list);
        bool found = false;
        for (const auto &w : list->workflows)
            found = found || w.workflowId == workflowId;
        QVERIFY(found || !list->nextToken.isEmpty());

        UpdateWorkflowOptions u;
        u.name = u"Invoices (renamed)"_s;
        u.description = NullableString{};
        const auto updated = WireFixture::wait(c()->updateWorkflow(workflowId, u));
        QVERIFY(updated);
        QCOMPARE(*updated->name, u"Invoices (renamed)"_s);
        QVERIFY(!updated->description);
    }

    void reviewTaskSucceeds()
    {
        QVERIFY(!workflowId.isEmpty());
        const QString documentId = createDocument();
        QVERIFY(!documentId.isEmpty());
        const auto started =
            WireFixture::wait(c()->executeWorkflow(workflowId, {{u"documentId"_s, documentId}}));
        QVERIFY(started);
        QCOMPARE(started->workflowId, workflowId);

        std::optional<TransitionExecution> task;
        claimReview(task);
        QVERIFY(task);
        QCOMPARE(task->status, u"running"_s);
        QCOMPARE(task->transitionId, reviewId);
        QCOMPARE(task->input.value(u"documentId"_s).toString(), documentId);

        const auto again = WireFixture::wait(c()->getTransitionExecution(reviewId, task->executionId));
        QVERIFY(again);
        QCOMPARE(again->executionId, task->executionId);
        QCOMPARE(WireFixture::waitRaw(c()->sendHeartbeat(reviewId, task->executionId)).kind(),
                 Error::Kind::None);

        TransitionExecutionListOptions l;
        l.status = {u"running"_s};
        l.sortBy = u"startTime"_s;
        l.order = u"descending"_s;
        l.executionId = {task->executionId};
        const auto running = WireFixture::wait(c()->listTransitionExecutions(reviewId, l));
        QVERIFY(running);
        QCOMPARE(running->transitionId, reviewId);
        QCOMPARE(running->executions.size(), 1);
        QCOMPARE(running->executions.first().executionId, task->executionId);

        UpdateTransitionExecution done;
        done.status = u"succeeded"_s;
        QJsonObject output = task->input;
        output.insert(u"verified"_s,
                      QJsonObject{{u"total_amount"_s, u"42.00"_s}, {u"due_date"_s, QJsonValue()}});
        done.output = output;
        const auto finished =
            WireFixture::wait(c()->updateTransitionExecution(reviewId, task->executionId, done));
        QVERIFY(finished);
        QCOMPARE(finished->status, u"succeeded"_s);

        std::optional<WorkflowExecution> end;
        waitForWorkflowEnd(started->executionId, end);
        QVERIFY(end);
        QCOMPARE(end->status, u"succeeded"_s);
        // The feedback step wrote the verified values as ground truth.
        const auto doc = WireFixture::wait(c()->getDocument(documentId));
        QVERIFY(doc);
        QVERIFY(doc->groundTruth);
        QVERIFY(doc->groundTruth->contains(GroundTruth(u"total_amount"_s, u"42.00"_s)));

        ListWorkflowExecutionsOptions w;
        w.status = {u"succeeded"_s};
        w.sortBy = u"endTime"_s;
        w.order = u"ascending"_s;
        const auto succeeded = WireFixture::wait(c()->listWorkflowExecutions(workflowId, w));
        QVERIFY(succeeded);
        for (const auto &e : succeeded->executions)
            QCOMPARE(e.status, u"succeeded"_s);

        // The docker step left a log.
        const auto predictRuns = WireFixture::wait(c()->listTransitionExecutions(predictId));
        QVERIFY(predictRuns);
        QVERIFY(!predictRuns->executions.isEmpty());
        QString logId;
        for (const auto &e : predictRuns->executions)
            logId = e.logId.value_or(logId);
        QVERIFY(!logId.isEmpty());
        const auto log = WireFixture::wait(c()->getLog(logId));
        QVERIFY(log);
        QCOMPARE(log->logId, logId);

        const auto removed =
            WireFixture::wait(c()->deleteWorkflowExecution(workflowId, started->executionId));
        QVERIFY(removed);
        QCOMPARE(removed->executionId, started->executionId);
    }

    void reviewTaskRejected()
    {
        const QString documentId = createDocument();
        const auto started =
            WireFixture::wait(c()->executeWorkflow(workflowId, {{u"documentId"_s, documentId}}));
        QVERIFY(started);
        std::optional<TransitionExecution> task;
        claimReview(task);
        QVERIFY(task);
        UpdateTransitionExecution reject;
        reject.status = u"rejected"_s;
        reject.errorMessage = u"Not an invoice"_s;
        const auto rejected =
            WireFixture::wait(c()->updateTransitionExecution(reviewId, task->executionId, reject));
        QVERIFY(rejected);
        QCOMPARE(rejected->status, u"rejected"_s);
        std::optional<WorkflowExecution> end;
        waitForWorkflowEnd(started->executionId, end);
        QVERIFY(end);
        QVERIFY(end->status != u"succeeded"_s);
    }

    void cleanup_deletes()
    {
        QVERIFY(!workflowId.isEmpty());
        const auto wf = WireFixture::wait(c()->deleteWorkflow(workflowId));
        QVERIFY(wf);
        QCOMPARE(wf->workflowId, workflowId);
        Error e;
        QVERIFY(!WireFixture::wait(c()->getWorkflow(workflowId), &e));
        QCOMPARE(e.kind(), Error::Kind::NotFound);
        for (const QString &id : {predictId, reviewId, feedbackId}) {
            const auto t = WireFixture::wait(c()->deleteTransition(id));
            QVERIFY(t);
            QCOMPARE(t->transitionId, id);
        }
        QVERIFY(!WireFixture::wait(c()->getTransition(reviewId), &e));
        QCOMPARE(e.kind(), Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestClientWorkflows)
#include "tst_clientworkflows.moc"
