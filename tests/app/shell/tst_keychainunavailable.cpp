// "Keychain unavailable" through the app's real dialogs (offscreen, QTest events) against a real
// las-emulator. The D-Bus session bus points nowhere (set in main()), so QtKeychain cannot reach the Secret
// Service: adding a profile says so plainly and offers to keep the secrets in memory for this session
// (accept → signed in; decline → one clear message, no second dialog), and signing in with a stored profile
// asks for the secrets for this session only.
#include "shell/main/appcontroller.h"
#include "shell/main/mainwindow.h"
#include "shell/session/importprofilesdialog.h"
#include "shell/session/profileeditdialog.h"

#include "core/session/profilestore.h"
#include "core/session/session.h"

#include "auth/credentialsfile.h"
#include "emulatorprocess.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
T *visibleChild(QWidget *parent)
{
    for (T *child : parent->findChildren<T *>()) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

QLineEdit *field(QWidget *dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

void typeInto(QWidget *dialog, const QString &accessibleName, const QString &text)
{
    QLineEdit *edit = field(dialog, accessibleName);
    QVERIFY2(edit, qPrintable(accessibleName));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QString statusText(MainWindow *window)
{
    QStringList texts;
    for (const QLabel *label : window->statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u" | "_s);
}

QString placeholderText(MainWindow *window)
{
    QStringList texts;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible())
            texts.append(label->text());
    }
    return texts.join(u" | "_s);
}

} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};
    QTemporaryDir m_home;
    int m_settingsCount = 0;

    QString freshSettingsPath() { return m_home.filePath(u"las-review-%1.conf"_s.arg(++m_settingsCount)); }

    // Fills the new-profile dialog the app opens on a first start and saves it.
    void fillNewProfile(MainWindow *window, const QString &name)
    {
        ProfileEditDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<ProfileEditDialog>(window)) != nullptr, 10000);
        typeInto(dialog, u"Profile name"_s, name);
        typeInto(dialog, u"API endpoint"_s, m_emulator.apiUrl().toString());
        typeInto(dialog, u"Auth endpoint"_s, m_emulator.authEndpoint());
        typeInto(dialog, u"Client ID"_s, m_emulator.clientId());
        typeInto(dialog, u"Client secret"_s, m_emulator.clientSecret());
        typeInto(dialog, u"API key"_s, m_emulator.apiKey());
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    }

    // The keychain message box the app shows, once it is up.
    QMessageBox *keychainBox(MainWindow *window)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = visibleChild<QMessageBox>(window)) != nullptr; }, 30000))
            return nullptr;
        return box;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(m_emulator.start({u"--demo"_s, u"3"_s}, &error), qPrintable(error));
        // No profiles to import: no credentials file, no LAS_* variables.
        las::CredentialsFile::setPath(m_home.filePath(u"no-credentials.cfg"_s));
        for (const char *name :
             {"LAS_CLIENT_ID", "LAS_CLIENT_SECRET", "LAS_API_KEY", "LAS_AUTH_ENDPOINT", "LAS_API_ENDPOINT"})
            qunsetenv(name);
        qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    }

    // First start: the new profile's secrets cannot be stored; the app says why and offers memory.
    void newProfileKeptInMemory()
    {
        QSettings settings(freshSettingsPath(), QSettings::IniFormat);
        AppController controller(&settings);
        controller.start(CommandLine{});
        MainWindow *window = controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        fillNewProfile(window, u"work"_s);
        if (QTest::currentTestFailed())
            return;

        QMessageBox *box = keychainBox(window);
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), u"Keychain not available"_s);
        QVERIFY2(box->text().contains(u"cannot be saved in the system keychain"_s), qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"\"work\""_s), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(u"until LAS Review quits"_s),
                 qPrintable(box->informativeText()));
        QPushButton *keep = buttonWithText(box, u"Keep in Memory for This Session"_s);
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->state(), Session::State::SignedIn, 30000);
        QCOMPARE(controller.session()->profile().name, u"work"_s);
        QVERIFY(controller.session()->hasSecretsInMemory(u"work"_s));
        QTRY_VERIFY_WITH_TIMEOUT(statusText(window).contains(u"Connected"_s), 10000);
        // No second dialog about the keychain: the secrets in memory were used.
        QVERIFY(!visibleChild<QMessageBox>(window));
        // Nothing about the secrets was written to the settings file.
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains(m_emulator.clientSecret().toUtf8()));
        QVERIFY(!written.contains(m_emulator.apiKey().toUtf8()));
    }

    // Declining to keep the secrets: one clear message in the window, not a second keychain dialog.
    void newProfileDeclined()
    {
        QSettings settings(freshSettingsPath(), QSettings::IniFormat);
        AppController controller(&settings);
        controller.start(CommandLine{});
        MainWindow *window = controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        fillNewProfile(window, u"declined"_s);
        if (QTest::currentTestFailed())
            return;
        QMessageBox *box = keychainBox(window);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(placeholderText(window).contains(u"keychain"_s), 10000);
        QVERIFY2(!QTest::qWaitFor([&] { return visibleChild<QMessageBox>(window) != nullptr; }, 500),
                 "a second keychain dialog followed the first");
        QVERIFY(controller.session()->state() != Session::State::SignedIn);
        QVERIFY(!controller.session()->hasSecretsInMemory(u"declined"_s));
    }

    // A stored profile (its secrets would be in the keychain): signing in says the keychain cannot be used
    // and lets the user type the secrets for this session only.
    void storedProfileAsksForSecrets()
    {
        QSettings settings(freshSettingsPath(), QSettings::IniFormat);
        {
            ProfileStore store(&settings);
            store.setImportOffered(true);
            store.save(Profile{u"stored"_s, m_emulator.apiUrl().toString(), m_emulator.authEndpoint(),
                               m_emulator.clientId()});
            store.setActiveProfileName(u"stored"_s);
        }
        AppController controller(&settings);
        controller.start(CommandLine{});
        MainWindow *window = controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QMessageBox *box = keychainBox(window);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"The system keychain cannot be used"_s), qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"\"stored\""_s), qPrintable(box->text()));
        QCOMPARE(controller.session()->state(), Session::State::Failed);
        QVERIFY2(statusText(window).contains(u"Not connected"_s), qPrintable(statusText(window)));
        QPushButton *enter = buttonWithText(box, u"Enter Secrets…"_s);
        QVERIFY(enter);
        QTest::mouseClick(enter, Qt::LeftButton);

        ProfileEditDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<ProfileEditDialog>(window)) != nullptr, 10000);
        QVERIFY(field(dialog, u"Profile name"_s)->isReadOnly()); // only the secrets can be typed
        typeInto(dialog, u"Client secret"_s, m_emulator.clientSecret());
        typeInto(dialog, u"API key"_s, m_emulator.apiKey());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->state(), Session::State::SignedIn, 30000);
        QVERIFY(controller.session()->hasSecretsInMemory(u"stored"_s));
        QTRY_VERIFY_WITH_TIMEOUT(statusText(window).contains(u"Connected"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->documentPane() && !visibleChild<QMessageBox>(window), 5000);
    }

    // Importing several profiles from credentials.cfg while the keychain cannot be used: one question for
    // the whole import, and its answer holds for every profile.
    void importOfSeveralProfilesAsksOnce()
    {
        const QString path = m_home.filePath(u"credentials.cfg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const char *section : {"first", "second", "third"}) {
            file.write("[" + QByteArray(section) + "]\n");
            file.write("client_id = " + m_emulator.clientId().toUtf8() + "\n");
            file.write("client_secret = " + m_emulator.clientSecret().toUtf8() + "\n");
            file.write("api_key = " + m_emulator.apiKey().toUtf8() + "\n");
            file.write("auth_endpoint = " + m_emulator.authEndpoint().toUtf8() + "\n");
            file.write("api_endpoint = " + m_emulator.apiUrl().toString().toUtf8() + "\n\n");
        }
        file.close();
        las::CredentialsFile::setPath(path);
        QSettings settings(freshSettingsPath(), QSettings::IniFormat);
        AppController controller(&settings);
        controller.start(CommandLine{});
        MainWindow *window = controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ImportProfilesDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<ImportProfilesDialog>(window)) != nullptr, 10000);
        QTest::mouseClick(buttonWithText(dialog, u"&Import"_s), Qt::LeftButton);

        QMessageBox *box = keychainBox(window);
        QVERIFY(box);
        QTest::mouseClick(buttonWithText(box, u"Keep in Memory for This Session"_s), Qt::LeftButton);
        QVERIFY2(!QTest::qWaitFor([&] { return visibleChild<QMessageBox>(window) != nullptr; }, 1000),
                 "the keychain question came again for the next profile");
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->state(), Session::State::SignedIn, 30000);
        QCOMPARE(controller.session()->profile().name, u"first"_s);
        for (const QString &name : {u"first"_s, u"second"_s, u"third"_s})
            QVERIFY2(controller.session()->hasSecretsInMemory(name), qPrintable(name));
        las::CredentialsFile::setPath(m_home.filePath(u"no-credentials.cfg"_s));
    }
};

int main(int argc, char *argv[])
{
    // No Secret Service reachable: the session bus address points at nothing.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/las-review-test-bus");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"las-review-keychain-test"_s);
    TestKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_keychainunavailable.moc"
