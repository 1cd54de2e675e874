#include "core/session/profilestore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const Profile &profile, const QString &previousName)
{
    const QString oldName = previousName.isEmpty() ? profile.name : previousName;
    bool replaced = false;
    for (Profile &p : m_profiles) {
        if (p.name == oldName) {
            p = profile;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        m_profiles.append(profile);
    if (oldName != profile.name) {
        // A rename may have collided with another profile of the new name: keep only the edited one.
        qsizetype seen = 0;
        m_profiles.removeIf([&](const Profile &p) { return p.name == profile.name && ++seen > 1; });
    }
    const bool activeRenamed = !m_active.isEmpty() && m_active == oldName && oldName != profile.name;
    if (activeRenamed)
        m_active = profile.name;
    write();
    Q_EMIT profilesChanged();
    if (activeRenamed)
        Q_EMIT activeProfileChanged(m_active);
}

void ProfileStore::remove(const QString &name)
{
    if (m_profiles.removeIf([&](const Profile &p) { return p.name == name; }) == 0)
        return;
    const bool wasActive = m_active == name;
    if (wasActive)
        m_active = m_profiles.isEmpty() ? QString() : m_profiles.first().name;
    write();
    Q_EMIT profilesChanged();
    if (wasActive)
        Q_EMIT activeProfileChanged(m_active);
}

void ProfileStore::setActiveProfileName(const QString &name)
{
    if (name == m_active || !contains(name))
        return;
    m_active = name;
    write();
    Q_EMIT activeProfileChanged(m_active);
}

bool ProfileStore::importOffered() const
{
    return m_settings->value(u"profilesImportOffered"_s, false).toBool();
}

void ProfileStore::setImportOffered(bool offered)
{
    m_settings->setValue(u"profilesImportOffered"_s, offered);
    m_settings->sync();
}

void ProfileStore::load()
{
    m_profiles.clear();
    const int count = m_settings->beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(u"name"_s).toString();
        p.apiEndpoint = m_settings->value(u"apiEndpoint"_s).toString();
        p.authEndpoint = m_settings->value(u"authEndpoint"_s).toString();
        p.clientId = m_settings->value(u"clientId"_s).toString();
        if (p.isValid() && !contains(p.name))
            m_profiles.append(p);
    }
    m_settings->endArray();
    m_active = m_settings->value(u"activeProfile"_s).toString();
    if (!contains(m_active))
        m_active = m_profiles.isEmpty() ? QString() : m_profiles.first().name;
}

void ProfileStore::write()
{
    m_settings->remove(u"profiles"_s);
    m_settings->beginWriteArray(u"profiles"_s, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const Profile &p = m_profiles.at(i);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"apiEndpoint"_s, p.apiEndpoint);
        m_settings->setValue(u"authEndpoint"_s, p.authEndpoint);
        m_settings->setValue(u"clientId"_s, p.clientId);
    }
    m_settings->endArray();
    m_settings->setValue(u"activeProfile"_s, m_active);
    m_settings->sync();
}
