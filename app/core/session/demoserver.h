#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// What a las-emulator said on its start-up line ({"event":"listening", ...}).
struct DemoServer
{
    QString baseUrl;      // http://127.0.0.1:P/v1
    QString authEndpoint; // http://127.0.0.1:P
    QString clientId;
    QString clientSecret;
    QString apiKey;
    QString dataDir;
    QString adminToken; // newer emulators only

    // nullopt with *error when the line is not a listening event with the fields needed to sign in.
    static std::optional<DemoServer> fromStartLine(const QByteArray &line, QString *error);
};

Q_DECLARE_METATYPE(DemoServer)
