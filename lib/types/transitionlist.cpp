#include "types/transitionlist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<TransitionList> TransitionList::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    TransitionList v;
    v.transitions = r.list<Transition>("transitions"_L1, true);
    v.nextToken = r.nextToken();
    v.transitionType = r.stringList("transitionType"_L1, false, true);
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject TransitionList::toJson() const
{
    QJsonObject o{{u"transitions"_s, JsonObjectReader::toArray(transitions)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};
    if (!transitionType.isEmpty())
        o.insert(u"transitionType"_s, QJsonArray::fromStringList(transitionType));
    return o;
}

} // namespace las
