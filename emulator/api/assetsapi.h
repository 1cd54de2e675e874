#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"

// /assets: base64 content (for example a manual transition's fieldConfig JSON).
class AssetsApi
{
public:
    explicit AssetsApi(ApiContext context)
        : m_context(context)
    {}
    void registerRoutes(ApiRouter &router);

private:
    ApiContext m_context;
};
