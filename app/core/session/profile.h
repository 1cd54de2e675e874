#pragma once

#include "auth/credentials.h"
#include "auth/secretstore.h"

#include <QString>

// A way to reach one LAS account: the non-secret half of it. The client secret and API key of a profile live
// in the OS keychain (las::SecretStore) or, when the user accepts, in memory for one session; never here.
struct Profile
{
    QString name;
    QString apiEndpoint;  // full base URL with the version: https://api.lucidtech.ai/v1
    QString authEndpoint; // bare host (https) or a full URL
    QString clientId;

    bool isValid() const { return !name.trimmed().isEmpty(); }
    // The credentials of this profile with its secrets filled in.
    las::Credentials credentials(const las::ProfileSecrets &secrets) const;
    bool operator==(const Profile &other) const = default;
};
