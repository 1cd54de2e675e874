#include "types/workflowexecution.h"

#include "types/jsonobjectreader.h"
#include "types/timestamp.h"

using namespace Qt::StringLiterals;

namespace las {

QDateTime WorkflowExecution::startDateTime() const
{
    return startTime ? Timestamp::parse(*startTime) : QDateTime();
}

QDateTime WorkflowExecution::endDateTime() const
{
    return endTime ? Timestamp::parse(*endTime) : QDateTime();
}

std::optional<WorkflowExecution> WorkflowExecution::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    WorkflowExecution e;
    e.executionId = r.string("executionId"_L1);
    e.workflowId = r.string("workflowId"_L1);
    e.status = r.string("status"_L1);
    e.input = r.object("input"_L1);
    e.output = r.object("output"_L1);
    e.transitionExecutions = r.object("transitionExecutions"_L1);
    e.startTime = r.nullableString("startTime"_L1, true);
    e.endTime = r.nullableString("endTime"_L1, true);
    e.completedBy = r.stringList("completedBy"_L1, false);
    if (!r.ok())
        return std::nullopt;
    return e;
}

QJsonObject WorkflowExecution::toJson() const
{
    QJsonObject o{{u"executionId"_s, executionId},
                  {u"workflowId"_s, workflowId},
                  {u"status"_s, status},
                  {u"input"_s, input},
                  {u"output"_s, output},
                  {u"transitionExecutions"_s, transitionExecutions},
                  {u"startTime"_s, JsonObjectReader::nullable(startTime)},
                  {u"endTime"_s, JsonObjectReader::nullable(endTime)}};
    if (!completedBy.isEmpty())
        o.insert(u"completedBy"_s, QJsonArray::fromStringList(completedBy));
    return o;
}

} // namespace las
