#pragma once

#include "args/invocation.h"
#include "auth/credentials.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lasctl {

// Picks the credentials for this run, the way the official las CLI does:
// - --profile NAME (or --credentials FILE): that section of the credentials file, nothing else;
// - otherwise the LAS_* variables when all five are set, else [default] of ~/.lucidtech/credentials.cfg.
// Then --api-endpoint / --auth-endpoint / --token-path override what was read. Secrets are never put in
// the description or the error text.
class CredentialsResolver
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsResolver)
public:
    struct Resolved
    {
        las::Credentials credentials;
        QString source; // "LAS_* environment variables", "profile [x] of /home/u/.lucidtech/credentials.cfg"
    };

    static std::optional<Resolved> resolve(const Invocation &invocation, QString *error);
};

} // namespace lasctl
