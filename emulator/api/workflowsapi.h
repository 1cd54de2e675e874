#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"
#include "store/storedobject.h"

// /workflows and their executions (ASL definitions run by the WorkflowEngine).
class WorkflowsApi
{
public:
    explicit WorkflowsApi(ApiContext context)
        : m_context(context)
    {}
    void registerRoutes(ApiRouter &router);

private:
    HttpResponse create(const ApiCall &call);
    HttpResponse listExecutions(const ApiCall &call);
    static QJsonObject toJson(const StoredObject &workflow);

    ApiContext m_context;
};
