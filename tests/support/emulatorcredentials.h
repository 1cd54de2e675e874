#pragma once

// The credentials of a started las-emulator for las::Client, for tests that link the library (header-only:
// the emulator's own tests use lastestsupport without the library).

#include "emulatorprocess.h"

#include "auth/credentials.h"

inline las::Credentials emulatorCredentials(const EmulatorProcess &emulator)
{
    las::Credentials c;
    c.clientId = emulator.clientId();
    c.clientSecret = emulator.clientSecret();
    c.apiKey = emulator.apiKey();
    c.authEndpoint = emulator.authEndpoint();
    c.apiEndpoint = emulator.apiUrl().toString();
    return c;
}
