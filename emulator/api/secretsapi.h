#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"

// /secrets: data is stored but never returned.
class SecretsApi
{
public:
    explicit SecretsApi(ApiContext context)
        : m_context(context)
    {}
    void registerRoutes(ApiRouter &router);

private:
    ApiContext m_context;
};
