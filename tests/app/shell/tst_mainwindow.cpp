// The main window with real widgets (offscreen) against a real las-emulator: the demo started by the app's
// own launcher with the documents listed, the status bar, a page that fails to load with its message and
// retry, and the layout remembered.
#include "shell/documents/documentlistpane.h"
#include "shell/main/appcontroller.h"
#include "shell/main/mainwindow.h"

#include "core/documents/documentlistmodel.h"
#include "core/session/demolauncher.h"
#include "core/session/profilestore.h"
#include "core/session/session.h"
#include "core/settings/preferences.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList statusTexts(QMainWindow *window)
{
    QStringList texts;
    for (const QLabel *label : window->statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

QFrame *errorBar(DocumentListPane *pane)
{
    for (QFrame *frame : pane->findChildren<QFrame *>()) {
        if (frame->accessibleName() == "Loading error"_L1)
            return frame;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString settingsPath() const { return m_home.filePath(u"las-review.conf"_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("LAS_REVIEW_EMULATOR", LAS_EMULATOR_BIN);
        QCoreApplication::setApplicationName(u"las-review"_s);
    }

    void demoOpensWithDocumentsListed()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AppController controller(&settings);
        CommandLine commandLine;
        commandLine.demo = true;
        commandLine.demoReset = true;
        controller.start(commandLine);
        MainWindow *window = controller.mainWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(controller.demoLauncher());
        QVERIFY(controller.demoLauncher()->dataDirectory().startsWith(m_home.filePath(u"data"_s)));

        DocumentListModel *model = window->documentModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 90000);
        QCOMPARE(controller.session()->state(), Session::State::SignedIn);
        QCOMPARE(window->documentPane()->view()->model(), model);
        QVERIFY(model->documentId(0).startsWith(u"las:document:"_s));

        // Three panes: documents | page | fields (the last an empty state until the fields land).
        QCOMPARE(window->splitter()->count(), 3);
        bool fieldsPlaceholder = false;
        for (const QLabel *label : window->findChildren<QLabel *>())
            fieldsPlaceholder |= label->text().contains(u"Predictions and ground truth appear here"_s);
        QVERIFY(fieldsPlaceholder);
        const QStringList status = statusTexts(window);
        QVERIFY2(status.contains(u"Connected"_s), qPrintable(status.join(u" | "_s)));
        QVERIFY2(status.contains(u"Profile: Demo"_s), qPrintable(status.join(u" | "_s)));

        // The demo server is the app's child and goes when the app does.
        const qint64 pid = controller.demoLauncher()->processId();
        QVERIFY(pid > 0);
        QVERIFY(QFile::exists(u"/proc/%1"_s.arg(pid)));
    }

    void failedPageShowsMessageAndRetry()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        Preferences preferences(&settings);
        Session session(nullptr);
        session.setCallTimeout(10000);
        MainWindow window(&session, &profiles, &preferences, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        DemoLauncher server;
        server.setEmulatorPath(QStringLiteral(LAS_EMULATOR_BIN));
        server.setDataDirectory(m_home.filePath(u"retry"_s));
        server.setDocumentCount(5);
        QSignalSpy ready(&server, &DemoLauncher::ready);
        server.start();
        QVERIFY(ready.wait(60000));
        const DemoServer info = server.server();
        session.signInWith(Profile{u"retry"_s, info.baseUrl, info.authEndpoint, info.clientId},
                           {info.clientSecret, info.apiKey});
        DocumentListModel *model = window.documentModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 30000);
        QFrame *bar = errorBar(window.documentPane());
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());

        // The server goes away; a refresh fails: the message and the retry button appear.
        const quint16 port = QUrl(info.baseUrl).port();
        server.stop();
        model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasFailed(), 150000); // after the transport's retries
        QTRY_VERIFY(bar->isVisible());
        QLabel *message = nullptr;
        for (QLabel *label : bar->findChildren<QLabel *>()) {
            if (!label->text().isEmpty())
                message = label;
        }
        QVERIFY(message);
        QVERIFY2(message->text().contains(u"could not be loaded"_s), qPrintable(message->text()));
        auto *retry = bar->findChild<QPushButton *>();
        QVERIFY(retry);
        QVERIFY(retry->isVisible());

        // Back on the same port with the same data; Retry loads the page.
        server.setPort(port);
        ready.clear();
        server.start();
        QVERIFY(ready.wait(60000));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 30000);
        QVERIFY(!model->hasFailed());
        QTRY_VERIFY(!bar->isVisible());
    }

    void layoutIsRemembered()
    {
        QList<int> sizes;
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ProfileStore profiles(&settings);
            Preferences preferences(&settings);
            Session session(nullptr);
            MainWindow window(&session, &profiles, &preferences, &settings);
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.splitter()->setSizes({300, 600, 250});
            sizes = window.splitter()->sizes();
            window.close();
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QVERIFY(settings.contains(u"mainWindow/splitter"_s));
        QVERIFY(settings.contains(u"mainWindow/geometry"_s));
        QVERIFY(settings.contains(u"mainWindow/viewer"_s)); // the zoom mode
        ProfileStore profiles(&settings);
        Preferences preferences(&settings);
        Session session(nullptr);
        MainWindow window(&session, &profiles, &preferences, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.splitter()->sizes(), sizes);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
