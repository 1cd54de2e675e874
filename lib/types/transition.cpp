#include "types/transition.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<Transition> Transition::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    Transition t;
    t.transitionId = r.string("transitionId"_L1);
    t.transitionType = r.string("transitionType"_L1);
    t.name = r.nullableString("name"_L1, true);
    t.description = r.nullableString("description"_L1, true);
    t.inputJsonSchema = r.optionalObject("inputJsonSchema"_L1);
    t.outputJsonSchema = r.optionalObject("outputJsonSchema"_L1);
    t.assets = r.optionalObject("assets"_L1);
    t.parameters = r.optionalObject("parameters"_L1);
    if (!r.ok())
        return std::nullopt;
    return t;
}

QJsonObject Transition::toJson() const
{
    QJsonObject o{{u"transitionId"_s, transitionId},
                  {u"transitionType"_s, transitionType},
                  {u"name"_s, JsonObjectReader::nullable(name)},
                  {u"description"_s, JsonObjectReader::nullable(description)}};
    if (inputJsonSchema)
        o.insert(u"inputJsonSchema"_s, *inputJsonSchema);
    if (outputJsonSchema)
        o.insert(u"outputJsonSchema"_s, *outputJsonSchema);
    if (assets)
        o.insert(u"assets"_s, *assets);
    if (parameters)
        o.insert(u"parameters"_s, *parameters);
    return o;
}

} // namespace las
