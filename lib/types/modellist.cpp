#include "types/modellist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<ModelList> ModelList::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    ModelList v;
    v.models = r.list<Model>("models"_L1, true);
    v.nextToken = r.nextToken();
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject ModelList::toJson() const
{
    QJsonObject o{{u"models"_s, JsonObjectReader::toArray(models)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};

    return o;
}

} // namespace las
