#include "types/transitionexecutionlist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<TransitionExecutionList> TransitionExecutionList::fromJson(const QJsonValue &json,
                                                                         QString *error)
{
    JsonObjectReader r(json, error);
    TransitionExecutionList v;
    v.executions = r.list<TransitionExecution>("executions"_L1, true);
    v.nextToken = r.nextToken();
    v.transitionId = r.string("transitionId"_L1);
    v.status = r.stringList("status"_L1, false, true);
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject TransitionExecutionList::toJson() const
{
    QJsonObject o{{u"executions"_s, JsonObjectReader::toArray(executions)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};
    o.insert(u"transitionId"_s, transitionId);
    if (!status.isEmpty())
        o.insert(u"status"_s, QJsonArray::fromStringList(status));
    return o;
}

} // namespace las
