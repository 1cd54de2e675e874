#include "api/predictionsapi.h"

#include "api/resourcehelpers.h"
#include "engine/predictor.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

void PredictionsApi::registerRoutes(ApiRouter &router)
{
    router.add(u"POST /predictions"_s, [this](const ApiCall &call) {
        QString error;
        int status = 500;
        const auto prediction = m_context.predictor->predict(
            call.body.value(u"documentId"_s).toString(), call.body.value(u"modelId"_s).toString(),
            call.body.value(u"maxPages"_s).toInt(1), call.body.value(u"autoRotate"_s).toBool(false), &error,
            &status);
        if (!prediction)
            return HttpResponse::error(status, error);
        return HttpResponse::json(200, *prediction);
    });
    router.add(u"GET /predictions"_s, [this](const ApiCall &call) {
        ListQuery query;
        query.kind = u"prediction"_s;
        return ResourceHelpers::listPage(m_context.db, call, query, u"predictions"_s, nullptr);
    });
}
