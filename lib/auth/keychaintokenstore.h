#pragma once

#include "auth/tokenstore.h"

#include <QString>

namespace las {

// The OS keychain through QtKeychain (Secret Service on Linux), with the insecure plain-text fallback off.
// Jobs are asynchronous and delete themselves when done; a caller that stops waiting (its context is gone)
// merely drops interest — a pending job is never deleted early. EntryNotFound → Status::NotFound ("not signed
// in"); no backend, locked, access denied and other failures → Status::Unavailable.
class KeychainTokenStore : public TokenStore
{
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("las-review"));

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &data, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
};

} // namespace las
