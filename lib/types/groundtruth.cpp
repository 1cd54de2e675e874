#include "types/groundtruth.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<GroundTruth> GroundTruth::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    GroundTruth g;
    g.label = r.string("label"_L1);
    if (r.ok()) {
        if (!r.has("value"_L1)) {
            r.fail(u"value"_s, u"missing"_s);
        } else {
            g.value = json.toObject().value("value"_L1);
            if (!g.value.isString() && !g.value.isBool() && !g.value.isNull())
                r.fail(u"value"_s,
                       u"expected string, boolean or null, got "_s + JsonObjectReader::typeName(g.value));
        }
    }
    if (!r.ok())
        return std::nullopt;
    return g;
}

QJsonObject GroundTruth::toJson() const
{
    return {{u"label"_s, label}, {u"value"_s, value.isUndefined() ? QJsonValue() : value}};
}

} // namespace las
