#pragma once

#include <QJsonObject>
#include <QString>

// One row of the object table: the API object as JSON plus the columns lists filter and sort on.
// Empty strings stand for "none" in the indexed columns so keyset pagination never meets NULL.
struct StoredObject
{
    qint64 seq = 0; // monotonic insertion order; the pagination key
    QString kind;   // "document", "batch", "transition-execution", ...
    QString id;
    QString owner; // parent ID: transition for its executions, workflow for its executions
    QString status;
    QString type; // transitionType
    QString batchId;
    QString consentId;
    QString startTime;
    QString endTime;
    QJsonObject data;
};
