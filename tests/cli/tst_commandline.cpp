// Unit test of lasctl's command-line parsing (CommandLine, Invocation, JsonArgument) against the real
// command table.
#include "args/commandline.h"
#include "args/jsonargument.h"
#include "commands/commandtable.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lasctl::CommandLine;
using lasctl::CommandTable;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    CommandTable m_table = CommandTable::standard();
    CommandLine::Result parse(const QStringList &args) { return CommandLine::parse(args, m_table); }

private Q_SLOTS:
    void runsACommandWithPositionalsAndOptions()
    {
        const auto r = parse({u"--profile"_s, u"work"_s, u"documents"_s, u"create"_s, u"a.pdf"_s, u"b.jpg"_s,
                              u"--concurrency=2"_s, u"--batch-id"_s, u"las:batch:00"_s, u"--compact"_s});
        QCOMPARE(r.action, CommandLine::Action::Run);
        QVERIFY(r.spec);
        QCOMPARE(r.spec->clientMethod, u"createDocumentFromFile"_s);
        QCOMPARE(r.invocation.positionals, (QStringList{u"a.pdf"_s, u"b.jpg"_s}));
        QCOMPARE(r.invocation.value(u"concurrency"_s), u"2"_s);
        QCOMPARE(r.invocation.value(u"batch-id"_s), u"las:batch:00"_s);
        QCOMPARE(r.invocation.value(u"profile"_s), u"work"_s);
        QVERIFY(r.invocation.isSet(u"compact"_s));
        QVERIFY(!r.invocation.isSet(u"verbose"_s));
    }

    void everyCommandHasAClientMethodAndAHandler()
    {
        QSet<QString> seen;
        for (const auto &spec : m_table.commands()) {
            QVERIFY2(!spec.clientMethod.isEmpty(), qPrintable(spec.resource + u' ' + spec.verb));
            QVERIFY2(bool(spec.prepare) != bool(spec.prepareUpload),
                     qPrintable(spec.resource + u' ' + spec.verb));
            QVERIFY2(!seen.contains(spec.clientMethod), qPrintable(spec.clientMethod));
            seen.insert(spec.clientMethod);
        }
        // Every method of las-sdk-core 3.5.0 plus the 2021-02-25 revision, once each.
        const QStringList expected{u"createAssetFromFile"_s,
                                   u"createBatch"_s,
                                   u"createDocumentFromFile"_s,
                                   u"createPrediction"_s,
                                   u"createSecret"_s,
                                   u"createTransition"_s,
                                   u"createUser"_s,
                                   u"createWorkflow"_s,
                                   u"deleteDocuments"_s,
                                   u"deleteTransition"_s,
                                   u"deleteUser"_s,
                                   u"deleteWorkflow"_s,
                                   u"deleteWorkflowExecution"_s,
                                   u"executeTransition"_s,
                                   u"executeWorkflow"_s,
                                   u"getAsset"_s,
                                   u"getDocument"_s,
                                   u"getLog"_s,
                                   u"getTransition"_s,
                                   u"getUser"_s,
                                   u"getWorkflow"_s,
                                   u"listAssets"_s,
                                   u"listDocuments"_s,
                                   u"listModels"_s,
                                   u"listPredictions"_s,
                                   u"listSecrets"_s,
                                   u"listTransitionExecutions"_s,
                                   u"listTransitions"_s,
                                   u"listUsers"_s,
                                   u"listWorkflowExecutions"_s,
                                   u"listWorkflows"_s,
                                   u"makeDeleteRequest"_s,
                                   u"makeGetRequest"_s,
                                   u"makePatchRequest"_s,
                                   u"makePostRequest"_s,
                                   u"updateAsset"_s,
                                   u"updateDocument"_s,
                                   u"updateSecret"_s,
                                   u"updateTransition"_s,
                                   u"updateTransitionExecution"_s,
                                   u"updateUser"_s,
                                   u"updateWorkflow"_s,
                                   u"sendHeartbeat"_s,
                                   u"getTransitionExecution"_s};
        for (const QString &method : expected)
            QVERIFY2(seen.contains(method), qPrintable(method));
        QCOMPARE(seen.size(), expected.size());
    }

    void globalOptionsMayFollowTheCommand()
    {
        const auto r = parse({u"models"_s, u"list"_s, u"--verbose"_s, u"--profile=x"_s, u"--all"_s});
        QCOMPARE(r.action, CommandLine::Action::Run);
        QVERIFY(r.invocation.isSet(u"verbose"_s));
        QVERIFY(r.invocation.isSet(u"all"_s));
        QCOMPARE(r.invocation.value(u"profile"_s), u"x"_s);
    }

    void repeatableOptionsCollectEveryValue()
    {
        const auto r = parse({u"documents"_s, u"list"_s, u"--batch-id"_s, u"a"_s, u"--batch-id=b"_s});
        QCOMPARE(r.action, CommandLine::Action::Run);
        QCOMPARE(r.invocation.values(u"batch-id"_s), (QStringList{u"a"_s, u"b"_s}));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("nothing") << QStringList{} << u"no command"_s;
        QTest::newRow("unknown resource") << QStringList{u"dokuments"_s, u"list"_s} << u"unknown resource"_s;
        QTest::newRow("missing verb") << QStringList{u"documents"_s} << u"missing the verb"_s;
        QTest::newRow("unknown verb") << QStringList{u"documents"_s, u"frob"_s} << u"unknown command"_s;
        QTest::newRow("missing positional") << QStringList{u"documents"_s, u"get"_s} << u"DOCUMENT_ID"_s;
        QTest::newRow("missing variadic") << QStringList{u"documents"_s, u"create"_s} << u"FILE"_s;
        QTest::newRow("extra positional")
            << QStringList{u"documents"_s, u"get"_s, u"a"_s, u"b"_s} << u"unexpected argument \"b\""_s;
        QTest::newRow("unknown option")
            << QStringList{u"documents"_s, u"get"_s, u"a"_s, u"--frob"_s} << u"--frob"_s;
        QTest::newRow("command option before command")
            << QStringList{u"--batch-id"_s, u"x"_s, u"documents"_s, u"list"_s} << u"--batch-id"_s;
        QTest::newRow("value missing")
            << QStringList{u"documents"_s, u"list"_s, u"--max-results"_s} << u"needs a value"_s;
        QTest::newRow("flag with value")
            << QStringList{u"models"_s, u"list"_s, u"--all=yes"_s} << u"takes no value"_s;
        QTest::newRow("given twice") << QStringList{u"models"_s, u"list"_s, u"--max-results=1"_s,
                                                    u"--max-results=2"_s}
                                     << u"more than once"_s;
        QTest::newRow("required option")
            << QStringList{u"executions"_s, u"update"_s, u"t"_s, u"e"_s} << u"--status"_s;
        QTest::newRow("single dash") << QStringList{u"models"_s, u"list"_s, u"-x"_s} << u"-x"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const auto r = parse(args);
        QCOMPARE(r.action, CommandLine::Action::Error);
        QVERIFY2(r.error.contains(needle), qPrintable(r.error));
    }

    void doubleDashEndsOptions()
    {
        const auto r = parse({u"documents"_s, u"create"_s, u"--"_s, u"--weird-name.pdf"_s});
        QCOMPARE(r.action, CommandLine::Action::Run);
        QCOMPARE(r.invocation.positionals, QStringList{u"--weird-name.pdf"_s});
    }

    void helpForms()
    {
        auto r = parse({u"--help"_s});
        QCOMPARE(r.action, CommandLine::Action::Help);
        QVERIFY(!r.spec);
        r = parse({u"documents"_s, u"-h"_s});
        QCOMPARE(r.action, CommandLine::Action::Help);
        QCOMPARE(r.invocation.resource, u"documents"_s);
        r = parse({u"help"_s, u"documents"_s, u"create"_s});
        QCOMPARE(r.action, CommandLine::Action::Help);
        QVERIFY(r.spec);
        QCOMPARE(r.spec->verb, u"create"_s);
        // Help wins over missing arguments.
        r = parse({u"documents"_s, u"get"_s, u"--help"_s});
        QCOMPARE(r.action, CommandLine::Action::Help);
        QCOMPARE(parse({u"--version"_s}).action, CommandLine::Action::Version);
    }

    void helpTextDocumentsEveryExitCode()
    {
        const QString help = m_table.helpText();
        for (const QString &needle : {u"documents create FILE..."_s, u" 9  not found"_s,
                                      u"12  quota exceeded"_s, u" 2  usage error"_s, u"LAS_CLIENT_ID"_s})
            QVERIFY2(help.contains(needle), qPrintable(needle));
        const QString commandHelp = CommandTable::commandHelp(*m_table.find(u"documents"_s, u"create"_s));
        QVERIFY(commandHelp.contains(u"--concurrency N"_s));
        QVERIFY(commandHelp.contains(u"createDocumentFromFile"_s));
    }

    void typedGetters()
    {
        lasctl::Invocation inv;
        inv.options[u"n"_s] = {u"7"_s};
        inv.options[u"bad"_s] = {u"7x"_s};
        inv.options[u"flag"_s] = {QString()};
        inv.options[u"no"_s] = {u"false"_s};
        inv.options[u"q"_s] = {u"HIGH"_s};
        QString error;
        QCOMPARE(inv.intValue(u"n"_s, 1, 10, 4, &error), std::optional<int>(7));
        QCOMPARE(inv.intValue(u"unset"_s, 1, 10, 4, &error), std::optional<int>(4));
        QVERIFY(!inv.intValue(u"n"_s, 1, 5, 4, &error));
        QVERIFY(error.contains(u"--n"_s));
        QVERIFY(!inv.intValue(u"bad"_s, 1, 10, 4, &error));
        QCOMPARE(inv.boolValue(u"flag"_s, &error), std::optional<bool>(true));
        QCOMPARE(inv.boolValue(u"no"_s, &error), std::optional<bool>(false));
        QCOMPARE(inv.choice(u"q"_s, {u"LOW"_s, u"HIGH"_s}, &error), std::optional<QString>(u"HIGH"_s));
        QVERIFY(!inv.choice(u"q"_s, {u"LOW"_s}, &error));
    }

    void jsonArguments()
    {
        QString error;
        QCOMPARE(
            lasctl::JsonArgument::parse(u"{\"a\":1}"_s, u"X"_s, &error)->toObject().value(u"a"_s).toInt(), 1);
        QCOMPARE(lasctl::JsonArgument::parse(u"\"text\""_s, u"X"_s, &error)->toString(), u"text"_s);
        QVERIFY(lasctl::JsonArgument::parse(u"null"_s, u"X"_s, &error)->isNull());
        QVERIFY(!lasctl::JsonArgument::parse(u"{\"a\":"_s, u"--output"_s, &error));
        QVERIFY2(error.contains(u"--output"_s) && error.contains(u"not valid JSON"_s), qPrintable(error));
        // Two values where one is expected: not silently the first.
        QVERIFY(!lasctl::JsonArgument::parse(u"1],[2"_s, u"X"_s, &error));
        QVERIFY(!lasctl::JsonArgument::parseObject(u"[1]"_s, u"X"_s, &error));
        QVERIFY(error.contains(u"object"_s));
        QVERIFY(!lasctl::JsonArgument::parseArray(u"{}"_s, u"X"_s, &error));

        QTemporaryDir dir;
        QFile file(dir.filePath(u"body.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"label\":\"total\",\"value\":\"1.00\"}]");
        file.close();
        const auto array = lasctl::JsonArgument::parseArray(u"@"_s + file.fileName(), u"X"_s, &error);
        QVERIFY(array);
        QCOMPARE(array->at(0).toObject().value(u"label"_s).toString(), u"total"_s);
        QVERIFY(!lasctl::JsonArgument::parse(u"@"_s + dir.filePath(u"missing.json"_s), u"--data"_s, &error));
        QVERIFY2(error.contains(u"missing.json"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
