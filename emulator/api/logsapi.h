#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"

// GET /logs/{logId}: what a docker transition execution (a built-in function) wrote.
class LogsApi
{
public:
    explicit LogsApi(ApiContext context)
        : m_context(context)
    {}
    void registerRoutes(ApiRouter &router);

private:
    ApiContext m_context;
};
