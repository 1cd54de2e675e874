#pragma once

#include <QString>

// IDs and timestamps in the contract's formats.
class Ids
{
public:
    static QString newId(const QString &prefix); // "las:document:" + 32 random lower-case hex digits
    static QString hex32();
    static QString timestamp(); // "2021-02-16 15:30:45.123456" (UTC, microseconds)
    static qint64 epochMs();
    static bool isId(const QString &value, const QString &prefix); // prefix + 32 hex
};
