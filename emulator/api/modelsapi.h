#pragma once

#include "api/apirouter.h"

// GET /models: the built-in demo invoice model.
class ModelsApi
{
public:
    void registerRoutes(ApiRouter &router);
};
