#pragma once

#include <QString>

namespace las {

// A QtKeychain job for one key, as every keychain user in the library makes it: no insecure plain-text
// fallback, and no parent. QtKeychain runs jobs one at a time, so a pending job must outlive its store and
// its caller (deleting it early would stall the queue); it deletes itself when finished.
template<typename JobType>
JobType *newKeychainJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace las
