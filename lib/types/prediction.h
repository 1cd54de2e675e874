#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace las {

// One predicted field. `page` and `location` come only from later API generations (2023+); absent here.
struct Prediction
{
    QString label;
    QJsonValue value; // string or null (booleans tolerated)
    double confidence = 0;
    std::optional<int> page;
    std::optional<QList<double>> location; // 4 numbers in 0..1, meaning undocumented

    static std::optional<Prediction> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const Prediction &other) const = default;
};

} // namespace las
