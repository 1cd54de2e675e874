#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

// What a built-in function may do to the emulator's store; E1 fills it in per execution.
struct BuiltinContext
{
    std::function<std::optional<std::pair<QByteArray, QString>>(const QString &documentId)>
        loadDocument; // bytes, contentType
    // Creates and stores a prediction like POST /predictions; returns the prediction response object.
    std::function<std::optional<QJsonObject>(const QString &documentId, const QString &modelId, int maxPages,
                                             bool autoRotate, QString *error)>
        createPrediction;
    std::function<bool(const QString &documentId, const QJsonArray &groundTruth, QString *error)>
        setGroundTruth;
};

struct BuiltinResult
{
    bool ok = false;
    QJsonValue output;
    QString error;
    QStringList logLines;
};

// "docker" transitions whose imageUrl names a built-in; the emulator cannot run containers.
//   las-emulator/predict:latest  input {documentId, modelId?, maxPages? (1..3, default 1), autoRotate?}
//                                → output: the prediction response {documentId, predictionId, modelId,
//                                  inferenceTime, timestamp, predictions:[{label, value, confidence}]}
//                                (modelId defaults to InvoiceModel::modelId()).
//   las-emulator/feedback:latest input {documentId, verified: {label: string|bool|null, ...}, ...}
//                                → writes ground truth [{label, value}] (null values skipped) and
//                                  outputs {documentId, groundTruth: [...]} plus the input's other keys.
// The names without ":latest" are accepted too. Unknown image → ok=false with an error and a log line.
class BuiltinFunctions
{
public:
    static QStringList imageUrls(); // e.g. "las-emulator/predict", "las-emulator/feedback"
    static bool isKnown(const QString &imageUrl);
    static BuiltinResult run(const QString &imageUrl, const QJsonValue &input, const BuiltinContext &context);

    // Added.
    static QString predictImageUrl();
    static QString feedbackImageUrl();
};
