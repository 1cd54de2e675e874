#include "api/logsapi.h"

#include "api/resourcehelpers.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

void LogsApi::registerRoutes(ApiRouter &router)
{
    router.add(u"GET /logs/{logId}"_s, [this](const ApiCall &call) {
        const auto log = m_context.db->get(u"log"_s, call.param(u"logId"_s));
        if (!log)
            return ResourceHelpers::notFound(u"Log"_s, call.param(u"logId"_s));
        return HttpResponse::json(200, ResourceHelpers::publicJson(log->data));
    });
}
