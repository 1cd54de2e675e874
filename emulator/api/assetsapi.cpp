#include "api/assetsapi.h"

#include "api/base64decoder.h"
#include "api/ids.h"
#include "api/resourcehelpers.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace {

bool isBase64(const QString &content)
{
    const std::optional<QByteArray> decoded = Base64Decoder::decode(content);
    return decoded && !decoded->isEmpty();
}

QJsonObject withoutContent(const StoredObject &row)
{
    QJsonObject json = ResourceHelpers::publicJson(row.data);
    json.remove(u"content"_s);
    return json;
}

} // namespace

void AssetsApi::registerRoutes(ApiRouter &router)
{
    router.add(u"POST /assets"_s, [this](const ApiCall &call) {
        if (!isBase64(call.body.value(u"content"_s).toString()))
            return HttpResponse::error(400, u"content is not valid base64"_s);
        StoredObject asset;
        asset.kind = u"asset"_s;
        asset.id = Ids::newId(u"las:asset:"_s);
        asset.data = QJsonObject{{u"assetId"_s, asset.id}, {u"content"_s, call.body.value(u"content"_s)}};
        ResourceHelpers::copyNameAndDescription(call.body, &asset.data, false);
        if (!m_context.db->insert(asset))
            return HttpResponse::error(500, m_context.db->lastError());
        return HttpResponse::json(200, withoutContent(asset));
    });
    router.add(u"GET /assets"_s, [this](const ApiCall &call) {
        ListQuery query;
        query.kind = u"asset"_s;
        return ResourceHelpers::listPage(m_context.db, call, query, u"assets"_s, withoutContent);
    });
    router.add(u"GET /assets/{assetId}"_s, [this](const ApiCall &call) {
        const auto asset = m_context.db->get(u"asset"_s, call.param(u"assetId"_s));
        if (!asset)
            return ResourceHelpers::notFound(u"Asset"_s, call.param(u"assetId"_s));
        return HttpResponse::json(200, ResourceHelpers::publicJson(asset->data));
    });
    router.add(u"PATCH /assets/{assetId}"_s, [this](const ApiCall &call) {
        auto asset = m_context.db->get(u"asset"_s, call.param(u"assetId"_s));
        if (!asset)
            return ResourceHelpers::notFound(u"Asset"_s, call.param(u"assetId"_s));
        if (call.body.contains(u"content"_s)) {
            if (!isBase64(call.body.value(u"content"_s).toString()))
                return HttpResponse::error(400, u"content is not valid base64"_s);
            asset->data.insert(u"content"_s, call.body.value(u"content"_s));
        }
        ResourceHelpers::copyNameAndDescription(call.body, &asset->data, true);
        if (!m_context.db->update(*asset))
            return HttpResponse::error(500, m_context.db->lastError());
        return HttpResponse::json(200, withoutContent(*asset));
    });
}
