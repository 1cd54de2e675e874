#include "app/credentialsresolver.h"

#include "auth/credentialsfile.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lasctl {

std::optional<CredentialsResolver::Resolved> CredentialsResolver::resolve(const Invocation &inv,
                                                                          QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Resolved> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const bool explicitFile = inv.isSet(u"credentials"_s);
    if (explicitFile) {
        const QString path = inv.value(u"credentials"_s);
        if (!QFileInfo(path).isFile())
            return fail(tr("the credentials file %1 does not exist").arg(path));
        las::CredentialsFile::setPath(path);
    }

    Resolved resolved;
    QString why;
    if (inv.isSet(u"profile"_s) || explicitFile) {
        const QString profile = inv.value(u"profile"_s, u"default"_s);
        const auto loaded = las::CredentialsFile::loadProfile(profile, &why);
        if (!loaded)
            return fail(tr("no credentials for profile \"%1\": %2").arg(profile, why));
        resolved.credentials = loaded->credentials;
        resolved.source = tr("profile [%1] of %2").arg(profile, las::CredentialsFile::path());
    } else if (const auto fromEnvironment = las::CredentialsFile::fromEnvironment()) {
        resolved.credentials = *fromEnvironment;
        resolved.source = tr("the LAS_* environment variables");
    } else {
        const auto loaded = las::CredentialsFile::load(u"default"_s, &why);
        if (!loaded)
            return fail(tr("no credentials: %1. Set LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_API_KEY, "
                           "LAS_AUTH_ENDPOINT and LAS_API_ENDPOINT, or write %2 (see lasctl --help)")
                            .arg(why, las::CredentialsFile::path()));
        resolved.credentials = *loaded;
        resolved.source = tr("profile [default] of %1").arg(las::CredentialsFile::path());
    }

    if (inv.isSet(u"api-endpoint"_s))
        resolved.credentials.apiEndpoint = inv.value(u"api-endpoint"_s);
    if (inv.isSet(u"auth-endpoint"_s))
        resolved.credentials.authEndpoint = inv.value(u"auth-endpoint"_s);
    if (inv.isSet(u"token-path"_s))
        resolved.credentials.tokenPath = inv.value(u"token-path"_s);
    if (!resolved.credentials.isComplete())
        return fail(tr("the credentials from %1 are incomplete (client_id, client_secret, auth_endpoint and "
                       "api_endpoint are needed)")
                        .arg(resolved.source));
    return resolved;
}

} // namespace lasctl
