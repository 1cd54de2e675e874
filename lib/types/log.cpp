#include "types/log.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<Log> Log::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    Log l;
    l.logId = r.string("logId"_L1);
    l.transitionId = r.nullableString("transitionId"_L1, false);
    l.events = r.array("events"_L1, true);
    for (qsizetype i = 0; r.ok() && i < l.events.size(); ++i) {
        if (!l.events.at(i).isObject())
            r.fail(u"events["_s + QString::number(i) + u']',
                   u"expected object, got "_s + JsonObjectReader::typeName(l.events.at(i)));
    }
    if (!r.ok())
        return std::nullopt;
    return l;
}

QJsonObject Log::toJson() const
{
    QJsonObject o{{u"logId"_s, logId}, {u"events"_s, events}};
    if (transitionId)
        o.insert(u"transitionId"_s, *transitionId);
    return o;
}

} // namespace las
