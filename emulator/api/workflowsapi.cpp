#include "api/workflowsapi.h"

#include "api/ids.h"
#include "api/resourcehelpers.h"
#include "engine/workflowengine.h"
#include "store/database.h"
#include "workflow/aslmachine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject WorkflowsApi::toJson(const StoredObject &workflow)
{
    return ResourceHelpers::publicJson(workflow.data);
}

void WorkflowsApi::registerRoutes(ApiRouter &router)
{
    router.add(u"POST /workflows"_s, [this](const ApiCall &call) { return create(call); });
    router.add(u"GET /workflows"_s, [this](const ApiCall &call) {
        ListQuery query;
        query.kind = u"workflow"_s;
        return ResourceHelpers::listPage(m_context.db, call, query, u"workflows"_s, toJson);
    });
    router.add(u"GET /workflows/{workflowId}"_s, [this](const ApiCall &call) {
        const auto workflow = m_context.db->get(u"workflow"_s, call.param(u"workflowId"_s));
        if (!workflow)
            return ResourceHelpers::notFound(u"Workflow"_s, call.param(u"workflowId"_s));
        return HttpResponse::json(200, toJson(*workflow));
    });
    router.add(u"PATCH /workflows/{workflowId}"_s, [this](const ApiCall &call) {
        auto workflow = m_context.db->get(u"workflow"_s, call.param(u"workflowId"_s));
        if (!workflow)
            return ResourceHelpers::notFound(u"Workflow"_s, call.param(u"workflowId"_s));
        ResourceHelpers::copyNameAndDescription(call.body, &workflow->data, true);
        if (!m_context.db->update(*workflow))
            return HttpResponse::error(500, m_context.db->lastError());
        return HttpResponse::json(200, toJson(*workflow));
    });
    router.add(u"DELETE /workflows/{workflowId}"_s, [this](const ApiCall &call) {
        const auto workflow = m_context.db->get(u"workflow"_s, call.param(u"workflowId"_s));
        if (!workflow)
            return ResourceHelpers::notFound(u"Workflow"_s, call.param(u"workflowId"_s));
        // Its executions go with it, and their unfinished tasks leave the queues.
        ListQuery query;
        query.kind = u"workflow-execution"_s;
        query.anyOf.insert(u"owner"_s, {workflow->id});
        query.limit = 1000000;
        bool more = false;
        for (const StoredObject &execution : m_context.db->list(query, &more))
            m_context.engine->deleteWorkflowExecution(workflow->id, execution.id);
        m_context.db->remove(u"workflow"_s, workflow->id);
        return HttpResponse::json(200, toJson(*workflow));
    });
    router.add(u"GET /workflows/{workflowId}/executions"_s,
               [this](const ApiCall &call) { return listExecutions(call); });
    router.add(u"POST /workflows/{workflowId}/executions"_s, [this](const ApiCall &call) {
        const auto workflow = m_context.db->get(u"workflow"_s, call.param(u"workflowId"_s));
        if (!workflow)
            return ResourceHelpers::notFound(u"Workflow"_s, call.param(u"workflowId"_s));
        const WorkflowEngine::Result result =
            m_context.engine->startWorkflow(*workflow, call.body.value(u"input"_s).toObject());
        if (result.status != 200)
            return HttpResponse::error(result.status, result.error);
        return HttpResponse::json(200, result.object);
    });
    router.add(u"DELETE /workflows/{workflowId}/executions/{executionId}"_s, [this](const ApiCall &call) {
        const WorkflowEngine::Result result = m_context.engine->deleteWorkflowExecution(
            call.param(u"workflowId"_s), call.param(u"executionId"_s));
        if (result.status != 200)
            return HttpResponse::error(result.status, result.error);
        return HttpResponse::json(200, result.object);
    });
}

HttpResponse WorkflowsApi::create(const ApiCall &call)
{
    const QJsonObject specification = call.body.value(u"specification"_s).toObject();
    const QJsonObject definition = specification.value(u"definition"_s).toObject();
    QString error;
    const std::optional<AslMachine> machine = AslMachine::fromDefinition(definition, &error);
    if (!machine)
        return HttpResponse::error(400, u"specification.definition: %1"_s.arg(error));
    for (const QString &transitionId : machine->transitionIds()) {
        if (!m_context.db->get(u"transition"_s, transitionId))
            return HttpResponse::error(
                400,
                u"specification.definition: Resource %1 is not an existing transition"_s.arg(transitionId));
    }
    StoredObject workflow;
    workflow.kind = u"workflow"_s;
    workflow.id = Ids::newId(u"las:workflow:"_s);
    workflow.data = QJsonObject{{u"workflowId"_s, workflow.id}, {u"_definition"_s, definition}};
    if (call.body.contains(u"errorConfig"_s))
        workflow.data.insert(u"_errorConfig"_s, call.body.value(u"errorConfig"_s));
    ResourceHelpers::copyNameAndDescription(call.body, &workflow.data, false);
    if (!m_context.db->insert(workflow))
        return HttpResponse::error(500, m_context.db->lastError());
    return HttpResponse::json(200, toJson(workflow));
}

HttpResponse WorkflowsApi::listExecutions(const ApiCall &call)
{
    const QString workflowId = call.param(u"workflowId"_s);
    if (!m_context.db->get(u"workflow"_s, workflowId))
        return ResourceHelpers::notFound(u"Workflow"_s, workflowId);
    static const QStringList statuses{u"running"_s, u"succeeded"_s, u"failed"_s, u"rejected"_s, u"retry"_s};
    ListQuery query;
    query.kind = u"workflow-execution"_s;
    query.anyOf.insert(u"owner"_s, {workflowId});
    QJsonObject response{{u"workflowId"_s, workflowId}};
    const QStringList wanted = call.query(u"status"_s);
    for (const QString &status : wanted) {
        if (!statuses.contains(status))
            return HttpResponse::error(
                400, u"status must be one of %1, not %2"_s.arg(statuses.join(u", "_s), status));
    }
    if (!wanted.isEmpty()) {
        query.anyOf.insert(u"status"_s, wanted);
        response.insert(u"status"_s, QJsonArray::fromStringList(wanted));
    }
    const QString sortBy = call.queryValue(u"sortBy"_s);
    const QString order = call.queryValue(u"order"_s);
    if (!sortBy.isEmpty() && sortBy != u"startTime"_s && sortBy != u"endTime"_s)
        return HttpResponse::error(400, u"sortBy must be startTime or endTime"_s);
    if (!order.isEmpty() && order != u"ascending"_s && order != u"descending"_s)
        return HttpResponse::error(400, u"order must be ascending or descending"_s);
    if (!sortBy.isEmpty())
        response.insert(u"sortBy"_s, sortBy);
    if (!order.isEmpty())
        response.insert(u"order"_s, order);
    query.sort = sortBy == u"startTime"_s ? ListQuery::Sort::StartTime
                 : sortBy == u"endTime"_s ? ListQuery::Sort::EndTime
                                          : ListQuery::Sort::Seq;
    query.descending = order == u"descending"_s;
    return ResourceHelpers::listPage(m_context.db, call, query, u"executions"_s,
                                     WorkflowEngine::workflowExecutionJson, response);
}
