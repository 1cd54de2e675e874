#include "auth/keychaintokenstore.h"

#include "auth/keychainjob.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace las {

namespace {

TokenStore::Result resultOf(QKeychain::Job *job, bool removing)
{
    TokenStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = TokenStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        // Deleting what is not there is fine; reading it means "not signed in".
        result.status = removing ? TokenStore::Status::Ok : TokenStore::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = TokenStore::Status::Unavailable;
        result.message = u"access denied (the keychain may be locked): "_s + job->errorString();
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = TokenStore::Status::Unavailable;
        result.message = u"no keychain service available: "_s + job->errorString();
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = TokenStore::Status::Unavailable;
        result.message = job->errorString();
        break;
    }
    return result;
}

void watch(QKeychain::Job *job, QObject *context, TokenStore::Callback done, bool removing, bool reading)
{
    if (!context || !done) {
        job->start();
        return;
    }
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), removing, reading](QKeychain::Job *finished) {
                         TokenStore::Result result = resultOf(finished, removing);
                         if (reading && result.status == TokenStore::Status::Ok) {
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 result.data = read->binaryData();
                         }
                         done(result);
                     });
    job->start();
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service))
{}

void KeychainTokenStore::read(const QString &key, QObject *context, Callback done)
{
    watch(newKeychainJob<QKeychain::ReadPasswordJob>(m_service, key), context, std::move(done), false, true);
}

void KeychainTokenStore::write(const QString &key, const QByteArray &data, QObject *context, Callback done)
{
    auto *job = newKeychainJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(data);
    watch(job, context, std::move(done), false, false);
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback done)
{
    watch(newKeychainJob<QKeychain::DeletePasswordJob>(m_service, key), context, std::move(done), true,
          false);
}

} // namespace las
