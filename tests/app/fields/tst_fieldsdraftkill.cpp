// Edits survive a kill -9: a child process runs the review screen (the same ViewerPane and FieldsPane
// las-review shows) against a real las-emulator, types into a ground-truth field and is killed with
// SIGKILL before saving. The next start offers the draft; restored and saved, it reaches the server, and
// only then is it deleted.
#include "fieldstestclient.h"

#include "core/fields/documentreview.h"
#include "core/fields/draftstore.h"
#include "core/fields/groundtruthmodel.h"
#include "core/settings/preferences.h"
#include "core/viewer/documentcontentcache.h"
#include "shell/fields/fieldspane.h"
#include "shell/fields/groundtrutheditor.h"
#include "shell/viewer/viewerpane.h"

#include <QApplication>
#include <QFrame>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString TypedValue = u"KILLED-BEFORE-SAVE-7"_s;

struct DraftKillScreen
{
    DraftKillScreen(las::Client *client, const QString &dir)
        : settings(dir + u"/settings.ini"_s, QSettings::IniFormat)
        , preferences(&settings)
        , drafts(dir + u"/drafts"_s)
        , cache(client, dir + u"/cache"_s, 64 << 20)
    {
        splitter.resize(1400, 900);
        viewer = new ViewerPane(&cache, &splitter);
        pane = new FieldsPane(viewer, &preferences, &drafts, &splitter);
        pane->setClient(client);
        splitter.show();
    }

    QSettings settings;
    Preferences preferences;
    DraftStore drafts;
    DocumentContentCache cache;
    QSplitter splitter;
    ViewerPane *viewer = nullptr;
    FieldsPane *pane = nullptr;
};

// The child: open the document, type into invoice_id, say so on stdout, and wait to be killed.
int runChild()
{
    las::Credentials c;
    c.clientId = qEnvironmentVariable("LAS_FIELDS_CLIENT_ID");
    c.clientSecret = qEnvironmentVariable("LAS_FIELDS_CLIENT_SECRET");
    c.apiKey = qEnvironmentVariable("LAS_FIELDS_API_KEY");
    c.authEndpoint = qEnvironmentVariable("LAS_FIELDS_AUTH");
    c.apiEndpoint = qEnvironmentVariable("LAS_FIELDS_API");
    las::Client client(c);
    DraftKillScreen screen(&client, qEnvironmentVariable("LAS_FIELDS_DIR"));
    const QString id = qEnvironmentVariable("LAS_FIELDS_DOCUMENT");
    screen.viewer->openDocument(id);
    screen.pane->openDocument(id);
    if (!QTest::qWaitFor([&] { return screen.pane->review()->state() == DocumentReview::State::Ready; },
                         60000))
        return 2;
    GroundTruthModel *model = screen.pane->review()->groundTruth();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->rows().at(i).label == u"invoice_id"_s)
            row = i;
    }
    if (row < 0)
        return 3;
    screen.pane->editor()->focusRow(row);
    QLineEdit *value = screen.pane->editor()->valueEdit(row);
    value->selectAll();
    QTest::keyClicks(value, TypedValue);
    std::fputs("typed\n", stdout);
    std::fflush(stdout);
    return QApplication::exec(); // until killed
}

} // namespace

class TestFieldsDraftKill : public QObject
{
    Q_OBJECT

private slots:
    void draftRestoredAfterSigkill()
    {
        QTemporaryDir dir;
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start({}, &error), qPrintable(error));
        las::Client client(fieldstest::credentialsFor(emulator));
        const QString id = fieldstest::upload(client, fieldstest::samplePath(u"coolblue1.pdf"_s));
        QVERIFY(!id.isEmpty());
        QVERIFY(fieldstest::predict(client, id, fieldstest::firstModel(client)));

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LAS_FIELDS_CHILD"_s, u"1"_s);
        env.insert(u"LAS_FIELDS_CLIENT_ID"_s, emulator.clientId());
        env.insert(u"LAS_FIELDS_CLIENT_SECRET"_s, emulator.clientSecret());
        env.insert(u"LAS_FIELDS_API_KEY"_s, emulator.apiKey());
        env.insert(u"LAS_FIELDS_AUTH"_s, emulator.authEndpoint());
        env.insert(u"LAS_FIELDS_API"_s, emulator.apiUrl().toString());
        env.insert(u"LAS_FIELDS_DIR"_s, dir.path());
        env.insert(u"LAS_FIELDS_DOCUMENT"_s, id);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(30000));
        QByteArray output; // accumulated: QTRY evaluates the condition more than once
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("typed") ||
                                     child.state() == QProcess::NotRunning,
                                 90000);
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // Nothing reached the server.
        auto document = fieldstest::document(client, id);
        QVERIFY(document && (!document->groundTruth || document->groundTruth->isEmpty()));

        // The next start offers the draft.
        DraftKillScreen screen(&client, dir.path());
        QVERIFY(QTest::qWaitForWindowExposed(&screen.splitter));
        screen.viewer->openDocument(id);
        screen.pane->openDocument(id);
        QTRY_VERIFY_WITH_TIMEOUT(screen.pane->review()->state() == DocumentReview::State::Ready, 60000);
        QTRY_VERIFY(screen.pane->draftBanner()->isVisible());
        QVERIFY(screen.pane->editor()->isReadOnly()); // no edit over an offered draft
        QTest::mouseClick(screen.pane->restoreDraftButton(), Qt::LeftButton);
        QVERIFY(!screen.pane->draftBanner()->isVisible());
        GroundTruthModel *model = screen.pane->review()->groundTruth();
        bool found = false;
        for (const GroundTruthRow &row : model->rows())
            found |= row.label == u"invoice_id"_s && row.value.toString() == TypedValue;
        QVERIFY(found);
        QVERIFY(screen.drafts.load(id)); // still a draft until the server has it

        QSignalSpy saved(screen.pane->review(), &DocumentReview::saved);
        QVERIFY(screen.pane->review()->save());
        QVERIFY(saved.wait(30000));
        document = fieldstest::document(client, id);
        QVERIFY(document && document->groundTruth);
        QCOMPARE(*document->groundTruth, model->groundTruth());
        QVERIFY(!screen.drafts.load(id));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("LAS_FIELDS_CHILD"))
        return runChild();
    TestFieldsDraftKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fieldsdraftkill.moc"
