#include "shell/main/appcontroller.h"

#include "shell/main/mainwindow.h"
#include "shell/session/importprofilesdialog.h"
#include "shell/session/profileeditdialog.h"
#include "shell/session/profilesdialog.h"

#include "core/session/demolauncher.h"
#include "core/session/profileimporter.h"
#include "core/session/profilestore.h"
#include "core/session/session.h"
#include "core/settings/preferences.h"

#include "auth/secretstore.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

AppController::AppController(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(new ProfileStore(settings, this))
    , m_preferences(new Preferences(settings, this))
    , m_secrets(new las::SecretStore(u"las-review"_s, this))
    , m_session(new Session(m_secrets, this))
{
    m_session->setCallTimeout(m_preferences->requestTimeoutSeconds() * 1000);
    connect(m_session, &Session::keychainUnavailable, this, &AppController::keychainUnavailableOnRead);
}

AppController::~AppController()
{
    // The window first (its models hold replies of the session's client), then the demo server.
    m_window.reset();
    if (m_demo)
        m_demo->stop();
}

void AppController::start(const CommandLine &commandLine)
{
    m_commandLine = commandLine;
    m_window = std::make_unique<MainWindow>(m_session, m_profiles, m_preferences, m_settings);
    connect(m_window.get(), &MainWindow::manageProfilesRequested, this, &AppController::manageProfiles);
    connect(m_window.get(), &MainWindow::switchProfileRequested, this, &AppController::switchProfile);
    connect(m_window.get(), &MainWindow::signInRequested, this, [this] {
        if (m_commandLine.demo && m_demo && m_demo->isRunning())
            m_session->signInWith(m_session->profile(),
                                  {m_demo->server().clientSecret, m_demo->server().apiKey});
        else if (m_profiles->activeProfile())
            signInWithProfile(m_profiles->activeProfileName());
        else
            manageProfiles();
    });
    for (const QString &id : commandLine.documentIds)
        m_window->openDocument(id);
    for (const QString &file : commandLine.files)
        m_window->openFile(file);
    m_window->show();

    if (commandLine.demo) {
        startDemo(commandLine.demoReset);
        return;
    }
    if (!commandLine.profile.isEmpty()) {
        if (!m_profiles->contains(commandLine.profile)) {
            m_window->showProblem(
                tr("There is no profile called \"%1\". Set it up in File → Manage Profiles.")
                    .arg(commandLine.profile));
            return;
        }
        switchProfile(commandLine.profile);
        return;
    }
    if (m_profiles->isEmpty() && !m_profiles->importOffered()) {
        offerImport();
        return;
    }
    if (m_profiles->activeProfile())
        signInWithProfile(m_profiles->activeProfileName());
    else
        m_window->showProblem(tr("No profile is set up yet. Add one in File → Manage Profiles, or start with "
                                 "las-review --demo to try the app with sample invoices."));
}

void AppController::startDemo(bool reset)
{
    m_demo = new DemoLauncher(this);
    m_demo->setReset(reset);
    m_window->setProfileLabel(tr("Demo"));
    m_window->setBackgroundWork(tr("Starting the demo server…"));
    m_window->showProblem(tr("Starting the demo server with sample invoices…"));
    connect(m_demo, &DemoLauncher::ready, this, [this](const DemoServer &server) {
        m_window->setBackgroundWork({});
        Profile demo;
        demo.name = tr("Demo");
        demo.apiEndpoint = server.baseUrl;
        demo.authEndpoint = server.authEndpoint;
        demo.clientId = server.clientId;
        m_session->signInWith(demo, {server.clientSecret, server.apiKey});
    });
    connect(m_demo, &DemoLauncher::failed, this, [this](const QString &message) {
        m_window->setBackgroundWork({});
        m_window->showProblem(tr("The demo could not start. %1").arg(message));
    });
    connect(m_demo, &DemoLauncher::stopped, this, [this](const QString &message) {
        m_session->signOut();
        m_window->showProblem(message);
    });
    m_demo->start();
}

void AppController::signInWithProfile(const QString &name)
{
    const std::optional<Profile> profile = m_profiles->profile(name);
    if (!profile)
        return;
    m_window->setProfileLabel({});
    m_session->signIn(*profile);
}

void AppController::switchProfile(const QString &name)
{
    if (m_demo) {
        m_demo->stop();
        m_demo->deleteLater();
        m_demo = nullptr;
        m_commandLine.demo = false;
    }
    m_profiles->setActiveProfileName(name);
    signInWithProfile(name);
}

void AppController::offerImport()
{
    m_profiles->setImportOffered(true);
    const QList<ProfileImporter::Candidate> candidates = ProfileImporter::candidates();
    if (candidates.isEmpty()) {
        m_window->showProblem(tr("No profile is set up yet. Add one in File → Manage Profiles, or start with "
                                 "las-review --demo to try the app with sample invoices."));
        editProfile({}, true);
        return;
    }
    auto *dialog = new ImportProfilesDialog(candidates, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<ProfileImporter::Candidate> chosen = dialog->selectedCandidates();
        if (chosen.isEmpty()) {
            m_window->showProblem(tr("No profile is set up yet. Add one in File → Manage Profiles."));
            return;
        }
        const QString first = chosen.first().profile.name;
        for (const ProfileImporter::Candidate &c : chosen)
            m_profiles->save(c.profile);
        storeImportedSecrets(
            chosen, std::make_shared<std::optional<bool>>(), [this, first](bool firstAvailable) {
                if (firstAvailable)
                    switchProfile(first);
                else
                    m_window->showProblem(tr("The profile \"%1\" is saved, but its secrets are "
                                             "not, because the system keychain "
                                             "cannot be used. Sign in with File → Sign In Again "
                                             "to enter them for this session.")
                                              .arg(first));
            });
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_window->showProblem(tr("No profile is set up yet. Add one in File → Manage Profiles, or start with "
                                 "las-review --demo to try the app with sample invoices."));
    });
    dialog->open();
}

void AppController::manageProfiles()
{
    auto *dialog = new ProfilesDialog(m_profiles, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::addRequested, this, [this] { editProfile({}, false); });
    connect(dialog, &ProfilesDialog::editRequested, this,
            [this](const QString &name) { editProfile(name, false); });
    connect(dialog, &ProfilesDialog::removeRequested, this, &AppController::removeProfile);
    connect(dialog, &ProfilesDialog::useRequested, this, &AppController::switchProfile);
    connect(dialog, &ProfilesDialog::importRequested, this, &AppController::offerImport);
    dialog->open();
}

void AppController::editProfile(const QString &name, bool signInAfter)
{
    const std::optional<Profile> existing = m_profiles->profile(name);
    auto *dialog = new ProfileEditDialog(existing.value_or(Profile{}), m_profiles, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name, signInAfter] {
        const Profile profile = dialog->profile();
        const std::optional<las::ProfileSecrets> secrets = dialog->secrets();
        m_profiles->save(profile, name);
        if (!name.isEmpty() && name != profile.name) {
            m_session->forgetSecretsInMemory(name);
            m_secrets->remove(name, this, [](const las::Error &) {});
        }
        const bool isActive =
            m_profiles->activeProfileName() == profile.name || m_profiles->profiles().size() == 1;
        auto after = [this, profile, signInAfter, isActive](bool available) {
            if (!available) {
                // Declined to keep them in memory: say so once here instead of asking again at sign-in.
                if (signInAfter || isActive)
                    m_window->showProblem(tr("The profile \"%1\" is saved, but its secrets are not, because "
                                             "the system keychain "
                                             "cannot be used. Sign in with File → Sign In Again to enter "
                                             "them for this session.")
                                              .arg(profile.name));
                return;
            }
            if (signInAfter || isActive)
                switchProfile(profile.name);
        };
        if (secrets)
            storeSecrets(profile, *secrets, after);
        else
            after(true);
    });
    dialog->open();
}

void AppController::removeProfile(const QString &name)
{
    m_session->forgetSecretsInMemory(name);
    m_secrets->remove(name, this, [](const las::Error &) {});
    const bool wasActive = m_profiles->activeProfileName() == name;
    m_profiles->remove(name);
    if (wasActive && m_session->profile().name == name) {
        m_session->signOut();
        if (m_profiles->activeProfile())
            signInWithProfile(m_profiles->activeProfileName());
    }
}

void AppController::storeImportedSecrets(QList<ProfileImporter::Candidate> rest,
                                         std::shared_ptr<std::optional<bool>> decision,
                                         std::function<void(bool)> then, std::optional<bool> firstAvailable)
{
    if (rest.isEmpty()) {
        then(firstAvailable.value_or(false));
        return;
    }
    const ProfileImporter::Candidate next = rest.takeFirst();
    storeSecrets(
        next.profile, next.secrets,
        [this, rest, decision, then, firstAvailable](bool available) {
            storeImportedSecrets(rest, decision, then, firstAvailable ? firstAvailable : available);
        },
        decision);
}

void AppController::storeSecrets(const Profile &profile, const las::ProfileSecrets &secrets,
                                 std::function<void(bool)> then,
                                 std::shared_ptr<std::optional<bool>> decision)
{
    m_secrets->write(profile.name, secrets, this,
                     [this, profile, secrets, then = std::move(then), decision](const las::Error &error) {
                         if (!error.isError()) {
                             m_session->forgetSecretsInMemory(profile.name);
                             then(true);
                             return;
                         }
                         if (decision && decision->has_value()) {
                             // Answered already for this import: the same answer, without asking again.
                             if (**decision)
                                 m_session->keepSecretsInMemory(profile.name, secrets);
                             then(**decision);
                             return;
                         }
                         auto *box = new QMessageBox(
                             QMessageBox::Warning, tr("Keychain not available"),
                             tr("The secrets of the profile \"%1\" cannot be saved in the system keychain: "
                                "%2")
                                 .arg(profile.name, error.message()),
                             QMessageBox::NoButton, m_window.get());
                         box->setInformativeText(
                             tr("You can keep them in memory until LAS Review quits. They are not written "
                                "anywhere, so you will have to enter them again next time."));
                         QPushButton *keep =
                             box->addButton(tr("Keep in Memory for This Session"), QMessageBox::AcceptRole);
                         box->addButton(QMessageBox::Cancel);
                         box->setAttribute(Qt::WA_DeleteOnClose);
                         connect(box, &QMessageBox::finished, this,
                                 [this, box, keep, profile, secrets, then, decision] {
                                     const bool kept = box->clickedButton() == keep;
                                     if (decision)
                                         *decision = kept;
                                     if (kept)
                                         m_session->keepSecretsInMemory(profile.name, secrets);
                                     then(kept);
                                 });
                         box->open();
                     });
}

void AppController::keychainUnavailableOnRead(const QString &profileName, const QString &reason)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Keychain not available"),
                        tr("The system keychain cannot be used (%1), so the secrets of the profile \"%2\" "
                           "cannot be read.")
                            .arg(reason, profileName),
                        QMessageBox::NoButton, m_window.get());
    box->setInformativeText(
        tr("You can enter them now and keep them in memory until LAS Review quits. They are "
           "not written anywhere."));
    QPushButton *enter = box->addButton(tr("Enter Secrets…"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, enter, profileName] {
        if (box->clickedButton() != enter)
            return;
        const std::optional<Profile> profile = m_profiles->profile(profileName);
        if (!profile)
            return;
        auto *dialog = new ProfileEditDialog(*profile, m_profiles, m_window.get());
        dialog->setSecretsOnly(true);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, profileName] {
            if (const std::optional<las::ProfileSecrets> secrets = dialog->secrets()) {
                m_session->keepSecretsInMemory(profileName, *secrets);
                signInWithProfile(profileName);
            }
        });
        dialog->open();
    });
    box->open();
}
