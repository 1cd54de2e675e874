#include "types/batch.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<Batch> Batch::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    Batch v;
    v.batchId = r.string("batchId"_L1);
    v.name = r.nullableString("name"_L1, true);
    v.description = r.nullableString("description"_L1, true);
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject Batch::toJson() const
{
    return {{u"batchId"_s, batchId},
            {u"name"_s, JsonObjectReader::nullable(name)},
            {u"description"_s, JsonObjectReader::nullable(description)}};
}

} // namespace las
