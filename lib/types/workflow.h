#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace las {

struct Workflow
{
    QString workflowId;
    std::optional<QString> name;        // nullable
    std::optional<QString> description; // nullable

    static std::optional<Workflow> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const Workflow &other) const = default;
};

} // namespace las
