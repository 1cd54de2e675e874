#pragma once

#include "core/error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace las {

struct ProfileSecrets
{
    QString clientSecret;
    QString apiKey;
};

// A profile's secrets in the OS keychain (QtKeychain, setInsecureFallback(false)); never in QSettings or a
// file.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(const QString &service = QStringLiteral("las-review"), QObject *parent = nullptr);

    using ReadCallback =
        std::function<void(const std::optional<ProfileSecrets> &secrets, const las::Error &error)>;
    using DoneCallback = std::function<void(const las::Error &error)>;

    // Each calls `done` exactly once, asynchronously, unless `context` is destroyed first. Nothing stored:
    // nullopt with no error. Keychain missing or locked: Error::Kind::KeychainUnavailable with a plain
    // reason. An entry that is not ours (unreadable): nullopt with Error::Kind::InvalidResponse.
    void read(const QString &profileName, QObject *context, ReadCallback done);
    void write(const QString &profileName, const ProfileSecrets &secrets, QObject *context,
               DoneCallback done);
    // Removing a profile that has nothing stored succeeds.
    void remove(const QString &profileName, QObject *context, DoneCallback done);

    QString service() const { return m_service; }
    // The keychain entry of a profile: "las-profile:<name>" (tokens use "las-token:...", so the two never
    // meet).
    static QString keyFor(const QString &profileName);

private:
    QString m_service;
};

} // namespace las
