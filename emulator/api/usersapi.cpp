#include "api/usersapi.h"

#include "api/ids.h"
#include "api/resourcehelpers.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

void UsersApi::registerRoutes(ApiRouter &router)
{
    router.add(u"POST /users"_s, [this](const ApiCall &call) {
        StoredObject user;
        user.kind = u"user"_s;
        user.id = Ids::newId(u"las:user:"_s);
        user.data = QJsonObject{{u"userId"_s, user.id}, {u"email"_s, call.body.value(u"email"_s)}};
        for (const QString &key : {u"name"_s, u"avatar"_s})
            user.data.insert(key, call.body.value(key).isString() ? call.body.value(key) : QJsonValue::Null);
        if (!m_context.db->insert(user))
            return HttpResponse::error(500, m_context.db->lastError());
        return HttpResponse::json(200, user.data);
    });
    router.add(u"GET /users"_s, [this](const ApiCall &call) {
        ListQuery query;
        query.kind = u"user"_s;
        return ResourceHelpers::listPage(m_context.db, call, query, u"users"_s, nullptr);
    });
    router.add(u"GET /users/{userId}"_s, [this](const ApiCall &call) {
        const auto user = m_context.db->get(u"user"_s, call.param(u"userId"_s));
        if (!user)
            return ResourceHelpers::notFound(u"User"_s, call.param(u"userId"_s));
        return HttpResponse::json(200, user->data);
    });
    router.add(u"PATCH /users/{userId}"_s, [this](const ApiCall &call) {
        auto user = m_context.db->get(u"user"_s, call.param(u"userId"_s));
        if (!user)
            return ResourceHelpers::notFound(u"User"_s, call.param(u"userId"_s));
        for (const QString &key : {u"name"_s, u"avatar"_s}) {
            if (call.body.contains(key))
                user->data.insert(key, call.body.value(key));
        }
        if (!m_context.db->update(*user))
            return HttpResponse::error(500, m_context.db->lastError());
        return HttpResponse::json(200, user->data);
    });
    router.add(u"DELETE /users/{userId}"_s, [this](const ApiCall &call) {
        const auto user = m_context.db->get(u"user"_s, call.param(u"userId"_s));
        if (!user)
            return ResourceHelpers::notFound(u"User"_s, call.param(u"userId"_s));
        m_context.db->remove(u"user"_s, user->id);
        return HttpResponse::json(200, user->data);
    });
}
