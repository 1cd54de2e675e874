#include "types/predictionresponse.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<PredictionResponse> PredictionResponse::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    PredictionResponse p;
    p.predictionId = r.string("predictionId"_L1);
    p.documentId = r.string("documentId"_L1);
    p.modelId = r.string("modelId"_L1);
    p.inferenceTime = r.number("inferenceTime"_L1);
    p.timestamp = r.integer("timestamp"_L1);
    p.predictions = r.list<Prediction>("predictions"_L1, true);
    if (!r.ok())
        return std::nullopt;
    return p;
}

QJsonObject PredictionResponse::toJson() const
{
    QJsonArray items;
    for (const Prediction &p : predictions)
        items.append(p.toJson());
    return {{u"predictionId"_s, predictionId},   {u"documentId"_s, documentId}, {u"modelId"_s, modelId},
            {u"inferenceTime"_s, inferenceTime}, {u"timestamp"_s, timestamp},   {u"predictions"_s, items}};
}

} // namespace las
