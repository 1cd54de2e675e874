#include "types/workflow.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<Workflow> Workflow::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    Workflow v;
    v.workflowId = r.string("workflowId"_L1);
    v.name = r.nullableString("name"_L1, true);
    v.description = r.nullableString("description"_L1, true);
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject Workflow::toJson() const
{
    return {{u"workflowId"_s, workflowId},
            {u"name"_s, JsonObjectReader::nullable(name)},
            {u"description"_s, JsonObjectReader::nullable(description)}};
}

} // namespace las
