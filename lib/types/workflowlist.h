#pragma once

#include "types/workflow.h"

#include <QList>

namespace las {

struct WorkflowList
{
    QList<Workflow> workflows;
    QString nextToken;

    static std::optional<WorkflowList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const WorkflowList &other) const = default;
};

} // namespace las
