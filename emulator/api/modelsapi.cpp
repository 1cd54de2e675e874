#include "api/modelsapi.h"

#include "api/paging.h"
#include "model/invoicemodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void ModelsApi::registerRoutes(ApiRouter &router)
{
    router.add(u"GET /models"_s, [](const ApiCall &call) {
        ListQuery query;
        QString error;
        if (!Paging::apply(call, &query, &error))
            return HttpResponse::error(400, error);
        // One model: every page after the first is empty.
        const QJsonArray models = query.hasCursor ? QJsonArray{} : QJsonArray{InvoiceModel::modelJson()};
        return HttpResponse::json(200,
                                  QJsonObject{{u"models"_s, models}, {u"nextToken"_s, QJsonValue::Null}});
    });
}
