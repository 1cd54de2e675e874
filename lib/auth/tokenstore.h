#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace las {

// Where tokens (and, for the app, other secrets) outlive the process: an interface with an in-memory and an
// OS-keychain implementation. Every operation is asynchronous: `done` runs exactly once, later (never inside
// the call), in the thread of `context` — unless `context` is destroyed first, in which case it never runs.
class TokenStore
{
public:
    enum class Status {
        Ok,
        NotFound,    // nothing stored under the key: "not signed in"
        Unavailable, // the keychain is missing, locked, or refused access
    };
    struct Result
    {
        Status status = Status::Ok;
        QByteArray data; // for read()
        QString message; // for failures: the backend's explanation (never contains the secret)
        // None for Ok; Auth "Not signed in" for NotFound; KeychainUnavailable otherwise.
        Error error() const;
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~TokenStore();

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &data, QObject *context, Callback done) = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

} // namespace las
