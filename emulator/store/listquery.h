#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// A page request over one kind of object: equality filters (any of the values), a sort column and a keyset
// cursor (the sort key and seq of the last row already returned).
struct ListQuery
{
    enum class Sort { Seq, StartTime, EndTime };

    QString kind;
    QHash<QString, QStringList>
        anyOf; // column ("owner", "status", "type", "batch_id", "consent_id", "id") → values
    Sort sort = Sort::Seq;
    bool descending = false;
    bool hasCursor = false;
    QString cursorKey;
    qint64 cursorSeq = 0;
    int limit = 100;
};
