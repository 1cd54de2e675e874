#include "core/session/profile.h"

las::Credentials Profile::credentials(const las::ProfileSecrets &secrets) const
{
    las::Credentials credentials;
    credentials.clientId = clientId;
    credentials.clientSecret = secrets.clientSecret;
    credentials.apiKey = secrets.apiKey;
    credentials.authEndpoint = authEndpoint;
    credentials.apiEndpoint = apiEndpoint;
    return credentials;
}
