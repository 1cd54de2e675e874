#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace las {

// One ground-truth item: a label and a value that is a string, a boolean or null.
struct GroundTruth
{
    QString label;
    QJsonValue value; // QJsonValue::String, Bool or Null only

    GroundTruth() = default;
    GroundTruth(QString label, QJsonValue value)
        : label(std::move(label))
        , value(std::move(value))
    {}

    static std::optional<GroundTruth> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const GroundTruth &other) const = default;
};

} // namespace las
