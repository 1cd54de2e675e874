#include "types/assetlist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<AssetList> AssetList::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    AssetList v;
    v.assets = r.list<Asset>("assets"_L1, true);
    v.nextToken = r.nextToken();
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject AssetList::toJson() const
{
    QJsonObject o{{u"assets"_s, JsonObjectReader::toArray(assets)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};

    return o;
}

} // namespace las
