#pragma once

#include "core/session/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the official SDKs already know about the user's accounts: the sections of ~/.lucidtech/credentials.cfg
// and the LAS_* environment variables, offered for import on first start.
class ProfileImporter
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImporter)
public:
    struct Candidate
    {
        Profile profile;
        las::ProfileSecrets secrets;
        QString source; // where it was found, for the user ("~/.lucidtech/credentials.cfg [default]")
    };

    // Every complete profile of the credentials file (las::CredentialsFile::path()), then the environment's
    // (named "environment", or "environment 2"... when that name is taken). Incomplete sections are skipped.
    static QList<Candidate> candidates();
};
