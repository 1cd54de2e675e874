#pragma once

#include "types/groundtruth.h"
#include "types/prediction.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace las {

// A document. `content` holds the decoded bytes (base64 is decoded once, in fromJson, and encoded once, in
// toJson); hasContent tells an empty file from a response without content (POST /documents, lists).
struct LasDocument
{
    QString documentId;
    QString contentType; // application/pdf | image/jpeg (later generations: image/png, image/tiff)
    QString batchId;     // empty when absent
    QString consentId;   // empty when absent
    bool hasContent = false;
    QByteArray content;
    std::optional<QList<GroundTruth>> groundTruth;
    std::optional<QList<Prediction>> predictions;
    std::optional<double> inferenceTime;
    std::optional<qint64> updated; // the only version signal of a document

    static std::optional<LasDocument> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const LasDocument &other) const = default;
};

} // namespace las
