#include "core/retrypolicy.h"

#include <QRandomGenerator>

namespace las {

bool RetryPolicy::shouldRetry(ApiRequest::Safety safety, const Error &error, Reach reach,
                              int failedAttempt) const
{
    if (failedAttempt >= maxAttempts)
        return false;
    // Quota ("Limit Exceeded") is not transient: isTransient() is false for it, so it is never retried.
    if (!error.isTransient())
        return false;
    if (safety == ApiRequest::Safety::Idempotent)
        return true;
    // A create is sent again only when the server provably did not act on it.
    return reach == Reach::NotSent || reach == Reach::Rejected;
}

int RetryPolicy::jitterCeilingMs(int failedAttempt) const
{
    const int shift = qBound(0, failedAttempt, 30);
    const qint64 exp = qint64(baseDelayMs) << shift;
    return int(qMin<qint64>(maxDelayMs, exp));
}

int RetryPolicy::delayMs(int failedAttempt, std::optional<int> retryAfterSeconds) const
{
    const int ceiling = jitterCeilingMs(failedAttempt);
    const int jitter =
        random ? random(ceiling) : int(QRandomGenerator::global()->bounded(qint64(ceiling) + 1));
    int delay = qBound(0, jitter, ceiling);
    if (retryAfterSeconds) {
        const qint64 ra = qint64(qMax(0, *retryAfterSeconds)) * 1000;
        delay = int(qMin<qint64>(qMax<qint64>(delay, ra), maxRetryAfterMs));
    }
    return delay;
}

} // namespace las
