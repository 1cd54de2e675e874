#include "engine/workflowengine.h"

#include "api/contract.h"
#include "api/ids.h"
#include "api/resourcehelpers.h"
#include "engine/predictor.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "workflow/builtinfunctions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString TransitionExecutionKind = u"transition-execution"_s;
const QString WorkflowExecutionKind = u"workflow-execution"_s;
const QString Waiting = u"retry"_s; // the contract has no "queued"; a waiting execution shows "retry"

QJsonObject asObject(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonObject{{u"value"_s, value}};
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

WorkflowEngine::WorkflowEngine(Database *db, DocumentStore *documents, Predictor *predictor,
                               int claimTimeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_documents(documents)
    , m_predictor(predictor)
    , m_claimTimeoutSeconds(claimTimeoutSeconds)
{
    m_jobTimer.setInterval(0);
    m_jobTimer.setSingleShot(true);
    connect(&m_jobTimer, &QTimer::timeout, this, &WorkflowEngine::processNextJob);
    // Claims are checked a few times a second; an expired claim is re-queued within that delay.
    m_deadlineTimer.setInterval(200);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &WorkflowEngine::checkDeadlines);
}

void WorkflowEngine::resume()
{
    ListQuery query;
    query.kind = TransitionExecutionKind;
    query.anyOf.insert(u"status"_s, {u"running"_s});
    query.limit = 1000000;
    bool more = false;
    for (const StoredObject &execution : m_db->list(query, &more)) {
        if (execution.type == u"docker"_s)
            m_jobs.append(execution.id);
        else
            m_claims.insert(execution.id, qint64(execution.data.value(u"_deadline"_s).toDouble()));
    }
    if (!m_jobs.isEmpty())
        m_jobTimer.start();
    m_deadlineTimer.start();
}

QJsonObject WorkflowEngine::transitionExecutionJson(const StoredObject &execution)
{
    QJsonObject json = ResourceHelpers::publicJson(execution.data);
    json.insert(u"startTime"_s, nullable(execution.startTime));
    json.insert(u"endTime"_s, nullable(execution.endTime));
    return json;
}

QJsonObject WorkflowEngine::workflowExecutionJson(const StoredObject &execution)
{
    QJsonObject json = ResourceHelpers::publicJson(execution.data);
    json.insert(u"startTime"_s, nullable(execution.startTime));
    json.insert(u"endTime"_s, nullable(execution.endTime));
    return json;
}

std::optional<AslMachine> WorkflowEngine::machineFor(const QString &workflowId) const
{
    const auto workflow = m_db->get(u"workflow"_s, workflowId);
    if (!workflow)
        return std::nullopt;
    QString error;
    return AslMachine::fromDefinition(workflow->data.value(u"_definition"_s).toObject(), &error);
}

WorkflowEngine::Result WorkflowEngine::startWorkflow(const StoredObject &workflow, const QJsonObject &input)
{
    QString error;
    const std::optional<AslMachine> machine =
        AslMachine::fromDefinition(workflow.data.value(u"_definition"_s).toObject(), &error);
    if (!machine)
        return Result::fail(400, u"The workflow definition is not valid: %1"_s.arg(error));
    StoredObject execution;
    execution.kind = WorkflowExecutionKind;
    execution.id = Ids::newId(u"las:workflow-execution:"_s);
    execution.owner = workflow.id;
    execution.status = u"running"_s;
    execution.startTime = Ids::timestamp();
    execution.data = QJsonObject{{u"executionId"_s, execution.id},
                                 {u"workflowId"_s, workflow.id},
                                 {u"input"_s, input},
                                 {u"output"_s, QJsonObject{}},
                                 {u"status"_s, execution.status},
                                 {u"transitionExecutions"_s, QJsonObject{}},
                                 {u"completedBy"_s, QJsonArray{}}};
    if (!m_db->insert(execution))
        return Result::fail(500, m_db->lastError());
    advance(execution, machine->start(input));
    const auto stored = m_db->get(WorkflowExecutionKind, execution.id);
    return {200, {}, workflowExecutionJson(stored ? *stored : execution)};
}

void WorkflowEngine::advance(StoredObject &workflowExecution, const AslMachine::Step &step)
{
    if (step.kind == AslMachine::Step::Kind::Succeed) {
        finishWorkflow(workflowExecution, u"succeeded"_s, asObject(step.input));
        return;
    }
    if (step.kind == AslMachine::Step::Kind::Fail) {
        finishWorkflow(workflowExecution, u"failed"_s,
                       QJsonObject{{u"error"_s, step.error}, {u"cause"_s, step.cause}});
        return;
    }
    const auto transition = m_db->get(u"transition"_s, step.resource);
    if (!transition) {
        finishWorkflow(workflowExecution, u"failed"_s,
                       QJsonObject{{u"error"_s, u"States.Runtime"_s},
                                   {u"cause"_s, u"Transition %1 does not exist"_s.arg(step.resource)}});
        return;
    }
    QJsonObject attempts = workflowExecution.data.value(u"_attempts"_s).toObject();
    attempts.insert(step.stateName, attempts.value(step.stateName).toInt() + 1);
    workflowExecution.data.insert(u"_attempts"_s, attempts);

    StoredObject execution;
    execution.kind = TransitionExecutionKind;
    execution.id = Ids::newId(u"las:transition-execution:"_s);
    execution.owner = transition->id;
    execution.type = transition->type;
    execution.data = QJsonObject{{u"executionId"_s, execution.id},
                                 {u"transitionId"_s, transition->id},
                                 {u"input"_s, asObject(step.input)},
                                 {u"completedBy"_s, QJsonValue::Null},
                                 {u"logId"_s, QJsonValue::Null},
                                 {u"_workflowExecutionId"_s, workflowExecution.id},
                                 {u"_stateName"_s, step.stateName},
                                 {u"_stateInput"_s, step.input},
                                 {u"_timeoutSeconds"_s, step.timeoutSeconds}};
    if (transition->type == u"docker"_s) {
        execution.status = u"running"_s;
        execution.startTime = Ids::timestamp();
    } else {
        execution.status = Waiting;
    }
    execution.data.insert(u"status"_s, execution.status);
    m_db->insert(execution);

    QJsonObject executions = workflowExecution.data.value(u"transitionExecutions"_s).toObject();
    QJsonArray ids = executions.value(transition->id).toArray();
    ids.append(execution.id);
    executions.insert(transition->id, ids);
    workflowExecution.data.insert(u"transitionExecutions"_s, executions);
    workflowExecution.data.insert(u"_currentExecution"_s, execution.id);
    m_db->update(workflowExecution);

    if (transition->type == u"docker"_s) {
        m_jobs.append(execution.id);
        m_jobTimer.start();
    }
}

void WorkflowEngine::finishWorkflow(StoredObject &workflowExecution, const QString &status,
                                    const QJsonObject &output)
{
    workflowExecution.status = status;
    workflowExecution.endTime = Ids::timestamp();
    workflowExecution.data.insert(u"status"_s, status);
    workflowExecution.data.insert(u"output"_s, output);
    workflowExecution.data.remove(u"_currentExecution"_s);
    m_db->update(workflowExecution);
}

WorkflowEngine::Result WorkflowEngine::executeTransition(const StoredObject &transition,
                                                         const QJsonObject &body, const QString &callerId)
{
    if (transition.type != u"docker"_s)
        return claim(transition, callerId);
    // A docker transition executed directly runs its built-in with the body as input.
    StoredObject execution;
    execution.kind = TransitionExecutionKind;
    execution.id = Ids::newId(u"las:transition-execution:"_s);
    execution.owner = transition.id;
    execution.type = transition.type;
    execution.status = u"running"_s;
    execution.startTime = Ids::timestamp();
    execution.data = QJsonObject{{u"executionId"_s, execution.id},
                                 {u"transitionId"_s, transition.id},
                                 {u"input"_s, body},
                                 {u"status"_s, execution.status},
                                 {u"completedBy"_s, QJsonValue::Null},
                                 {u"logId"_s, QJsonValue::Null}};
    if (!m_db->insert(execution))
        return Result::fail(500, m_db->lastError());
    m_jobs.append(execution.id);
    m_jobTimer.start();
    return {200, {}, transitionExecutionJson(execution)};
}

WorkflowEngine::Result WorkflowEngine::claim(const StoredObject &transition, const QString &callerId)
{
    Q_UNUSED(callerId);
    ListQuery query;
    query.kind = TransitionExecutionKind;
    query.anyOf.insert(u"owner"_s, {transition.id});
    query.anyOf.insert(u"status"_s, {Waiting});
    query.limit = 1;
    bool more = false;
    const QList<StoredObject> waiting = m_db->list(query, &more);
    if (waiting.isEmpty())
        return Result::fail(404, u"No executions waiting in the queue"_s);
    StoredObject execution = waiting.first();
    const qint64 now = Ids::epochMs();
    const int hardLimit = execution.data.value(u"_timeoutSeconds"_s).toInt();
    const qint64 heartbeatDeadline = now + qint64(m_claimTimeoutSeconds) * 1000;
    const qint64 hardDeadline = hardLimit > 0 ? now + qint64(hardLimit) * 1000 : 0;
    execution.status = u"running"_s;
    execution.startTime = Ids::timestamp();
    execution.data.insert(u"status"_s, execution.status);
    execution.data.insert(u"_hardDeadline"_s, double(hardDeadline));
    execution.data.insert(
        u"_deadline"_s, double(hardDeadline > 0 ? qMin(heartbeatDeadline, hardDeadline) : heartbeatDeadline));
    if (!m_db->update(execution))
        return Result::fail(500, m_db->lastError());
    m_claims.insert(execution.id, qint64(execution.data.value(u"_deadline"_s).toDouble()));
    return {200, {}, transitionExecutionJson(execution)};
}

WorkflowEngine::Result WorkflowEngine::heartbeat(const QString &transitionId, const QString &executionId)
{
    auto execution = m_db->get(TransitionExecutionKind, executionId);
    if (!execution || execution->owner != transitionId)
        return Result::fail(404, u"Transition execution %1 not found"_s.arg(executionId));
    if (execution->status != u"running"_s || execution->type == u"docker"_s)
        return Result::fail(400, u"Transition execution %1 is not claimed (status %2); claim it again"_s.arg(
                                     executionId, execution->status));
    const qint64 heartbeatDeadline = Ids::epochMs() + qint64(m_claimTimeoutSeconds) * 1000;
    const qint64 hardDeadline = qint64(execution->data.value(u"_hardDeadline"_s).toDouble());
    const qint64 deadline = hardDeadline > 0 ? qMin(heartbeatDeadline, hardDeadline) : heartbeatDeadline;
    execution->data.insert(u"_deadline"_s, double(deadline));
    m_db->update(*execution);
    m_claims.insert(execution->id, deadline);
    return {204, {}, {}};
}

WorkflowEngine::Result WorkflowEngine::complete(const QString &transitionId, const QString &executionId,
                                                const QJsonObject &body, const QString &callerId)
{
    auto execution = m_db->get(TransitionExecutionKind, executionId);
    if (!execution || execution->owner != transitionId)
        return Result::fail(404, u"Transition execution %1 not found"_s.arg(executionId));
    const QString status = body.value(u"status"_s).toString();
    static const QStringList allowed{u"succeeded"_s, u"failed"_s, u"rejected"_s, u"retry"_s};
    if (!allowed.contains(status))
        return Result::fail(400, u"status must be one of succeeded, failed, rejected, retry"_s);
    if (execution->type == u"docker"_s)
        return Result::fail(400, u"Executions of docker transitions end by themselves"_s);
    if (execution->status != u"running"_s)
        return Result::fail(400, u"Transition execution %1 is not running (status %2): it timed out or was "
                                 "already completed"_s.arg(executionId, execution->status));
    if (status == u"succeeded"_s && !body.value(u"output"_s).isObject())
        return Result::fail(400, u"output is required when status is succeeded"_s);
    if (status == u"succeeded"_s) {
        const auto transition = m_db->get(u"transition"_s, transitionId);
        const QJsonObject schema =
            transition ? transition->data.value(u"outputJsonSchema"_s).toObject() : QJsonObject{};
        QString error;
        if (!schema.isEmpty() && !SchemaValidator(schema).validate(body.value(u"output"_s), schema, &error))
            return Result::fail(400,
                                u"output does not match the transition's outputJsonSchema: %1"_s.arg(error));
    }
    m_claims.remove(execution->id);
    if (status == u"retry"_s) {
        requeue(*execution);
        return {200, {}, transitionExecutionJson(*execution)};
    }
    execution->status = status;
    execution->endTime = Ids::timestamp();
    execution->data.insert(u"status"_s, status);
    execution->data.insert(u"completedBy"_s, callerId);
    if (body.contains(u"output"_s))
        execution->data.insert(u"_output"_s, body.value(u"output"_s));
    if (body.contains(u"error"_s))
        execution->data.insert(u"_error"_s, body.value(u"error"_s));
    execution->data.remove(u"_deadline"_s);
    m_db->update(*execution);

    const QString workflowExecutionId = execution->data.value(u"_workflowExecutionId"_s).toString();
    if (auto workflowExecution = m_db->get(WorkflowExecutionKind, workflowExecutionId)) {
        QJsonArray completedBy = workflowExecution->data.value(u"completedBy"_s).toArray();
        if (!completedBy.contains(callerId))
            completedBy.append(callerId);
        workflowExecution->data.insert(u"completedBy"_s, completedBy);
        m_db->update(*workflowExecution);
        if (status == u"rejected"_s) {
            if (workflowExecution->status == u"running"_s)
                finishWorkflow(*workflowExecution, u"rejected"_s,
                               QJsonObject{{u"error"_s, body.value(u"error"_s).toObject()}});
        } else {
            afterTaskEnded(*execution, status == u"succeeded"_s, u"States.TaskFailed"_s,
                           body.value(u"error"_s).toObject().value(u"message"_s).toString(),
                           body.value(u"output"_s));
        }
    }
    return {200, {}, transitionExecutionJson(*execution)};
}

void WorkflowEngine::afterTaskEnded(const StoredObject &execution, bool succeeded, const QString &errorName,
                                    const QString &cause, const QJsonValue &output)
{
    const QString workflowExecutionId = execution.data.value(u"_workflowExecutionId"_s).toString();
    auto workflowExecution = m_db->get(WorkflowExecutionKind, workflowExecutionId);
    if (!workflowExecution || workflowExecution->status != u"running"_s ||
        workflowExecution->data.value(u"_currentExecution"_s).toString() != execution.id)
        return;
    const std::optional<AslMachine> machine = machineFor(workflowExecution->owner);
    if (!machine) {
        finishWorkflow(
            *workflowExecution, u"failed"_s,
            QJsonObject{{u"error"_s, u"States.Runtime"_s}, {u"cause"_s, u"The workflow is gone"_s}});
        return;
    }
    const QString stateName = execution.data.value(u"_stateName"_s).toString();
    const AslMachine::Step step =
        succeeded ? machine->afterTaskSucceeded(stateName, output)
                  : machine->afterTaskFailed(
                        stateName, errorName, cause,
                        workflowExecution->data.value(u"_attempts"_s).toObject().value(stateName).toInt(),
                        execution.data.value(u"_stateInput"_s));
    advance(*workflowExecution, step);
}

void WorkflowEngine::requeue(StoredObject &execution)
{
    execution.status = Waiting;
    execution.startTime.clear();
    execution.data.insert(u"status"_s, Waiting);
    execution.data.remove(u"_deadline"_s);
    execution.data.remove(u"_hardDeadline"_s);
    m_db->update(execution);
    m_claims.remove(execution.id);
}

void WorkflowEngine::checkDeadlines()
{
    const qint64 now = Ids::epochMs();
    QStringList expired;
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it) {
        if (it.value() <= now)
            expired.append(it.key());
    }
    for (const QString &id : expired) {
        m_claims.remove(id);
        auto execution = m_db->get(TransitionExecutionKind, id);
        if (!execution || execution->status != u"running"_s)
            continue;
        const qint64 hardDeadline = qint64(execution->data.value(u"_hardDeadline"_s).toDouble());
        const bool stateTimedOut = hardDeadline > 0 && hardDeadline <= now;
        const QString workflowExecutionId = execution->data.value(u"_workflowExecutionId"_s).toString();
        auto workflowExecution = m_db->get(WorkflowExecutionKind, workflowExecutionId);
        if (!stateTimedOut || !workflowExecution || workflowExecution->status != u"running"_s) {
            // No heartbeat in time: the task goes back to the queue for someone else.
            requeue(*execution);
            continue;
        }
        // The state's TimeoutSeconds ran out: States.Timeout, handled by the state's Retry/Catch.
        const std::optional<AslMachine> machine = machineFor(workflowExecution->owner);
        const QString stateName = execution->data.value(u"_stateName"_s).toString();
        const int attempts =
            workflowExecution->data.value(u"_attempts"_s).toObject().value(stateName).toInt();
        const AslMachine::Step step =
            machine ? machine->afterTaskFailed(stateName, u"States.Timeout"_s, u"The task timed out"_s,
                                               attempts, execution->data.value(u"_stateInput"_s))
                    : AslMachine::Step{};
        if (step.kind == AslMachine::Step::Kind::RunTask && step.stateName == stateName) {
            QJsonObject counts = workflowExecution->data.value(u"_attempts"_s).toObject();
            counts.insert(stateName, attempts + 1);
            workflowExecution->data.insert(u"_attempts"_s, counts);
            m_db->update(*workflowExecution);
            requeue(*execution);
            continue;
        }
        execution->status = u"failed"_s;
        execution->endTime = Ids::timestamp();
        execution->data.insert(u"status"_s, execution->status);
        execution->data.insert(u"_error"_s, QJsonObject{{u"message"_s, u"States.Timeout"_s}});
        m_db->update(*execution);
        advance(*workflowExecution, step);
    }
}

void WorkflowEngine::processNextJob()
{
    if (m_jobs.isEmpty())
        return;
    runDocker(m_jobs.takeFirst());
    if (!m_jobs.isEmpty())
        m_jobTimer.start();
}

void WorkflowEngine::runPendingNow()
{
    while (!m_jobs.isEmpty())
        runDocker(m_jobs.takeFirst());
}

QString WorkflowEngine::writeLog(const QString &transitionId, const QStringList &lines)
{
    StoredObject log;
    log.kind = u"log"_s;
    log.id = Ids::newId(u"las:log:"_s);
    log.owner = transitionId;
    QJsonArray events;
    const QString time = Ids::timestamp();
    for (const QString &line : lines)
        events.append(QJsonObject{{u"timestamp"_s, time}, {u"message"_s, line}});
    log.data = QJsonObject{{u"logId"_s, log.id}, {u"transitionId"_s, transitionId}, {u"events"_s, events}};
    m_db->insert(log);
    return log.id;
}

void WorkflowEngine::runDocker(const QString &executionId)
{
    auto execution = m_db->get(TransitionExecutionKind, executionId);
    if (!execution || execution->status != u"running"_s)
        return;
    const auto transition = m_db->get(u"transition"_s, execution->owner);
    const QString imageUrl =
        transition ? transition->data.value(u"parameters"_s).toObject().value(u"imageUrl"_s).toString()
                   : QString();

    BuiltinContext context;
    context.loadDocument =
        [this](const QString &documentId) -> std::optional<std::pair<QByteArray, QString>> {
        const auto document = m_documents->get(documentId);
        const auto bytes = document ? m_documents->content(documentId) : std::nullopt;
        if (!bytes)
            return std::nullopt;
        return std::make_pair(*bytes, document->data.value(u"contentType"_s).toString());
    };
    context.createPrediction = [this](const QString &documentId, const QString &modelId, int maxPages,
                                      bool autoRotate, QString *error) {
        return m_predictor->predict(documentId, modelId, maxPages, autoRotate, error);
    };
    context.setGroundTruth = [this](const QString &documentId, const QJsonArray &groundTruth,
                                    QString *error) {
        const Contract &contract = Contract::instance();
        if (!contract.validator().validate(QJsonObject{{u"groundTruth"_s, groundTruth}},
                                           contract.schema(u"PatchDocumentId"_s), error))
            return false;
        return m_documents->setGroundTruth(documentId, groundTruth, error);
    };

    BuiltinResult result;
    if (!transition) {
        result.error = u"Transition %1 no longer exists"_s.arg(execution->owner);
        result.logLines = {result.error};
    } else if (!BuiltinFunctions::isKnown(imageUrl)) {
        result.error = u"Unknown image %1: the emulator runs only its built-in functions (%2)"_s.arg(
            imageUrl, BuiltinFunctions::imageUrls().join(u", "_s));
        result.logLines = {u"Pulling image %1"_s.arg(imageUrl), result.error};
    } else {
        result = BuiltinFunctions::run(imageUrl, execution->data.value(u"input"_s), context);
        if (!result.ok && !result.error.isEmpty() && !result.logLines.contains(result.error))
            result.logLines.append(result.error);
    }
    execution->data.insert(u"logId"_s, writeLog(execution->owner, result.logLines));
    execution->status = result.ok ? u"succeeded"_s : u"failed"_s;
    execution->endTime = Ids::timestamp();
    execution->data.insert(u"status"_s, execution->status);
    if (result.ok)
        execution->data.insert(u"_output"_s, result.output);
    else
        execution->data.insert(u"_error"_s, QJsonObject{{u"message"_s, result.error}});
    m_db->update(*execution);
    afterTaskEnded(*execution, result.ok, u"States.TaskFailed"_s, result.error, result.output);
}

WorkflowEngine::Result WorkflowEngine::deleteWorkflowExecution(const QString &workflowId,
                                                               const QString &executionId)
{
    auto execution = m_db->get(WorkflowExecutionKind, executionId);
    if (!execution || execution->owner != workflowId)
        return Result::fail(404, u"Workflow execution %1 not found"_s.arg(executionId));
    // Its tasks that nobody finished leave the queues with it.
    const QJsonObject executions = execution->data.value(u"transitionExecutions"_s).toObject();
    for (auto it = executions.begin(); it != executions.end(); ++it) {
        for (const QJsonValue &id : it.value().toArray()) {
            const auto task = m_db->get(TransitionExecutionKind, id.toString());
            if (task && (task->status == Waiting || task->status == u"running"_s)) {
                m_claims.remove(task->id);
                m_jobs.removeAll(task->id);
                m_db->remove(TransitionExecutionKind, task->id);
            }
        }
    }
    m_db->remove(WorkflowExecutionKind, execution->id);
    return {200, {}, workflowExecutionJson(*execution)};
}
