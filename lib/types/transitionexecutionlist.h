#pragma once

#include "types/transitionexecution.h"

#include <QList>
#include <QStringList>

namespace las {

struct TransitionExecutionList
{
    QString transitionId;
    QList<TransitionExecution> executions;
    QString nextToken;
    QStringList status; // echoed filter

    static std::optional<TransitionExecutionList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const TransitionExecutionList &other) const = default;
};

} // namespace las
