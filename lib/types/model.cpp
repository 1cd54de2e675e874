#include "types/model.h"

#include "types/jsonobjectreader.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace las {

std::optional<Model> Model::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    Model m;
    m.modelId = r.string("modelId"_L1);
    m.name = r.nullableString("name"_L1, true);
    m.description = r.nullableString("description"_L1, true);
    const qint64 width = r.integer("width"_L1);
    const qint64 height = r.integer("height"_L1);
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    if (r.ok() && (width < 0 || width > intMax || height < 0 || height > intMax))
        r.fail(u"width"_s, u"out of range"_s);
    m.width = int(width);
    m.height = int(height);
    const QJsonObject config = r.object("preprocessConfig"_L1);
    if (r.ok()) {
        QString why;
        JsonObjectReader c(config, &why);
        const qint64 maxPages = c.integer("maxPages"_L1);
        m.preprocessConfig.autoRotate = c.boolean("autoRotate"_L1);
        m.preprocessConfig.imageQuality = c.string("imageQuality"_L1);
        if (c.ok() && (maxPages < 0 || maxPages > intMax))
            c.fail(u"maxPages"_s, u"out of range"_s);
        m.preprocessConfig.maxPages = int(maxPages);
        if (!c.ok())
            r.failNested(u"preprocessConfig"_s, why);
    }
    if (!r.ok())
        return std::nullopt;
    return m;
}

QJsonObject Model::toJson() const
{
    return {{u"modelId"_s, modelId},
            {u"name"_s, JsonObjectReader::nullable(name)},
            {u"description"_s, JsonObjectReader::nullable(description)},
            {u"width"_s, width},
            {u"height"_s, height},
            {u"preprocessConfig"_s, QJsonObject{{u"maxPages"_s, preprocessConfig.maxPages},
                                                {u"autoRotate"_s, preprocessConfig.autoRotate},
                                                {u"imageQuality"_s, preprocessConfig.imageQuality}}}};
}

} // namespace las
