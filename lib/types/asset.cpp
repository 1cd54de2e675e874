#include "types/asset.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<Asset> Asset::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    Asset a;
    a.assetId = r.string("assetId"_L1);
    a.name = r.nullableString("name"_L1, true);
    a.description = r.nullableString("description"_L1, true);
    if (const auto content = r.optionalString("content"_L1)) {
        auto decoded =
            QByteArray::fromBase64Encoding(content->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            r.fail(u"content"_s, u"expected base64"_s);
        a.hasContent = true;
        a.content = std::move(*decoded);
    }
    if (!r.ok())
        return std::nullopt;
    return a;
}

QJsonObject Asset::toJson() const
{
    QJsonObject o{{u"assetId"_s, assetId},
                  {u"name"_s, JsonObjectReader::nullable(name)},
                  {u"description"_s, JsonObjectReader::nullable(description)}};
    if (hasContent)
        o.insert(u"content"_s, QString::fromLatin1(content.toBase64()));
    return o;
}

} // namespace las
