#include "types/secret.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<Secret> Secret::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    Secret v;
    v.secretId = r.string("secretId"_L1);
    v.name = r.nullableString("name"_L1, true);
    v.description = r.nullableString("description"_L1, true);
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject Secret::toJson() const
{
    return {{u"secretId"_s, secretId},
            {u"name"_s, JsonObjectReader::nullable(name)},
            {u"description"_s, JsonObjectReader::nullable(description)}};
}

} // namespace las
