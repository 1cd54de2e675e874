// las-review's command line: options, document IDs and files, and the errors.
#include "core/session/commandline.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLine parse(QStringList args)
    {
        args.prepend(u"las-review"_s);
        return CommandLine::parse(args);
    }

private slots:
    void nothing()
    {
        const CommandLine c = parse({});
        QCOMPARE(c.action, CommandLine::Action::Run);
        QVERIFY(!c.demo);
        QVERIFY(c.profile.isEmpty());
        QVERIFY(c.helpText.contains(u"--demo-reset"_s));
        QVERIFY(c.helpText.contains(u"--profile <NAME>"_s));
    }

    void helpAndVersion()
    {
        QCOMPARE(parse({u"--help"_s}).action, CommandLine::Action::ShowHelp);
        QCOMPARE(parse({u"-h"_s}).action, CommandLine::Action::ShowHelp);
        QCOMPARE(parse({u"--version"_s}).action, CommandLine::Action::ShowVersion);
    }

    void demoAndProfile()
    {
        CommandLine c = parse({u"--demo"_s});
        QVERIFY(c.demo);
        QVERIFY(!c.demoReset);
        c = parse({u"--demo-reset"_s});
        QVERIFY(c.demo);
        QVERIFY(c.demoReset);
        c = parse({u"--profile"_s, u"staging"_s});
        QCOMPARE(c.action, CommandLine::Action::Run);
        QCOMPARE(c.profile, u"staging"_s);
        c = parse({u"--profile"_s, u"staging"_s, u"--demo"_s});
        QCOMPARE(c.action, CommandLine::Action::Error);
        QVERIFY(c.error.contains(u"--demo"_s));
    }

    void documentsAndFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile pdf(dir.filePath(u"invoice.pdf"_s));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n");
        pdf.close();
        const QString id = u"las:document:0123456789abcdef0123456789abcdef"_s;
        const CommandLine c = parse({id, pdf.fileName()});
        QCOMPARE(c.action, CommandLine::Action::Run);
        QCOMPARE(c.documentIds, QStringList{id});
        QCOMPARE(c.files, QStringList{pdf.fileName()});

        const CommandLine badId = parse({u"las:document:xyz"_s});
        QCOMPARE(badId.action, CommandLine::Action::Error);
        QVERIFY(badId.error.contains(u"32"_s));

        const CommandLine bad = parse({dir.filePath(u"missing.pdf"_s)});
        QCOMPARE(bad.action, CommandLine::Action::Error);
        QVERIFY(bad.error.contains(u"missing.pdf"_s));
    }

    void unknownOption()
    {
        const CommandLine c = parse({u"--frobnicate"_s});
        QCOMPARE(c.action, CommandLine::Action::Error);
        QVERIFY(c.error.contains(u"frobnicate"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
