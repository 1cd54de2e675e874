#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// One row of the ground-truth editor: a label and a value (string, boolean or null). `key` identifies the
// row while rows are added, removed and moved (it is not sent).
struct GroundTruthRow
{
    quint64 key = 0;
    QString label;
    QJsonValue value = QJsonValue(QString());

    bool operator==(const GroundTruthRow &other) const = default;
};

using GroundTruthRows = QList<GroundTruthRow>;
