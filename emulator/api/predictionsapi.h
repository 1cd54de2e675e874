#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"

// /predictions: runs the demo model (Predictor) on a stored document; lists stored predictions.
class PredictionsApi
{
public:
    explicit PredictionsApi(ApiContext context)
        : m_context(context)
    {}
    void registerRoutes(ApiRouter &router);

private:
    ApiContext m_context;
};
