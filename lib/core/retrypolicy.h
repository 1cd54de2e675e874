#pragma once

#include "core/apirequest.h"
#include "core/error.h"

#include <functional>

namespace las {

// reliability.md, Retries — the one place that decides whether and when a failed call is sent again.
class RetryPolicy
{
public:
    // Whether the failure could have reached the server (and done something there).
    enum class Reach {
        NotSent,   // provably never reached the server: connection refused, host lookup failure, no token
        Rejected,  // the server answered that it did not process it (401, 429 "Too Many Requests")
        Ambiguous, // may have been processed: timeout, reset after sending, 5xx
    };

    int maxAttempts = 4;
    int maxDelayMs = 30000; // cap of the exponential part
    int baseDelayMs = 1000;
    int maxRetryAfterMs = 300000; // Retry-After is honoured up to 5 min

    // True when `failedAttempt` (1-based) may be followed by another attempt.
    bool shouldRetry(ApiRequest::Safety safety, const Error &error, Reach reach, int failedAttempt) const;
    // Full jitter: random(0, min(maxDelay, base × 2^failedAttempt)); with Retry-After the delay is
    // max(that, Retry-After), capped at maxRetryAfterMs.
    int delayMs(int failedAttempt, std::optional<int> retryAfterSeconds) const;
    // The upper bound delayMs() draws from (without Retry-After), for tests.
    int jitterCeilingMs(int failedAttempt) const;

    // Random source in [0, bound] inclusive; defaults to QRandomGenerator::global(). Tests may replace it.
    std::function<int(int bound)> random;
};

} // namespace las
