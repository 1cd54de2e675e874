#include "api/transitionsapi.h"

#include "api/ids.h"
#include "api/paging.h"
#include "api/resourcehelpers.h"
#include "engine/workflowengine.h"
#include "store/database.h"
#include "workflow/aslmachine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QStringList ExecutionStatuses{u"running"_s, u"succeeded"_s, u"failed"_s, u"rejected"_s, u"retry"_s};

HttpResponse fromResult(const WorkflowEngine::Result &result)
{
    if (result.status == 204) {
        // The contract gives the 204 an application/json media type (and an empty body, as HTTP requires).
        HttpResponse response = HttpResponse::noContent();
        response.contentType = "application/json";
        return response;
    }
    if (result.status != 200)
        return HttpResponse::error(result.status, result.error);
    return HttpResponse::json(200, result.object);
}

} // namespace

QJsonObject TransitionsApi::toJson(const StoredObject &transition)
{
    return ResourceHelpers::publicJson(transition.data);
}

void TransitionsApi::registerRoutes(ApiRouter &router)
{
    router.add(u"POST /transitions"_s, [this](const ApiCall &call) { return create(call); });
    router.add(u"GET /transitions"_s, [this](const ApiCall &call) {
        ListQuery query;
        query.kind = u"transition"_s;
        QJsonObject response;
        const QStringList types = call.query(u"transitionType"_s);
        for (const QString &type : types) {
            if (type != u"docker"_s && type != u"manual"_s)
                return HttpResponse::error(400,
                                           u"transitionType must be docker or manual, not %1"_s.arg(type));
        }
        if (!types.isEmpty()) {
            query.anyOf.insert(u"type"_s, types);
            response.insert(u"transitionType"_s, QJsonArray::fromStringList(types));
        }
        return ResourceHelpers::listPage(m_context.db, call, query, u"transitions"_s, toJson, response);
    });
    router.add(u"GET /transitions/{transitionId}"_s, [this](const ApiCall &call) {
        const auto transition = m_context.db->get(u"transition"_s, call.param(u"transitionId"_s));
        if (!transition)
            return ResourceHelpers::notFound(u"Transition"_s, call.param(u"transitionId"_s));
        return HttpResponse::json(200, toJson(*transition));
    });
    router.add(u"PATCH /transitions/{transitionId}"_s, [this](const ApiCall &call) { return update(call); });
    router.add(u"DELETE /transitions/{transitionId}"_s, [this](const ApiCall &call) {
        const auto transition = m_context.db->get(u"transition"_s, call.param(u"transitionId"_s));
        if (!transition)
            return ResourceHelpers::notFound(u"Transition"_s, call.param(u"transitionId"_s));
        ListQuery query;
        query.kind = u"transition-execution"_s;
        query.anyOf.insert(u"owner"_s, {transition->id});
        query.anyOf.insert(u"status"_s, {u"running"_s, u"retry"_s});
        query.limit = 1;
        bool more = false;
        if (!m_context.db->list(query, &more).isEmpty())
            return HttpResponse::error(400, u"Transition %1 has unfinished executions"_s.arg(transition->id));
        // The reference: deleting a transition "will fail if transition is in use by one or more
        // workflows"; otherwise the workflow would only fail when it runs.
        if (const auto workflow = workflowUsing(transition->id)) {
            const QString name = workflow->data.value(u"name"_s).toString();
            const QString named = name.isEmpty() ? workflow->id : u"%1 \"%2\""_s.arg(workflow->id, name);
            return HttpResponse::error(
                400, u"Transition %1 is in use by workflow %2; delete the workflow first"_s.arg(
                         transition->id, named));
        }
        m_context.db->remove(u"transition"_s, transition->id);
        return HttpResponse::json(200, toJson(*transition));
    });
    router.add(u"GET /transitions/{transitionId}/executions"_s,
               [this](const ApiCall &call) { return listExecutions(call); });
    router.add(u"POST /transitions/{transitionId}/executions"_s, [this](const ApiCall &call) {
        const auto transition = m_context.db->get(u"transition"_s, call.param(u"transitionId"_s));
        if (!transition)
            return ResourceHelpers::notFound(u"Transition"_s, call.param(u"transitionId"_s));
        return fromResult(m_context.engine->executeTransition(*transition, call.body, call.callerId));
    });
    router.add(u"GET /transitions/{transitionId}/executions/{executionId}"_s, [this](const ApiCall &call) {
        const auto execution = m_context.db->get(u"transition-execution"_s, call.param(u"executionId"_s));
        if (!execution || execution->owner != call.param(u"transitionId"_s))
            return ResourceHelpers::notFound(u"Transition execution"_s, call.param(u"executionId"_s));
        return HttpResponse::json(200, WorkflowEngine::transitionExecutionJson(*execution));
    });
    router.add(u"PATCH /transitions/{transitionId}/executions/{executionId}"_s, [this](const ApiCall &call) {
        return fromResult(m_context.engine->complete(call.param(u"transitionId"_s),
                                                     call.param(u"executionId"_s), call.body, call.callerId));
    });
    router.add(u"POST /transitions/{transitionId}/executions/{executionId}/heartbeats"_s,
               [this](const ApiCall &call) {
                   return fromResult(m_context.engine->heartbeat(call.param(u"transitionId"_s),
                                                                 call.param(u"executionId"_s)));
               });
}

HttpResponse TransitionsApi::create(const ApiCall &call)
{
    const QString type = call.body.value(u"transitionType"_s).toString();
    const QJsonObject parameters = call.body.value(u"parameters"_s).toObject();
    if (type == u"docker"_s && !parameters.value(u"imageUrl"_s).isString())
        return HttpResponse::error(400, u"parameters.imageUrl is required for a docker transition"_s);
    if (type == u"manual"_s && parameters.contains(u"imageUrl"_s))
        return HttpResponse::error(400, u"a manual transition takes parameters.assets, not imageUrl"_s);
    const QJsonObject assets = parameters.value(u"assets"_s).toObject();
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        const QString assetId = it.value().toString();
        if (!Ids::isId(assetId, u"las:asset:"_s) || !m_context.db->get(u"asset"_s, assetId))
            return HttpResponse::error(400,
                                       u"parameters.assets.%1: asset %2 does not exist"_s.arg(
                                           it.key(), it.value().isString() ? assetId : u"(not a string)"_s));
    }
    for (const QString &secretKey : {u"secretId"_s}) {
        if (parameters.contains(secretKey) &&
            !m_context.db->get(u"secret"_s, parameters.value(secretKey).toString()))
            return HttpResponse::error(400, u"parameters.secretId: secret does not exist"_s);
    }
    StoredObject transition;
    transition.kind = u"transition"_s;
    transition.id = Ids::newId(u"las:transition:"_s);
    transition.type = type;
    transition.data = QJsonObject{{u"transitionId"_s, transition.id}, {u"transitionType"_s, type}};
    ResourceHelpers::copyNameAndDescription(call.body, &transition.data, false);
    for (const QString &key : {u"inputJsonSchema"_s, u"outputJsonSchema"_s, u"parameters"_s}) {
        if (call.body.contains(key))
            transition.data.insert(key, call.body.value(key));
    }
    if (type == u"manual"_s && !assets.isEmpty())
        transition.data.insert(u"assets"_s, assets);
    if (!m_context.db->insert(transition))
        return HttpResponse::error(500, m_context.db->lastError());
    return HttpResponse::json(200, toJson(transition));
}

std::optional<StoredObject> TransitionsApi::workflowUsing(const QString &transitionId) const
{
    ListQuery query;
    query.kind = u"workflow"_s;
    query.limit = 1000;
    bool more = true;
    while (more) {
        const QList<StoredObject> page = m_context.db->list(query, &more);
        for (const StoredObject &workflow : page) {
            QString error;
            const auto machine =
                AslMachine::fromDefinition(workflow.data.value(u"_definition"_s).toObject(), &error);
            if (machine && machine->transitionIds().contains(transitionId))
                return workflow;
        }
        if (page.isEmpty())
            break;
        query.hasCursor = true;
        query.cursorSeq = page.last().seq;
    }
    return std::nullopt;
}

HttpResponse TransitionsApi::update(const ApiCall &call)
{
    auto transition = m_context.db->get(u"transition"_s, call.param(u"transitionId"_s));
    if (!transition)
        return ResourceHelpers::notFound(u"Transition"_s, call.param(u"transitionId"_s));
    ResourceHelpers::copyNameAndDescription(call.body, &transition->data, true);
    for (const QString &key : {u"inputJsonSchema"_s, u"outputJsonSchema"_s}) {
        if (call.body.contains(key))
            transition->data.insert(key, call.body.value(key));
    }
    if (!m_context.db->update(*transition))
        return HttpResponse::error(500, m_context.db->lastError());
    return HttpResponse::json(200, toJson(*transition));
}

HttpResponse TransitionsApi::listExecutions(const ApiCall &call)
{
    const QString transitionId = call.param(u"transitionId"_s);
    if (!m_context.db->get(u"transition"_s, transitionId))
        return ResourceHelpers::notFound(u"Transition"_s, transitionId);
    ListQuery query;
    query.kind = u"transition-execution"_s;
    query.anyOf.insert(u"owner"_s, {transitionId});
    QJsonObject response{{u"transitionId"_s, transitionId}};
    const QStringList statuses = call.query(u"status"_s);
    for (const QString &status : statuses) {
        if (!ExecutionStatuses.contains(status))
            return HttpResponse::error(
                400, u"status must be one of %1, not %2"_s.arg(ExecutionStatuses.join(u", "_s), status));
    }
    if (!statuses.isEmpty()) {
        query.anyOf.insert(u"status"_s, statuses);
        response.insert(u"status"_s, QJsonArray::fromStringList(statuses));
    }
    const QStringList executionIds = call.query(u"executionId"_s);
    if (!executionIds.isEmpty())
        query.anyOf.insert(u"id"_s, executionIds);
    const QString sortBy = call.queryValue(u"sortBy"_s);
    const QString order = call.queryValue(u"order"_s);
    if (!sortBy.isEmpty() && sortBy != u"startTime"_s && sortBy != u"endTime"_s)
        return HttpResponse::error(400, u"sortBy must be startTime or endTime"_s);
    if (!order.isEmpty() && order != u"ascending"_s && order != u"descending"_s)
        return HttpResponse::error(400, u"order must be ascending or descending"_s);
    query.sort = sortBy == u"startTime"_s ? ListQuery::Sort::StartTime
                 : sortBy == u"endTime"_s ? ListQuery::Sort::EndTime
                                          : ListQuery::Sort::Seq;
    query.descending = order == u"descending"_s;
    return ResourceHelpers::listPage(m_context.db, call, query, u"executions"_s,
                                     WorkflowEngine::transitionExecutionJson, response);
}
