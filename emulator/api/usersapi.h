#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"

// /users.
class UsersApi
{
public:
    explicit UsersApi(ApiContext context)
        : m_context(context)
    {}
    void registerRoutes(ApiRouter &router);

private:
    ApiContext m_context;
};
