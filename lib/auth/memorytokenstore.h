#pragma once

#include "auth/tokenstore.h"

#include <QHash>

namespace las {

// Keeps entries for the life of the object only (the default store, and the session-only fallback when the
// keychain is unavailable).
class MemoryTokenStore : public TokenStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &data, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    bool contains(const QString &key) const { return m_entries.contains(key); }
    int size() const { return int(m_entries.size()); }

private:
    QHash<QString, QByteArray> m_entries;
};

} // namespace las
