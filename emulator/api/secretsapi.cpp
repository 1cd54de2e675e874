#include "api/secretsapi.h"

#include "api/ids.h"
#include "api/resourcehelpers.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

void SecretsApi::registerRoutes(ApiRouter &router)
{
    router.add(u"POST /secrets"_s, [this](const ApiCall &call) {
        StoredObject secret;
        secret.kind = u"secret"_s;
        secret.id = Ids::newId(u"las:secret:"_s);
        secret.data = QJsonObject{{u"secretId"_s, secret.id}, {u"_data"_s, call.body.value(u"data"_s)}};
        ResourceHelpers::copyNameAndDescription(call.body, &secret.data, false);
        if (!m_context.db->insert(secret))
            return HttpResponse::error(500, m_context.db->lastError());
        return HttpResponse::json(200, ResourceHelpers::publicJson(secret.data));
    });
    router.add(u"GET /secrets"_s, [this](const ApiCall &call) {
        ListQuery query;
        query.kind = u"secret"_s;
        return ResourceHelpers::listPage(m_context.db, call, query, u"secrets"_s, nullptr);
    });
    router.add(u"PATCH /secrets/{secretId}"_s, [this](const ApiCall &call) {
        auto secret = m_context.db->get(u"secret"_s, call.param(u"secretId"_s));
        if (!secret)
            return ResourceHelpers::notFound(u"Secret"_s, call.param(u"secretId"_s));
        if (call.body.contains(u"data"_s))
            secret->data.insert(u"_data"_s, call.body.value(u"data"_s));
        ResourceHelpers::copyNameAndDescription(call.body, &secret->data, true);
        if (!m_context.db->update(*secret))
            return HttpResponse::error(500, m_context.db->lastError());
        return HttpResponse::json(200, ResourceHelpers::publicJson(secret->data));
    });
}
