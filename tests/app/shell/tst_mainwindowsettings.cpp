// The main window's remembered settings (offscreen, real widgets, no server): Preferences reaching the
// content cache, the list's page size and the call timeout at once, and the zoom mode, splitter sizes and
// geometry kept in QSettings from one window to the next.
#include "shell/main/mainwindow.h"
#include "shell/viewer/pageview.h"
#include "shell/viewer/viewerpane.h"

#include "core/documents/documentlistmodel.h"
#include "core/session/profilestore.h"
#include "core/session/session.h"
#include "core/settings/preferences.h"
#include "core/viewer/documentcontentcache.h"

#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindowSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toUtf8());
    }

    void preferencesReachTheWindow()
    {
        QSettings settings(m_home.filePath(u"prefs.conf"_s), QSettings::IniFormat);
        Session session(nullptr);
        ProfileStore profiles(&settings);
        Preferences preferences(&settings);
        MainWindow window(&session, &profiles, &preferences, &settings);
        QCOMPARE(window.contentCache()->maxBytes(), preferences.contentCacheBytes());
        preferences.setContentCacheBytes(100LL << 20);
        QCOMPARE(window.contentCache()->maxBytes(), 100LL << 20);
        preferences.setDocumentPageSize(37);
        QCOMPARE(window.documentModel()->pageSize(), 37);
    }

    void zoomModeAndLayoutRemembered()
    {
        const QString path = m_home.filePath(u"layout.conf"_s);
        QList<int> sizes;
        {
            QSettings settings(path, QSettings::IniFormat);
            Session session(nullptr);
            ProfileStore profiles(&settings);
            Preferences preferences(&settings);
            MainWindow window(&session, &profiles, &preferences, &settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.viewer()->pageView()->zoomMode() != PageView::ZoomMode::FitPage);
            QTest::keyClick(window.viewer()->pageView(), Qt::Key_F); // fit page
            QCOMPARE(window.viewer()->pageView()->zoomMode(), PageView::ZoomMode::FitPage);
            window.splitter()->setSizes({300, 700, 300});
            sizes = window.splitter()->sizes();
            window.close();
        }
        QSettings settings(path, QSettings::IniFormat);
        Session session(nullptr);
        ProfileStore profiles(&settings);
        Preferences preferences(&settings);
        MainWindow window(&session, &profiles, &preferences, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.viewer()->pageView()->zoomMode(), PageView::ZoomMode::FitPage);
        QCOMPARE(window.splitter()->sizes(), sizes);
    }
};

QTEST_MAIN(TestMainWindowSettings)
#include "tst_mainwindowsettings.moc"
