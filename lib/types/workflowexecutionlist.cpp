#include "types/workflowexecutionlist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<WorkflowExecutionList> WorkflowExecutionList::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    WorkflowExecutionList v;
    v.executions = r.list<WorkflowExecution>("executions"_L1, true);
    v.nextToken = r.nextToken();
    v.workflowId = r.string("workflowId"_L1);
    v.status = r.stringList("status"_L1, false, true);
    v.sortBy = r.optionalString("sortBy"_L1).value_or(QString());
    v.order = r.optionalString("order"_L1).value_or(QString());
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject WorkflowExecutionList::toJson() const
{
    QJsonObject o{{u"executions"_s, JsonObjectReader::toArray(executions)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};
    o.insert(u"workflowId"_s, workflowId);
    if (!status.isEmpty())
        o.insert(u"status"_s, QJsonArray::fromStringList(status));
    if (!sortBy.isEmpty())
        o.insert(u"sortBy"_s, sortBy);
    if (!order.isEmpty())
        o.insert(u"order"_s, order);
    return o;
}

} // namespace las
