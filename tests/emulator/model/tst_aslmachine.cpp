#include "demo/demofixtures.h"
#include "workflow/aslmachine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return doc.object();
}

AslMachine machineFrom(const QJsonObject &definition)
{
    QString error;
    auto m = AslMachine::fromDefinition(definition, &error);
    if (!m)
        qFatal("definition rejected: %s", qPrintable(error));
    return *m;
}

using Kind = AslMachine::Step::Kind;

const QString P = u"las:transition:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString R = u"las:transition:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;
const QString F = u"las:transition:cccccccccccccccccccccccccccccccc"_s;

} // namespace

class TestAslMachine : public QObject
{
    Q_OBJECT

private slots:
    void invalidDefinitions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no StartAt") << QByteArray(R"({"States":{"A":{"Type":"Succeed"}}})") << u"StartAt"_s;
        QTest::newRow("no States") << QByteArray(R"({"StartAt":"A"})") << u"States"_s;
        QTest::newRow("unknown StartAt")
            << QByteArray(R"({"StartAt":"B","States":{"A":{"Type":"Succeed"}}})") << u"\"B\""_s;
        QTest::newRow("unknown Next")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Nowhere"}}})")
            << u"Nowhere"_s;
        QTest::newRow("Next and End")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Pass","Next":"A","End":true}}})")
            << u"End"_s;
        QTest::newRow("neither Next nor End")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Pass"}}})") << u"Next"_s;
        QTest::newRow("Task without Resource")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Task","End":true}}})") << u"Resource"_s;
        QTest::newRow("unsupported type")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":5,"End":true}}})")
            << u"Wait"_s;
        QTest::newRow("no type") << QByteArray(R"({"StartAt":"A","States":{"A":{"End":true}}})") << u"Type"_s;
        QTest::newRow("unknown field")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Pass","End":true,"Reslt":1}}})")
            << u"Reslt"_s;
        QTest::newRow("bad timeout")
            << QByteArray(
                   R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":"x","TimeoutSeconds":0,"End":true}}})")
            << u"TimeoutSeconds"_s;
        QTest::newRow("catch to unknown")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":"x","End":true,
                "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Gone"}]}}})")
            << u"Gone"_s;
        QTest::newRow("retry without ErrorEquals")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":"x","End":true,
                "Retry":[{"MaxAttempts":2}]}}})")
            << u"ErrorEquals"_s;
        QTest::newRow("choice without choices")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Choice","Default":"A"}}})")
            << u"Choices"_s;
        QTest::newRow("choice bad operator")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[
                {"Variable":"$.x","StringLike":"a","Next":"B"}]},"B":{"Type":"Succeed"}}})")
            << u"StringLike"_s;
        QTest::newRow("choice wrong operand type")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[
                {"Variable":"$.x","NumericEquals":"3","Next":"B"}]},"B":{"Type":"Succeed"}}})")
            << u"NumericEquals"_s;
        QTest::newRow("bad path")
            << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"x.y","End":true}}})")
            << u"InputPath"_s;
        QTest::newRow("task ResultPath")
            << QByteArray(
                   R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":"x","ResultPath":"$.r","End":true}}})")
            << u"ResultPath"_s;
    }
    void invalidDefinitions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        const auto m = AslMachine::fromDefinition(parse(json.constData()), &error);
        QVERIFY(!m);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void demoWorkflowHappyPath()
    {
        const AslMachine m = machineFrom(DemoFixtures::workflowDefinition(P, R, F, 900));
        const QJsonObject input{{u"documentId"_s, u"las:document:0123456789abcdef0123456789abcdef"_s}};
        AslMachine::Step s = m.start(input);
        QCOMPARE(s.kind, Kind::RunTask);
        QCOMPARE(s.stateName, DemoFixtures::predictStateName());
        QCOMPARE(s.resource, P);
        QCOMPARE(s.input, QJsonValue(input));
        QCOMPARE(s.timeoutSeconds, 0);

        QJsonObject prediction = input;
        prediction.insert(u"predictions"_s, QJsonArray{});
        s = m.afterTaskSucceeded(DemoFixtures::predictStateName(), prediction);
        QCOMPARE(s.kind, Kind::RunTask);
        QCOMPARE(s.stateName, DemoFixtures::reviewStateName());
        QCOMPARE(s.resource, R);
        QCOMPARE(s.timeoutSeconds, 900);
        QCOMPARE(s.input, QJsonValue(prediction));

        QJsonObject reviewed = prediction;
        reviewed.insert(u"verified"_s, QJsonObject{{u"total_amount"_s, u"12.00"_s}});
        s = m.afterTaskSucceeded(DemoFixtures::reviewStateName(), reviewed);
        QCOMPARE(s.kind, Kind::RunTask);
        QCOMPARE(s.resource, F);
        QCOMPARE(s.input, QJsonValue(reviewed));

        const QJsonObject done{{u"ok"_s, true}};
        s = m.afterTaskSucceeded(DemoFixtures::feedbackStateName(), done);
        QCOMPARE(s.kind, Kind::Succeed);
        QCOMPARE(s.input, QJsonValue(done));
    }

    void reviewTimeoutRetriesThenFails()
    {
        const AslMachine m = machineFrom(DemoFixtures::workflowDefinition(P, R, F, 60));
        const QJsonObject in{{u"documentId"_s, u"x"_s}};
        AslMachine::Step s =
            m.afterTaskFailed(DemoFixtures::reviewStateName(), u"States.Timeout"_s, u"no heartbeat"_s, 1, in);
        QCOMPARE(s.kind, Kind::RunTask);
        QCOMPARE(s.stateName, DemoFixtures::reviewStateName());
        QCOMPARE(s.resource, R);
        QCOMPARE(s.input, QJsonValue(in));
        QCOMPARE(s.timeoutSeconds, 60);
        QCOMPARE(s.retryDelaySeconds, 1); // BackoffRate 1
        s = m.afterTaskFailed(DemoFixtures::reviewStateName(), u"States.Timeout"_s, QString(), 100, in);
        QCOMPARE(s.kind, Kind::RunTask);
        // 100 retries used up: no Catch on the review state, so the execution fails with the error.
        s = m.afterTaskFailed(DemoFixtures::reviewStateName(), u"States.Timeout"_s, u"gone"_s, 101, in);
        QCOMPARE(s.kind, Kind::Fail);
        QCOMPARE(s.error, u"States.Timeout"_s);
        QCOMPARE(s.cause, u"gone"_s);
        // A rejection is not retried (Retry is on States.Timeout only).
        s = m.afterTaskFailed(DemoFixtures::reviewStateName(), u"Rejected"_s, u"not an invoice"_s, 1, in);
        QCOMPARE(s.kind, Kind::Fail);
        QCOMPARE(s.error, u"Rejected"_s);
        QCOMPARE(s.cause, u"not an invoice"_s);
    }

    void predictFailureRetriedThenCaught()
    {
        const AslMachine m = machineFrom(DemoFixtures::workflowDefinition(P, R, F, 60));
        const QJsonObject in{{u"documentId"_s, u"x"_s}};
        AslMachine::Step s =
            m.afterTaskFailed(DemoFixtures::predictStateName(), u"States.TaskFailed"_s, u"boom"_s, 1, in);
        QCOMPARE(s.kind, Kind::RunTask);
        QCOMPARE(s.resource, P);
        // Second failure: retries used up, the Catch (States.ALL) routes to the Fail state.
        s = m.afterTaskFailed(DemoFixtures::predictStateName(), u"States.TaskFailed"_s, u"boom"_s, 2, in);
        QCOMPARE(s.kind, Kind::Fail);
        QCOMPARE(s.error, u"DemoWorkflowFailed"_s);
        QCOMPARE(s.stateName, DemoFixtures::failedStateName());
        // A timeout is not matched by States.TaskFailed, so it is caught right away.
        s = m.afterTaskFailed(DemoFixtures::predictStateName(), u"States.Timeout"_s, QString(), 1, in);
        QCOMPARE(s.kind, Kind::Fail);
        QCOMPARE(s.error, u"DemoWorkflowFailed"_s);
    }

    void catchResultPathMergesError()
    {
        const AslMachine m = machineFrom(parse(R"({"StartAt":"T","States":{
            "T":{"Type":"Task","Resource":"las:transition:x","End":true,
                 "Catch":[{"ErrorEquals":["Custom"],"Next":"Keep","ResultPath":"$.error"},
                          {"ErrorEquals":["States.ALL"],"Next":"Replace"}]},
            "Keep":{"Type":"Succeed"},
            "Replace":{"Type":"Succeed"}}})"));
        const QJsonObject in{{u"a"_s, 1}};
        AslMachine::Step s = m.afterTaskFailed(u"T"_s, u"Custom"_s, u"why"_s, 1, in);
        QCOMPARE(s.kind, Kind::Succeed);
        QCOMPARE(s.stateName, u"Keep"_s);
        QCOMPARE(s.input.toObject().value(u"a"_s).toInt(), 1);
        QCOMPARE(s.input.toObject().value(u"error"_s).toObject().value(u"Error"_s).toString(), u"Custom"_s);
        QCOMPARE(s.input.toObject().value(u"error"_s).toObject().value(u"Cause"_s).toString(), u"why"_s);
        s = m.afterTaskFailed(u"T"_s, u"Other"_s, u"c"_s, 1, in);
        QCOMPARE(s.stateName, u"Replace"_s);
        QCOMPARE(s.input, QJsonValue(QJsonObject{{u"Error"_s, u"Other"_s}, {u"Cause"_s, u"c"_s}}));
    }

    void retryDefaultsAndBackoff()
    {
        const AslMachine m = machineFrom(parse(R"({"StartAt":"T","States":{
            "T":{"Type":"Task","Resource":"r","End":true,
                 "Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":2}]}}})"));
        // Defaults: MaxAttempts 3, BackoffRate 2.0.
        QCOMPARE(m.afterTaskFailed(u"T"_s, u"E"_s, {}, 1, {}).retryDelaySeconds, 2);
        QCOMPARE(m.afterTaskFailed(u"T"_s, u"E"_s, {}, 2, {}).retryDelaySeconds, 4);
        QCOMPARE(m.afterTaskFailed(u"T"_s, u"E"_s, {}, 3, {}).retryDelaySeconds, 8);
        QCOMPARE(m.afterTaskFailed(u"T"_s, u"E"_s, {}, 3, {}).kind, Kind::RunTask);
        QCOMPARE(m.afterTaskFailed(u"T"_s, u"E"_s, {}, 4, {}).kind, Kind::Fail);
    }

    void passAndPaths()
    {
        const AslMachine m = machineFrom(parse(R"({"StartAt":"Set","States":{
            "Set":{"Type":"Pass","Result":{"n":3},"ResultPath":"$.config","Next":"Pick"},
            "Pick":{"Type":"Pass","InputPath":"$.config","Parameters":{"count.$":"$.n","fixed":"yes"},"Next":"T"},
            "T":{"Type":"Task","Resource":"r1","OutputPath":"$.payload","Next":"Done"},
            "Done":{"Type":"Succeed"}}})"));
        AslMachine::Step s = m.start(QJsonObject{{u"keep"_s, true}});
        QCOMPARE(s.kind, Kind::RunTask);
        QCOMPARE(s.resource, u"r1"_s);
        QCOMPARE(s.input, QJsonValue(QJsonObject{{u"count"_s, 3}, {u"fixed"_s, u"yes"_s}}));
        s = m.afterTaskSucceeded(u"T"_s,
                                 QJsonObject{{u"payload"_s, QJsonObject{{u"z"_s, 1}}}, {u"noise"_s, 2}});
        QCOMPARE(s.kind, Kind::Succeed);
        QCOMPARE(s.input, QJsonValue(QJsonObject{{u"z"_s, 1}}));
        // An OutputPath that is not there is a runtime failure, not a crash.
        s = m.afterTaskSucceeded(u"T"_s, QJsonObject{});
        QCOMPARE(s.kind, Kind::Fail);
        QCOMPARE(s.error, u"States.Runtime"_s);
    }

    void choice_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("resource");
        QTest::newRow("string") << QByteArray(R"({"status":"ok","n":5})") << u"string"_s;
        QTest::newRow("numeric less") << QByteArray(R"({"status":"no","n":1})") << u"small"_s;
        QTest::newRow("numeric greater") << QByteArray(R"({"status":"no","n":100})") << u"big"_s;
        QTest::newRow("boolean") << QByteArray(R"({"flag":true,"n":50})") << u"flag"_s;
        QTest::newRow("and") << QByteArray(R"({"a":{"b":"x"},"n":50})") << u"nested"_s;
        QTest::newRow("is present") << QByteArray(R"({"extra":null,"n":50})") << u"present"_s;
        QTest::newRow("default") << QByteArray(R"({"n":50})") << u"default"_s;
        QTest::newRow("wrong type is false") << QByteArray(R"({"n":"5"})") << u"default"_s;
    }
    void choice()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, resource);
        const AslMachine m = machineFrom(parse(R"({"StartAt":"C","States":{
            "C":{"Type":"Choice","Choices":[
                {"Variable":"$.status","StringEquals":"ok","Next":"S"},
                {"Variable":"$.n","NumericLessThan":10,"Next":"Small"},
                {"Variable":"$.n","NumericGreaterThan":99,"Next":"Big"},
                {"Variable":"$.flag","BooleanEquals":true,"Next":"Flag"},
                {"And":[{"Variable":"$.a.b","StringEquals":"x"},{"Not":{"Variable":"$.n","NumericEquals":0}}],"Next":"Nested"},
                {"Variable":"$.extra","IsPresent":true,"Next":"Present"}],
             "Default":"D"},
            "S":{"Type":"Task","Resource":"string","End":true},
            "Small":{"Type":"Task","Resource":"small","End":true},
            "Big":{"Type":"Task","Resource":"big","End":true},
            "Flag":{"Type":"Task","Resource":"flag","End":true},
            "Nested":{"Type":"Task","Resource":"nested","End":true},
            "Present":{"Type":"Task","Resource":"present","End":true},
            "D":{"Type":"Task","Resource":"default","End":true}}})"));
        const AslMachine::Step s = m.start(QJsonDocument::fromJson(input).object());
        QCOMPARE(s.kind, Kind::RunTask);
        QCOMPARE(s.resource, resource);
    }

    void choiceWithoutMatchFails()
    {
        const AslMachine m = machineFrom(parse(R"({"StartAt":"C","States":{
            "C":{"Type":"Choice","Choices":[{"Variable":"$.x","StringEquals":"y","Next":"E"}]},
            "E":{"Type":"Succeed"}}})"));
        const AslMachine::Step s = m.start(QJsonObject{});
        QCOMPARE(s.kind, Kind::Fail);
        QCOMPARE(s.error, u"States.NoChoiceMatched"_s);
    }

    void loopWithoutTaskIsCapped()
    {
        // Cycles are allowed, but a Pass/Choice loop that never reaches a Task must end, not hang.
        const AslMachine m = machineFrom(parse(R"({"StartAt":"A","States":{
            "A":{"Type":"Pass","Next":"B"},
            "B":{"Type":"Choice","Choices":[{"Variable":"$.stop","BooleanEquals":true,"Next":"End"}],"Default":"A"},
            "End":{"Type":"Succeed"}}})"));
        AslMachine::Step s = m.start(QJsonObject{});
        QCOMPARE(s.kind, Kind::Fail);
        QCOMPARE(s.error, u"States.Runtime"_s);
        QVERIFY(s.cause.contains(u"loop"_s));
        s = m.start(QJsonObject{{u"stop"_s, true}});
        QCOMPARE(s.kind, Kind::Succeed);
    }

    void loopThroughTaskIsAllowed()
    {
        const AslMachine m = machineFrom(parse(R"({"StartAt":"T","States":{
            "T":{"Type":"Task","Resource":"r","Next":"C"},
            "C":{"Type":"Choice","Choices":[{"Variable":"$.again","BooleanEquals":true,"Next":"T"}],"Default":"F"},
            "F":{"Type":"Fail","Error":"Done","Cause":"finished"}}})"));
        AslMachine::Step s = m.afterTaskSucceeded(u"T"_s, QJsonObject{{u"again"_s, true}});
        QCOMPARE(s.kind, Kind::RunTask);
        QCOMPARE(s.stateName, u"T"_s);
        s = m.afterTaskSucceeded(u"T"_s, QJsonObject{{u"again"_s, false}});
        QCOMPARE(s.kind, Kind::Fail);
        QCOMPARE(s.error, u"Done"_s);
        QCOMPARE(s.cause, u"finished"_s);
    }

    void unknownStateAfterTask()
    {
        const AslMachine m = machineFrom(DemoFixtures::workflowDefinition(P, R, F, 60));
        QCOMPARE(m.afterTaskSucceeded(u"NoSuchState"_s, QJsonObject{}).kind, Kind::Fail);
        QCOMPARE(m.afterTaskFailed(u"Failed"_s, u"E"_s, {}, 1, {}).kind, Kind::Fail); // not a Task
    }

    void transitionIdsUnique()
    {
        const AslMachine m = machineFrom(parse(R"({"StartAt":"A","States":{
            "A":{"Type":"Task","Resource":"r1","Next":"B"},
            "B":{"Type":"Task","Resource":"r2","Next":"C"},
            "C":{"Type":"Task","Resource":"r1","End":true}}})"));
        QStringList ids = m.transitionIds();
        ids.sort();
        QCOMPARE(ids, QStringList({u"r1"_s, u"r2"_s}));
    }
};

QTEST_GUILESS_MAIN(TestAslMachine)
#include "tst_aslmachine.moc"
