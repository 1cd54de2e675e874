#pragma once

#include "types/predictionresponse.h"

namespace las {

struct PredictionList
{
    QList<PredictionResponse> predictions;
    QString nextToken; // empty on the last page

    static std::optional<PredictionList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const PredictionList &other) const = default;
};

} // namespace las
