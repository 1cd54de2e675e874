#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"

// POST /batches (the only batch operation of this contract generation).
class BatchesApi
{
public:
    explicit BatchesApi(ApiContext context)
        : m_context(context)
    {}
    void registerRoutes(ApiRouter &router);

private:
    ApiContext m_context;
};
