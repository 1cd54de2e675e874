#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace las {

struct Log
{
    QString logId;
    std::optional<QString> transitionId;
    QJsonArray events; // each an object

    static std::optional<Log> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const Log &other) const = default;
};

} // namespace las
