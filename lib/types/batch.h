#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace las {

struct Batch
{
    QString batchId;
    std::optional<QString> name;        // nullable
    std::optional<QString> description; // nullable

    static std::optional<Batch> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const Batch &other) const = default;
};

} // namespace las
