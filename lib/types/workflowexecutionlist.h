#pragma once

#include "types/workflowexecution.h"

#include <QList>

namespace las {

struct WorkflowExecutionList
{
    QString workflowId;
    QList<WorkflowExecution> executions;
    QString nextToken;
    QStringList status; // echoed filters
    QString sortBy;
    QString order;

    static std::optional<WorkflowExecutionList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const WorkflowExecutionList &other) const = default;
};

} // namespace las
