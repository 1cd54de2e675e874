#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace las {

struct WorkflowExecution
{
    QString executionId;
    QString workflowId;
    QString status; // running | succeeded | failed | rejected | retry
    QJsonObject input;
    QJsonObject output;
    QJsonObject transitionExecutions; // transitionId → [executionId, ...]
    std::optional<QString> startTime; // nullable; see Timestamp
    std::optional<QString> endTime;   // nullable
    QStringList completedBy;          // user / app-client IDs

    QDateTime startDateTime() const;
    QDateTime endDateTime() const;

    static std::optional<WorkflowExecution> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const WorkflowExecution &other) const = default;
};

} // namespace las
