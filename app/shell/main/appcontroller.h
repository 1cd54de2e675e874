#pragma once

#include "core/session/commandline.h"
#include "core/session/profile.h"
#include "core/session/profileimporter.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class DemoLauncher;
class MainWindow;
class Preferences;
class ProfileStore;
class QSettings;
class Session;

namespace las {
class SecretStore;
}

// Start-up and the session's conversations with the user: the demo, the first-start import, sign-in with the
// active profile, profiles added and switched, and what to do when the keychain cannot be used.
class AppController : public QObject
{
    Q_OBJECT
public:
    // settings is not owned and must outlive the controller.
    explicit AppController(QSettings *settings, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the main window at once and starts what the command line asks for, all asynchronously.
    void start(const CommandLine &commandLine);

    MainWindow *mainWindow() const { return m_window.get(); }
    Session *session() const { return m_session; }
    ProfileStore *profiles() const { return m_profiles; }
    DemoLauncher *demoLauncher() const { return m_demo; }

    // Opens File > Manage Profiles.
    void manageProfiles();
    // Makes `name` the active profile and signs in with it (no restart).
    void switchProfile(const QString &name);

private:
    void startDemo(bool reset);
    void signInWithProfile(const QString &name);
    void offerImport();
    void editProfile(const QString &name, bool signInAfter);
    void removeProfile(const QString &name);
    // Writes the secrets to the keychain; if it cannot be used, asks whether to keep them in memory for this
    // session. Calls `then(true)` when the secrets are available one way or the other. `decision` (shared by
    // the profiles of one import) remembers that answer, so an import of several profiles asks once.
    void storeSecrets(const Profile &profile, const las::ProfileSecrets &secrets,
                      std::function<void(bool)> then, std::shared_ptr<std::optional<bool>> decision = {});
    // Stores the imported profiles' secrets one after another (one question at most), then `then(first's)`.
    void storeImportedSecrets(QList<ProfileImporter::Candidate> rest,
                              std::shared_ptr<std::optional<bool>> decision, std::function<void(bool)> then,
                              std::optional<bool> firstAvailable = {});
    void keychainUnavailableOnRead(const QString &profileName, const QString &reason);

    QSettings *m_settings;
    ProfileStore *m_profiles;
    Preferences *m_preferences;
    las::SecretStore *m_secrets;
    Session *m_session;
    DemoLauncher *m_demo = nullptr;
    std::unique_ptr<MainWindow> m_window;
    CommandLine m_commandLine;
};
