#pragma once

#include "core/session/profile.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

// The profiles the user has set up, and which one is active, kept in QSettings (group "profiles"). Only the
// non-secret fields are written: secrets go to the keychain through las::SecretStore.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // settings is not owned and must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const { return profile(name).has_value(); }
    bool isEmpty() const { return m_profiles.isEmpty(); }

    // Adds the profile, or replaces the one of the same name. `previousName` renames an existing profile.
    void save(const Profile &profile, const QString &previousName = {});
    void remove(const QString &name);

    QString activeProfileName() const { return m_active; }
    std::optional<Profile> activeProfile() const { return profile(m_active); }
    void setActiveProfileName(const QString &name);

    // Whether the first-start import of ~/.lucidtech/credentials.cfg and LAS_* was offered already.
    bool importOffered() const;
    void setImportOffered(bool offered);

Q_SIGNALS:
    void profilesChanged();
    void activeProfileChanged(const QString &name);

private:
    void load();
    void write();

    QSettings *m_settings;
    QList<Profile> m_profiles;
    QString m_active;
};
