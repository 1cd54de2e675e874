#include "auth/secretstore.h"

#include "auth/keychainjob.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace las {

namespace {

// A plain reason for a failed job; None for success and for "nothing stored".
Error errorOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return Error();
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Kind::KeychainUnavailable,
                     u"The keychain refused access (it may be locked): "_s + job->errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(Error::Kind::KeychainUnavailable,
                     u"No keychain service is available: "_s + job->errorString());
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Error(Error::Kind::KeychainUnavailable, u"The keychain failed: "_s + job->errorString());
}

// Runs `handle` on the finished job, then posts its outcome to `context`: QtKeychain may finish a job inside
// start() (no backend), and our callers are promised an answer that never arrives inside the call.
template<typename Handle>
void run(QKeychain::Job *job, QObject *context, Handle handle)
{
    if (!context) {
        job->start();
        return;
    }
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, handle = std::move(handle)](QKeychain::Job *finished) mutable {
                         auto deliver = handle(finished);
                         if (guard)
                             QMetaObject::invokeMethod(guard.data(), std::move(deliver),
                                                       Qt::QueuedConnection);
                     });
    job->start();
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString SecretStore::keyFor(const QString &profileName)
{
    return u"las-profile:"_s + profileName;
}

void SecretStore::read(const QString &profileName, QObject *context, ReadCallback done)
{
    auto *job = newKeychainJob<QKeychain::ReadPasswordJob>(m_service, keyFor(profileName));
    run(job, context, [done = std::move(done), profileName](QKeychain::Job *finished) {
        std::optional<ProfileSecrets> secrets;
        Error error = errorOf(finished);
        if (!error.isError() && finished->error() == QKeychain::NoError) {
            const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
            QJsonParseError parseError;
            const QJsonDocument json =
                QJsonDocument::fromJson(readJob ? readJob->binaryData() : QByteArray(), &parseError);
            const QJsonObject object = json.object();
            if (parseError.error != QJsonParseError::NoError || !json.isObject() ||
                !object.value(u"clientSecret"_s).isString() || !object.value(u"apiKey"_s).isString()) {
                error = Error(
                    Error::Kind::InvalidResponse,
                    u"The keychain entry of profile \"%1\" is not in the expected format"_s.arg(profileName));
            } else {
                secrets = ProfileSecrets{object.value(u"clientSecret"_s).toString(),
                                         object.value(u"apiKey"_s).toString()};
            }
        }
        return [done, secrets = std::move(secrets), error] {
            if (done)
                done(secrets, error);
        };
    });
}

void SecretStore::write(const QString &profileName, const ProfileSecrets &secrets, QObject *context,
                        DoneCallback done)
{
    auto *job = newKeychainJob<QKeychain::WritePasswordJob>(m_service, keyFor(profileName));
    const QJsonObject object{{u"clientSecret"_s, secrets.clientSecret}, {u"apiKey"_s, secrets.apiKey}};
    job->setBinaryData(QJsonDocument(object).toJson(QJsonDocument::Compact));
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        return [done, error = errorOf(finished)] {
            if (done)
                done(error);
        };
    });
}

void SecretStore::remove(const QString &profileName, QObject *context, DoneCallback done)
{
    auto *job = newKeychainJob<QKeychain::DeletePasswordJob>(m_service, keyFor(profileName));
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        return [done, error = errorOf(finished)] {
            if (done)
                done(error);
        };
    });
}

} // namespace las
