#pragma once

#include "types/prediction.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace las {

// The result of POST /predictions and one item of GET /predictions.
struct PredictionResponse
{
    QString predictionId;
    QString documentId;
    QString modelId;
    double inferenceTime = 0;
    qint64 timestamp = 0; // seconds since the epoch
    QList<Prediction> predictions;

    static std::optional<PredictionResponse> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const PredictionResponse &other) const = default;
};

} // namespace las
