#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"
#include "store/storedobject.h"

#include <optional>

// /transitions and their executions: manual transitions are task queues (claim, heartbeat, complete);
// docker transitions run the emulator's built-in functions.
class TransitionsApi
{
public:
    explicit TransitionsApi(ApiContext context)
        : m_context(context)
    {}
    void registerRoutes(ApiRouter &router);

private:
    HttpResponse create(const ApiCall &call);
    HttpResponse update(const ApiCall &call);
    HttpResponse listExecutions(const ApiCall &call);
    // The first workflow whose definition has a Task with this transition as its Resource.
    std::optional<StoredObject> workflowUsing(const QString &transitionId) const;
    static QJsonObject toJson(const StoredObject &transition);

    ApiContext m_context;
};
