#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <optional>

// Command-line options of las-emulator.
struct EmulatorOptions
{
    quint16 port = 0;
    QHostAddress bind = QHostAddress::LocalHost;
    QString dataDir; // empty: a temporary directory removed at exit
    QString basePath = QStringLiteral("/v1");
    std::optional<QString> clientId; // unset: generated once per data dir and remembered
    std::optional<QString> clientSecret;
    std::optional<QString> apiKey; // set but empty: no x-api-key check
    int tokenLifetimeSeconds = 3600;
    int demoDocuments = 0;
    int idleTimeoutSeconds = 30;  // a connection that sends nothing this long is closed (slowloris)
    int claimTimeoutSeconds = 60; // a claimed manual execution without heartbeat goes back after this
    bool strictResponses = false; // answers that break the contract become 500s (for tests)
    QHash<QString, int> quotas;   // "documents" → limit; none by default
};
