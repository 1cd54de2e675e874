#include "core/session/profileimporter.h"

#include "auth/credentialsfile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {

Profile profileOf(const QString &name, const las::Credentials &credentials)
{
    Profile p;
    p.name = name;
    p.apiEndpoint = credentials.apiEndpoint;
    p.authEndpoint = credentials.authEndpoint;
    p.clientId = credentials.clientId;
    return p;
}

} // namespace

QList<ProfileImporter::Candidate> ProfileImporter::candidates()
{
    QList<Candidate> found;
    const QString path = las::CredentialsFile::path();
    const QString shownPath = QDir::toNativeSeparators(path);
    for (const QString &section : las::CredentialsFile::profiles()) {
        const std::optional<las::CredentialsFile::Profile> entry = las::CredentialsFile::loadProfile(section);
        if (!entry || !entry->credentials.isComplete())
            continue;
        Candidate c;
        c.profile = profileOf(section, entry->credentials);
        c.secrets = {entry->credentials.clientSecret, entry->credentials.apiKey};
        c.source = tr("%1, section [%2]").arg(shownPath, section);
        found.append(c);
    }
    if (const std::optional<las::Credentials> env = las::CredentialsFile::fromEnvironment()) {
        QString name = u"environment"_s;
        for (int n = 2; std::any_of(found.cbegin(), found.cend(),
                                    [&](const Candidate &c) { return c.profile.name == name; });
             ++n)
            name = u"environment %1"_s.arg(n);
        Candidate c;
        c.profile = profileOf(name, *env);
        c.secrets = {env->clientSecret, env->apiKey};
        c.source = tr("the LAS_* environment variables");
        found.append(c);
    }
    return found;
}
