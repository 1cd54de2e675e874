#include "types/predictionlist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<PredictionList> PredictionList::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    PredictionList v;
    v.predictions = r.list<PredictionResponse>("predictions"_L1, true);
    v.nextToken = r.nextToken();
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject PredictionList::toJson() const
{
    QJsonObject o{{u"predictions"_s, JsonObjectReader::toArray(predictions)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};

    return o;
}

} // namespace las
