#include "emulatorclient.h"
#include "emulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The demo review workflow over HTTP: predict (docker built-in) → review (manual queue) → feedback (docker
// built-in writes the ground truth); claim timeouts, heartbeats, retry, late decisions, the empty queue and
// a docker transition with an unknown image.
class TestEmulatorWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_emulator.start(
                {u"--demo"_s, u"3"_s, u"--claim-timeout-seconds"_s, u"1"_s, u"--strict-responses"_s}, &error),
            qPrintable(error));
        m_client = std::make_unique<EmulatorClient>(m_emulator);
        QVERIFY(m_client->authenticate(&error));
        const HttpResult manual = m_client->get(u"/transitions"_s, {{u"transitionType"_s, u"manual"_s}});
        QCOMPARE(manual.status, 200);
        const QJsonArray transitions = manual.json.value(u"transitions"_s).toArray();
        QCOMPARE(transitions.size(), 1);
        m_review = transitions.first().toObject().value(u"transitionId"_s).toString();
        m_fieldConfig =
            transitions.first().toObject().value(u"assets"_s).toObject().value(u"fieldConfig"_s).toString();
    }

    void demoDataIsThere()
    {
        QCOMPARE(m_client->get(u"/documents"_s).json.value(u"documents"_s).toArray().size(), 3);
        QCOMPARE(m_client->get(u"/predictions"_s).json.value(u"predictions"_s).toArray().size(), 3);
        const HttpResult waiting =
            m_client->get(u"/transitions/"_s + m_review + u"/executions"_s, {{u"status"_s, u"retry"_s}});
        QCOMPARE(waiting.json.value(u"executions"_s).toArray().size(), 3);
        const HttpResult asset = m_client->get(u"/assets/"_s + m_fieldConfig);
        QCOMPARE(asset.status, 200);
        const QJsonObject fieldConfig =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(asset.json.value(u"content"_s).toString().toLatin1()))
                .object();
        QVERIFY(fieldConfig.contains(u"total_amount"_s));
        QCOMPARE(m_client->get(u"/models"_s).json.value(u"models"_s).toArray().size(), 1);
    }

    void reviewRoundTrip()
    {
        const HttpResult claimed = m_client->post(u"/transitions/"_s + m_review + u"/executions"_s, {});
        QCOMPARE(claimed.status, 200);
        QCOMPARE(claimed.json.value(u"status"_s).toString(), u"running"_s);
        QVERIFY(!claimed.json.value(u"startTime"_s).toString().isEmpty());
        const QString executionId = claimed.json.value(u"executionId"_s).toString();
        const QJsonObject input = claimed.json.value(u"input"_s).toObject();
        const QString documentId = input.value(u"documentId"_s).toString();
        QVERIFY(!documentId.isEmpty());
        QVERIFY(!input.value(u"predictions"_s).toArray().isEmpty());
        QCOMPARE(
            m_client
                ->post(u"/transitions/"_s + m_review + u"/executions/"_s + executionId + u"/heartbeats"_s, {})
                .status,
            204);

        QJsonObject verified;
        for (const QJsonValue &prediction : input.value(u"predictions"_s).toArray())
            verified.insert(prediction.toObject().value(u"label"_s).toString(),
                            prediction.toObject().value(u"value"_s));
        verified.insert(u"invoice_id"_s, u"CHECKED-1"_s);
        QJsonObject output = input;
        output.insert(u"verified"_s, verified);
        const HttpResult done =
            m_client->patch(u"/transitions/"_s + m_review + u"/executions/"_s + executionId,
                            {{u"status"_s, u"succeeded"_s}, {u"output"_s, output}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(u"status"_s).toString(), u"succeeded"_s);
        QVERIFY(done.json.value(u"completedBy"_s).toString().startsWith(u"las:app-client:"_s));

        // The feedback built-in runs from the event loop; the ground truth appears soon after.
        auto invoiceId = [&] {
            for (const QJsonValue &item :
                 m_client->get(u"/documents/"_s + documentId).json.value(u"groundTruth"_s).toArray()) {
                if (item.toObject().value(u"label"_s).toString() == u"invoice_id"_s)
                    return item.toObject().value(u"value"_s).toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(invoiceId(), u"CHECKED-1"_s, 20000);

        const QString workflowId = m_client->get(u"/workflows"_s)
                                       .json.value(u"workflows"_s)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"workflowId"_s)
                                       .toString();
        auto succeeded = [&] {
            return m_client
                ->get(u"/workflows/"_s + workflowId + u"/executions"_s, {{u"status"_s, u"succeeded"_s}})
                .json.value(u"executions"_s)
                .toArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(succeeded().size(), 1, 20000);
        const QJsonObject execution = succeeded().first().toObject();
        QCOMPARE(execution.value(u"transitionExecutions"_s).toObject().value(m_review).toArray(),
                 QJsonArray{executionId});
        QVERIFY(!execution.value(u"endTime"_s).toString().isEmpty());
        QVERIFY(!execution.value(u"output"_s).toObject().value(u"groundTruth"_s).toArray().isEmpty());

        // A second decision on the same execution is refused.
        QCOMPARE(
            m_client
                ->patch(u"/transitions/"_s + m_review + u"/executions/"_s + executionId,
                        {{u"status"_s, u"rejected"_s}, {u"error"_s, QJsonObject{{u"message"_s, u"x"_s}}}})
                .status,
            400);
    }

    void outputMustMatchSchema()
    {
        const HttpResult claimed = m_client->post(u"/transitions/"_s + m_review + u"/executions"_s, {});
        QCOMPARE(claimed.status, 200);
        const QString path = u"/transitions/"_s + m_review + u"/executions/"_s +
                             claimed.json.value(u"executionId"_s).toString();
        const HttpResult bad = m_client->patch(
            path, {{u"status"_s, u"succeeded"_s}, {u"output"_s, QJsonObject{{u"nothing"_s, 1}}}});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.message().contains(u"outputJsonSchema"_s));
        // retry puts it back in the queue.
        const HttpResult retried = m_client->patch(path, {{u"status"_s, u"retry"_s}});
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json.value(u"status"_s).toString(), u"retry"_s);
    }

    void claimTimesOutAndRequeues()
    {
        const HttpResult claimed = m_client->post(u"/transitions/"_s + m_review + u"/executions"_s, {});
        QCOMPARE(claimed.status, 200);
        const QString executionId = claimed.json.value(u"executionId"_s).toString();
        const QString path = u"/transitions/"_s + m_review + u"/executions/"_s + executionId;
        // No heartbeat: with --claim-timeout-seconds 1 the claim expires and the task waits again.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(path).json.value(u"status"_s).toString(), u"retry"_s, 20000);
        const HttpResult late = m_client->patch(
            path, {{u"status"_s, u"rejected"_s}, {u"error"_s, QJsonObject{{u"message"_s, u"late"_s}}}});
        QCOMPARE(late.status, 400);
        const HttpResult heartbeat = m_client->post(path + u"/heartbeats"_s, {});
        QCOMPARE(heartbeat.status, 400);
        // The oldest waiting execution is handed out first: the one that just came back.
        const HttpResult again = m_client->post(u"/transitions/"_s + m_review + u"/executions"_s, {});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"executionId"_s).toString(), executionId);
        const HttpResult rejected = m_client->patch(
            path, {{u"status"_s, u"rejected"_s}, {u"error"_s, QJsonObject{{u"message"_s, u"unreadable"_s}}}});
        QCOMPARE(rejected.status, 200);
        QCOMPARE(rejected.json.value(u"status"_s).toString(), u"rejected"_s);
    }

    void emptyQueue()
    {
        // Drain whatever waits, then the queue answers 404 with a message.
        for (int i = 0; i < 10; ++i) {
            const HttpResult claimed = m_client->post(u"/transitions/"_s + m_review + u"/executions"_s, {});
            if (claimed.status == 404) {
                QCOMPARE(claimed.message(), u"No executions waiting in the queue"_s);
                return;
            }
            QCOMPARE(claimed.status, 200);
            m_client->patch(
                u"/transitions/"_s + m_review + u"/executions/"_s +
                    claimed.json.value(u"executionId"_s).toString(),
                {{u"status"_s, u"failed"_s}, {u"error"_s, QJsonObject{{u"message"_s, u"drained"_s}}}});
        }
        QFAIL("the queue never became empty");
    }

    void unknownImageFailsWithLog()
    {
        const HttpResult transition = m_client->post(
            u"/transitions"_s,
            {{u"transitionType"_s, u"docker"_s},
             {u"parameters"_s, QJsonObject{{u"imageUrl"_s, u"registry.example.com/ocr:2"_s}}}});
        QCOMPARE(transition.status, 200);
        const QString tid = transition.json.value(u"transitionId"_s).toString();
        const HttpResult started = m_client->post(u"/transitions/"_s + tid + u"/executions"_s, {{u"a"_s, 1}});
        QCOMPARE(started.status, 200);
        const QString path =
            u"/transitions/"_s + tid + u"/executions/"_s + started.json.value(u"executionId"_s).toString();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(path).json.value(u"status"_s).toString(), u"failed"_s, 20000);
        const QString logId = m_client->get(path).json.value(u"logId"_s).toString();
        const HttpResult log = m_client->get(u"/logs/"_s + logId);
        QCOMPARE(log.status, 200);
        QVERIFY(QJsonDocument(log.json.value(u"events"_s).toArray())
                    .toJson()
                    .contains("registry.example.com/ocr:2"));
    }

    void workflowWithUnknownTransitionIsRefused()
    {
        const QJsonObject definition{
            {u"StartAt"_s, u"A"_s},
            {u"States"_s, QJsonObject{{u"A"_s, QJsonObject{{u"Type"_s, u"Task"_s},
                                                           {u"Resource"_s, QString(u"las:transition:"_s +
                                                                                   QString(32, u'0'))},
                                                           {u"End"_s, true}}}}}};
        const HttpResult result = m_client->post(
            u"/workflows"_s, {{u"specification"_s, QJsonObject{{u"definition"_s, definition}}}});
        QCOMPARE(result.status, 400);
        QVERIFY(result.message().contains(u"Resource"_s));
    }

    void transitionInUseCannotBeDeleted()
    {
        const HttpResult transition = m_client->post(
            u"/transitions"_s, {{u"transitionType"_s, u"manual"_s}, {u"name"_s, u"Second look"_s}});
        QCOMPARE(transition.status, 200);
        const QString tid = transition.json.value(u"transitionId"_s).toString();
        auto createWorkflow = [&](const QString &name) {
            const QJsonObject definition{
                {u"StartAt"_s, u"Look"_s},
                {u"States"_s,
                 QJsonObject{{u"Look"_s,
                              QJsonObject{{u"Type"_s, u"Task"_s}, {u"Resource"_s, tid}, {u"End"_s, true}}}}}};
            const HttpResult created = m_client->post(
                u"/workflows"_s,
                {{u"name"_s, name}, {u"specification"_s, QJsonObject{{u"definition"_s, definition}}}});
            return created.status == 200 ? created.json.value(u"workflowId"_s).toString() : QString();
        };
        const QString first = createWorkflow(u"Looks once"_s);
        const QString second = createWorkflow(u"Looks again"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        HttpResult refused = m_client->del(u"/transitions/"_s + tid);
        QCOMPARE(refused.status, 400);
        const bool namesFirst =
            refused.message().contains(first) && refused.message().contains(u"Looks once"_s);
        const bool namesSecond =
            refused.message().contains(second) && refused.message().contains(u"Looks again"_s);
        QVERIFY2(namesFirst || namesSecond, qPrintable(refused.message()));
        QCOMPARE(m_client->get(u"/transitions/"_s + tid).status, 200);

        // While one workflow still uses it, the answer names that one.
        QCOMPARE(m_client->del(u"/workflows/"_s + first).status, 200);
        refused = m_client->del(u"/transitions/"_s + tid);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.message().contains(second) && refused.message().contains(u"Looks again"_s),
                 qPrintable(refused.message()));

        QCOMPARE(m_client->del(u"/workflows/"_s + second).status, 200);
        const HttpResult deleted = m_client->del(u"/transitions/"_s + tid);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json.value(u"transitionId"_s).toString(), tid);
        QCOMPARE(m_client->get(u"/transitions/"_s + tid).status, 404);
    }

private:
    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};
    std::unique_ptr<EmulatorClient> m_client;
    QString m_review;
    QString m_fieldConfig;
};

QTEST_GUILESS_MAIN(TestEmulatorWorkflow)
#include "tst_emulatorworkflow.moc"
