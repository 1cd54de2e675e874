#include "types/transitionexecution.h"

#include "types/jsonobjectreader.h"
#include "types/timestamp.h"

using namespace Qt::StringLiterals;

namespace las {

QDateTime TransitionExecution::startDateTime() const
{
    return startTime ? Timestamp::parse(*startTime) : QDateTime();
}

QDateTime TransitionExecution::endDateTime() const
{
    return endTime ? Timestamp::parse(*endTime) : QDateTime();
}

std::optional<TransitionExecution> TransitionExecution::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    TransitionExecution e;
    e.executionId = r.string("executionId"_L1);
    e.transitionId = r.string("transitionId"_L1);
    e.status = r.string("status"_L1);
    e.input = r.object("input"_L1);
    e.completedBy = r.nullableString("completedBy"_L1, true);
    e.startTime = r.nullableString("startTime"_L1, false);
    e.endTime = r.nullableString("endTime"_L1, false);
    e.logId = r.nullableString("logId"_L1, false);
    if (!r.ok())
        return std::nullopt;
    return e;
}

QJsonObject TransitionExecution::toJson() const
{
    QJsonObject o{{u"executionId"_s, executionId},
                  {u"transitionId"_s, transitionId},
                  {u"status"_s, status},
                  {u"input"_s, input},
                  {u"completedBy"_s, JsonObjectReader::nullable(completedBy)},
                  {u"startTime"_s, JsonObjectReader::nullable(startTime)},
                  {u"endTime"_s, JsonObjectReader::nullable(endTime)}};
    if (logId)
        o.insert(u"logId"_s, *logId);
    return o;
}

} // namespace las
