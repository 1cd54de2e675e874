#pragma once

#include "core/session/profile.h"

#include <QDialog>

#include <optional>

class ProfileStore;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

// Adds or edits one profile: name, API endpoint, auth endpoint, client ID, and its secrets. The secret
// fields start empty; left empty when editing, the stored secrets are kept (secrets() is nullopt).
class ProfileEditDialog : public QDialog
{
    Q_OBJECT
public:
    // profile: the one to edit, or an empty Profile for a new one. profiles: for the unique-name check.
    ProfileEditDialog(const Profile &profile, const ProfileStore *profiles, QWidget *parent = nullptr);

    // Only the secrets can be typed (the rest is shown read-only): for keychain-less sessions.
    void setSecretsOnly(bool secretsOnly);

    Profile profile() const;
    // The typed secrets, or nullopt when both secret fields were left empty while editing.
    std::optional<las::ProfileSecrets> secrets() const;

private:
    void validate();

    const ProfileStore *m_profiles;
    QString m_originalName;
    bool m_secretsOnly = false;
    QLineEdit *m_name;
    QLineEdit *m_apiEndpoint;
    QLineEdit *m_authEndpoint;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_apiKey;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
