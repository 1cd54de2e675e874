#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace las {

// Parses an HTTP Retry-After value: delay-seconds ("120") or an HTTP-date (IMF-fixdate
// "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete RFC 850 and asctime forms RFC 9110 asks recipients to
// accept). Returns whole seconds from `now` (rounded up, never negative), or nullopt when unparsable.
class RetryAfter
{
public:
    static std::optional<int> parseSeconds(const QByteArray &value,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The HTTP-date alone (UTC), or an invalid QDateTime.
    static QDateTime parseHttpDate(const QByteArray &value);
    // IMF-fixdate for `when` (used by tests and the emulator side of tests).
    static QByteArray formatHttpDate(const QDateTime &when);
};

} // namespace las
