#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace las {

struct TransitionExecution
{
    QString executionId;
    QString transitionId;
    QString status; // running | succeeded | failed | rejected | retry
    QJsonObject input;
    std::optional<QString> completedBy; // nullable
    std::optional<QString> startTime;   // "2021-02-16 15:30:45.123456"; see Timestamp
    std::optional<QString> endTime;
    std::optional<QString> logId;

    QDateTime startDateTime() const; // invalid when absent or unparsable
    QDateTime endDateTime() const;

    static std::optional<TransitionExecution> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const TransitionExecution &other) const = default;
};

} // namespace las
