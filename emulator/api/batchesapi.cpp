#include "api/batchesapi.h"

#include "api/ids.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

void BatchesApi::registerRoutes(ApiRouter &router)
{
    router.add(u"POST /batches"_s, [this](const ApiCall &call) {
        StoredObject batch;
        batch.kind = u"batch"_s;
        batch.id = Ids::newId(u"las:batch:"_s);
        batch.data = QJsonObject{{u"batchId"_s, batch.id},
                                 {u"name"_s, call.body.value(u"name"_s).toString()},
                                 {u"description"_s, call.body.value(u"description"_s).toString()}};
        // name and description are required in the answer; absent or null in the request → null.
        for (const QString &key : {u"name"_s, u"description"_s}) {
            if (!call.body.value(key).isString())
                batch.data.insert(key, QJsonValue::Null);
        }
        if (!m_context.db->insert(batch))
            return HttpResponse::error(500, m_context.db->lastError());
        return HttpResponse::json(200, batch.data);
    });
}
