#include "types/prediction.h"

#include "types/jsonobjectreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace las {

std::optional<Prediction> Prediction::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    Prediction p;
    p.label = r.string("label"_L1);
    p.confidence = r.number("confidence"_L1);
    if (r.ok()) {
        if (!r.has("value"_L1)) {
            r.fail(u"value"_s, u"missing"_s);
        } else {
            p.value = json.toObject().value("value"_L1);
            if (!p.value.isString() && !p.value.isBool() && !p.value.isNull())
                r.fail(u"value"_s, u"expected string or null, got "_s + JsonObjectReader::typeName(p.value));
        }
    }
    if (const auto page = r.optionalInteger("page"_L1)) {
        if (*page < 0 || *page > 1'000'000)
            r.fail(u"page"_s, u"out of range"_s);
        else
            p.page = int(*page);
    }
    if (r.has("location"_L1)) {
        const QJsonArray loc = r.array("location"_L1, true);
        QList<double> numbers;
        for (qsizetype i = 0; r.ok() && i < loc.size(); ++i) {
            if (!loc.at(i).isDouble())
                r.fail(u"location["_s + QString::number(i) + u']',
                       u"expected number, got "_s + JsonObjectReader::typeName(loc.at(i)));
            else
                numbers.append(loc.at(i).toDouble());
        }
        if (r.ok())
            p.location = numbers;
    }
    if (!r.ok())
        return std::nullopt;
    return p;
}

QJsonObject Prediction::toJson() const
{
    QJsonObject o{{u"label"_s, label},
                  {u"value"_s, value.isUndefined() ? QJsonValue() : value},
                  {u"confidence"_s, confidence}};
    if (page)
        o.insert(u"page"_s, *page);
    if (location) {
        QJsonArray a;
        for (double d : *location)
            a.append(d);
        o.insert(u"location"_s, a);
    }
    return o;
}

} // namespace las
