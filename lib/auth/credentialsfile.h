#pragma once

#include "auth/credentials.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace las {

// Reads credentials the way the official Python SDK and CLI do: the INI file ~/.lucidtech/credentials.cfg
// (one section per profile; keys client_id, client_secret, api_key, auth_endpoint, api_endpoint; the SDK's
// use_cache is ignored: it cached tokens in a plain file, and ours live in memory or the OS keychain),
// parsed like Python's configparser (`=` or `:`, `#`/`;` comment lines, indented continuation lines, keys
// case-insensitive, a [DEFAULT] section inherited by all profiles). The environment variables LAS_CLIENT_ID,
// LAS_CLIENT_SECRET, LAS_API_KEY, LAS_AUTH_ENDPOINT and LAS_API_ENDPOINT override the file's default profile
// only when all five are set and non-empty (otherwise all of them are ignored); a profile named explicitly
// (other than "default") is read from the file only, as the SDK's guess_credentials(profile) does.
class CredentialsFile
{
public:
    // What a profile section holds (secrets included: keep it in memory only).
    struct Profile
    {
        Credentials credentials;
    };

    // ~/.lucidtech/credentials.cfg, or the path set with setPath() (tests).
    static QString path();
    // Overrides the file location (empty: back to the default). For tests and --credentials options.
    static void setPath(const QString &path);

    // Credentials for `profile`: for "default" the LAS_* environment when all five are set, else the file's
    // section.
    // nullopt with a readable *error ("no profile 'x' in …", "… has no client_secret", "no credentials file")
    // when neither gives complete credentials. api_key may be empty (the API stopped requiring it).
    static std::optional<Credentials> load(const QString &profile = QStringLiteral("default"),
                                           QString *error = nullptr);
    // Only the file's section (no environment).
    static std::optional<Profile> loadProfile(const QString &profile, QString *error = nullptr);
    // Only the environment: complete credentials when all five LAS_* variables are set.
    static std::optional<Credentials> fromEnvironment();
    // The profile (section) names in the file, in file order; empty when there is no file.
    static QStringList profiles();
};

} // namespace las
