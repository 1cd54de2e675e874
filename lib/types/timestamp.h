#pragma once

#include <QDateTime>
#include <QString>

namespace las {

// Execution timestamps arrive as "2021-02-16 15:30:45.123456" (UTC, the spec allows the separators to be
// left out) and in later generations as ISO 8601 ("2021-02-16T15:30:45.123Z", with or without offset).
class Timestamp
{
public:
    // Invalid QDateTime when the text is neither form. Times without an offset are UTC.
    static QDateTime parse(const QString &text);
    // The API's own form: "yyyy-MM-dd HH:mm:ss.zzzzzz" in UTC.
    static QString format(const QDateTime &time);
};

} // namespace las
