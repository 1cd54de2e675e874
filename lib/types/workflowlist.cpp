#include "types/workflowlist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<WorkflowList> WorkflowList::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    WorkflowList v;
    v.workflows = r.list<Workflow>("workflows"_L1, true);
    v.nextToken = r.nextToken();
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject WorkflowList::toJson() const
{
    QJsonObject o{{u"workflows"_s, JsonObjectReader::toArray(workflows)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};

    return o;
}

} // namespace las
