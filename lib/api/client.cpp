#include "api/client.h"

#include "api/inputvalidator.h"
#include "core/apirequest.h"
#include "core/transport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace las {

namespace {

using Id = InputValidator::IdKind;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Prefix and suffix around base64 content so that prefix + base64 + suffix is the closed JSON object
// `fields` with "content" as its last member. The content is never copied into a QJsonObject.
std::pair<QByteArray, QByteArray> contentEnvelope(const QJsonObject &fields)
{
    QByteArray prefix = compact(fields);
    prefix.chop(1); // the closing brace
    prefix += fields.isEmpty() ? QByteArrayLiteral("\"content\":\"") : QByteArrayLiteral(",\"content\":\"");
    return {prefix, QByteArrayLiteral("\"}")};
}

QByteArray bodyWithContent(const QJsonObject &fields, const QByteArray &content)
{
    const auto [prefix, suffix] = contentEnvelope(fields);
    QByteArray body;
    body.reserve(prefix.size() + (content.size() + 2) / 3 * 4 + suffix.size());
    body += prefix;
    body += content.toBase64();
    body += suffix;
    return body;
}

void insertNullable(QJsonObject &o, const QString &key, const NullableString &value)
{
    o.insert(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
}

// For create bodies: only a set value is sent (null and unset mean "none").
void insertIfSet(QJsonObject &o, const QString &key, const NullableString &value)
{
    if (value)
        o.insert(key, *value);
}

// For PATCH bodies: unset → absent, NullableString{} → null.
void insertPatch(QJsonObject &o, const QString &key, const std::optional<NullableString> &value)
{
    if (value)
        insertNullable(o, key, *value);
}

void addPagination(ApiRequest &r, const PaginationOptions &options)
{
    if (options.maxResults)
        r.query.append({u"maxResults"_s, QString::number(*options.maxResults)});
    if (!options.nextToken.isEmpty())
        r.query.append({u"nextToken"_s, options.nextToken});
}

void addRepeated(ApiRequest &r, const QString &key, const QStringList &values)
{
    for (const QString &v : values)
        r.query.append({key, v});
}

void addIfSet(ApiRequest &r, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        r.query.append({key, value});
}

QJsonArray groundTruthArray(const QList<GroundTruth> &items)
{
    QJsonArray out;
    for (const GroundTruth &g : items)
        out.append(g.toJson());
    return out;
}

// A file to upload: must exist, be a regular readable file, and fit the content limit.
std::optional<Error> checkFile(const QString &field, const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return Error::invalidInput(field, u"no such file: "_s + path);
    if (!info.isFile() || !info.isReadable())
        return Error::invalidInput(field, u"not a readable file: "_s + path);
    return InputValidator::contentSize(field, info.size());
}

QJsonObject documentFields(ContentType contentType, const CreateDocumentOptions &options)
{
    QJsonObject o{{u"contentType"_s, ContentTypes::name(contentType)}};
    if (!options.batchId.isEmpty())
        o.insert(u"batchId"_s, options.batchId);
    if (!options.consentId.isEmpty())
        o.insert(u"consentId"_s, options.consentId);
    if (options.groundTruth)
        o.insert(u"groundTruth"_s, groundTruthArray(*options.groundTruth));
    return o;
}

QJsonObject assetFields(const CreateAssetOptions &options)
{
    QJsonObject o;
    insertIfSet(o, u"name"_s, options.name);
    insertIfSet(o, u"description"_s, options.description);
    return o;
}

std::optional<Error> checkBody(const QJsonValue &body)
{
    if (!body.isObject() && !body.isArray())
        return Error::invalidInput(u"body"_s, u"must be a JSON object or array"_s);
    return std::nullopt;
}

QByteArray jsonBody(const QJsonValue &body)
{
    const QJsonDocument doc = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return doc.toJson(QJsonDocument::Compact);
}

template<typename... Checks>
std::optional<Error> firstError(Checks &&...checks)
{
    std::optional<Error> result;
    ((result = result ? result : std::optional<Error>(checks)), ...);
    return result;
}

} // namespace

Client::Client(const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_transport(new Transport(credentials, nullptr, this)) // owned as a child
{
    forwardTransportSignals();
}

Client::Client(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    forwardTransportSignals();
}

Client::~Client() = default;

void Client::forwardTransportSignals()
{
    if (!m_transport)
        return;
    connect(m_transport, &Transport::needsSignIn, this, &Client::needsSignIn);
    connect(m_transport, &Transport::keychainUnavailable, this, &Client::keychainUnavailable);
}

void Client::signOut()
{
    if (m_transport)
        m_transport->signOut();
}

Reply *Client::start(Reply *reply, const std::optional<Error> &invalid,
                     const std::function<ApiRequest()> &build)
{
    if (invalid) {
        // Never synchronously: the caller connects to the reply after this returns.
        QMetaObject::invokeMethod(
            reply, [reply, error = *invalid] { reply->completeWithError(error); }, Qt::QueuedConnection);
        return reply;
    }
    m_transport->send(build(), reply);
    return reply;
}

template<typename T, typename Build>
ResultReply<T> *Client::call(std::optional<Error> invalid, Build &&build)
{
    auto *reply = new ResultReply<T>();
    start(reply, invalid, std::forward<Build>(build));
    return reply;
}

// ---- Assets ----

ResultReply<Asset> *Client::createAsset(const QByteArray &content, const CreateAssetOptions &options)
{
    return call<Asset>(InputValidator::createAsset(content.size(), options), [&] {
        return ApiRequest::post(u"/assets"_s, bodyWithContent(assetFields(options), content));
    });
}

ResultReply<Asset> *Client::createAssetFromFile(const QString &path, const CreateAssetOptions &options)
{
    return call<Asset>(firstError(checkFile(u"path"_s, path), InputValidator::createAsset(1, options)), [&] {
        ApiRequest r = ApiRequest::post(u"/assets"_s, {});
        const auto [prefix, suffix] = contentEnvelope(assetFields(options));
        r.upload = StreamedUpload{prefix, path, suffix};
        return r;
    });
}

ResultReply<Asset> *Client::getAsset(const QString &assetId)
{
    return call<Asset>(InputValidator::id(u"assetId"_s, assetId, Id::Asset),
                       [&] { return ApiRequest::get(u"/assets/"_s + assetId); });
}

ResultReply<AssetList> *Client::listAssets(const PaginationOptions &options)
{
    return call<AssetList>(InputValidator::pagination(options), [&] {
        ApiRequest r = ApiRequest::get(u"/assets"_s);
        addPagination(r, options);
        return r;
    });
}

ResultReply<Asset> *Client::updateAsset(const QString &assetId, const UpdateAssetOptions &data)
{
    return call<Asset>(InputValidator::updateAsset(assetId, data), [&] {
        QJsonObject o;
        insertPatch(o, u"name"_s, data.name);
        insertPatch(o, u"description"_s, data.description);
        const QString path = u"/assets/"_s + assetId;
        return ApiRequest::patch(path, data.content ? bodyWithContent(o, *data.content) : compact(o));
    });
}

// ---- Batches ----

ResultReply<Batch> *Client::createBatch(const CreateBatchOptions &options)
{
    return call<Batch>(InputValidator::createBatch(options), [&] {
        QJsonObject o;
        insertIfSet(o, u"name"_s, options.name);
        insertIfSet(o, u"description"_s, options.description);
        return ApiRequest::post(u"/batches"_s, compact(o));
    });
}

// ---- Documents ----

ResultReply<LasDocument> *Client::createDocument(const QByteArray &content, ContentType contentType,
                                                 const CreateDocumentOptions &options)
{
    return call<LasDocument>(InputValidator::createDocument(content.size(), options), [&] {
        return ApiRequest::post(u"/documents"_s,
                                bodyWithContent(documentFields(contentType, options), content));
    });
}

ResultReply<LasDocument> *Client::createDocumentFromFile(const QString &path, ContentType contentType,
                                                         const CreateDocumentOptions &options)
{
    return call<LasDocument>(
        firstError(checkFile(u"path"_s, path), InputValidator::createDocument(1, options)), [&] {
            ApiRequest r = ApiRequest::post(u"/documents"_s, {});
            const auto [prefix, suffix] = contentEnvelope(documentFields(contentType, options));
            r.upload = StreamedUpload{prefix, path, suffix};
            return r;
        });
}

ResultReply<LasDocumentList> *Client::deleteDocuments(const DeleteDocumentOptions &options)
{
    return call<LasDocumentList>(InputValidator::deleteDocuments(options), [&] {
        ApiRequest r = ApiRequest::del(u"/documents"_s);
        addRepeated(r, u"consentId"_s, options.consentId);
        return r;
    });
}

ResultReply<LasDocument> *Client::getDocument(const QString &documentId)
{
    return call<LasDocument>(InputValidator::id(u"documentId"_s, documentId, Id::Document),
                             [&] { return ApiRequest::get(u"/documents/"_s + documentId); });
}

ResultReply<LasDocumentList> *Client::listDocuments(const ListDocumentsOptions &options)
{
    return call<LasDocumentList>(InputValidator::listDocuments(options), [&] {
        ApiRequest r = ApiRequest::get(u"/documents"_s);
        addRepeated(r, u"batchId"_s, options.batchId);
        addRepeated(r, u"consentId"_s, options.consentId);
        addPagination(r, options);
        return r;
    });
}

ResultReply<LasDocument> *Client::updateDocument(const QString &documentId, const UpdateDocumentOptions &data)
{
    return call<LasDocument>(firstError(InputValidator::id(u"documentId"_s, documentId, Id::Document),
                                        InputValidator::updateDocument(data)),
                             [&] {
                                 // Setting ground truth is idempotent (same body, same result):
                                 // ApiRequest::patch retries it.
                                 return ApiRequest::patch(
                                     u"/documents/"_s + documentId,
                                     compact({{u"groundTruth"_s, groundTruthArray(data.groundTruth)}}));
                             });
}

// ---- Logs, models, predictions ----

ResultReply<Log> *Client::getLog(const QString &logId)
{
    return call<Log>(InputValidator::id(u"logId"_s, logId, Id::Log),
                     [&] { return ApiRequest::get(u"/logs/"_s + logId); });
}

ResultReply<ModelList> *Client::listModels(const PaginationOptions &options)
{
    return call<ModelList>(InputValidator::pagination(options), [&] {
        ApiRequest r = ApiRequest::get(u"/models"_s);
        addPagination(r, options);
        return r;
    });
}

ResultReply<PredictionResponse> *Client::createPrediction(const QString &documentId, const QString &modelId,
                                                          const CreatePredictionsOptions &options)
{
    return call<PredictionResponse>(InputValidator::createPrediction(documentId, modelId, options), [&] {
        QJsonObject o{{u"documentId"_s, documentId}, {u"modelId"_s, modelId}};
        if (options.autoRotate)
            o.insert(u"autoRotate"_s, *options.autoRotate);
        if (options.maxPages)
            o.insert(u"maxPages"_s, *options.maxPages);
        if (!options.imageQuality.isEmpty())
            o.insert(u"imageQuality"_s, options.imageQuality);
        return ApiRequest::post(u"/predictions"_s, compact(o));
    });
}

ResultReply<PredictionList> *Client::listPredictions(const PaginationOptions &options)
{
    return call<PredictionList>(InputValidator::pagination(options), [&] {
        ApiRequest r = ApiRequest::get(u"/predictions"_s);
        addPagination(r, options);
        return r;
    });
}

// ---- Secrets ----

ResultReply<Secret> *Client::createSecret(const QJsonObject &data, const CreateSecretOptions &options)
{
    return call<Secret>(InputValidator::createSecret(options), [&] {
        QJsonObject o{{u"data"_s, data}};
        insertIfSet(o, u"name"_s, options.name);
        insertIfSet(o, u"description"_s, options.description);
        return ApiRequest::post(u"/secrets"_s, compact(o));
    });
}

ResultReply<SecretList> *Client::listSecrets(const PaginationOptions &options)
{
    return call<SecretList>(InputValidator::pagination(options), [&] {
        ApiRequest r = ApiRequest::get(u"/secrets"_s);
        addPagination(r, options);
        return r;
    });
}

ResultReply<Secret> *Client::updateSecret(const QString &secretId, const UpdateSecretOptions &data)
{
    return call<Secret>(InputValidator::updateSecret(secretId, data), [&] {
        QJsonObject o;
        if (data.data)
            o.insert(u"data"_s, *data.data);
        insertPatch(o, u"name"_s, data.name);
        insertPatch(o, u"description"_s, data.description);
        return ApiRequest::patch(u"/secrets/"_s + secretId, compact(o));
    });
}

// ---- Transitions ----

ResultReply<Transition> *Client::createTransition(const QString &transitionType,
                                                  const CreateTransitionOptions &options)
{
    return call<Transition>(InputValidator::createTransition(transitionType, options), [&] {
        QJsonObject o{{u"transitionType"_s, transitionType}};
        insertIfSet(o, u"name"_s, options.name);
        insertIfSet(o, u"description"_s, options.description);
        if (options.inputJsonSchema)
            o.insert(u"inputJsonSchema"_s, *options.inputJsonSchema);
        if (options.outputJsonSchema)
            o.insert(u"outputJsonSchema"_s, *options.outputJsonSchema);
        if (const auto *docker = std::get_if<CreateTransitionDockerParams>(&options.parameters)) {
            QJsonObject p{{u"imageUrl"_s, docker->imageUrl}};
            if (docker->memory)
                p.insert(u"memory"_s, *docker->memory);
            if (docker->cpu)
                p.insert(u"cpu"_s, *docker->cpu);
            if (docker->environment)
                p.insert(u"environment"_s, *docker->environment);
            if (!docker->environmentSecrets.isEmpty())
                p.insert(u"environmentSecrets"_s, QJsonArray::fromStringList(docker->environmentSecrets));
            if (!docker->secretId.isEmpty())
                p.insert(u"secretId"_s, docker->secretId);
            o.insert(u"parameters"_s, p);
        } else if (const auto *manual = std::get_if<CreateTransitionManualParams>(&options.parameters)) {
            QJsonObject p;
            if (manual->assets)
                p.insert(u"assets"_s, *manual->assets);
            o.insert(u"parameters"_s, p);
        }
        return ApiRequest::post(u"/transitions"_s, compact(o));
    });
}

ResultReply<Transition> *Client::deleteTransition(const QString &transitionId)
{
    return call<Transition>(InputValidator::id(u"transitionId"_s, transitionId, Id::Transition),
                            [&] { return ApiRequest::del(u"/transitions/"_s + transitionId); });
}

ResultReply<Transition> *Client::getTransition(const QString &transitionId)
{
    return call<Transition>(InputValidator::id(u"transitionId"_s, transitionId, Id::Transition),
                            [&] { return ApiRequest::get(u"/transitions/"_s + transitionId); });
}

ResultReply<TransitionList> *Client::listTransitions(const ListTransitionOptions &options)
{
    return call<TransitionList>(InputValidator::listTransitions(options), [&] {
        ApiRequest r = ApiRequest::get(u"/transitions"_s);
        addRepeated(r, u"transitionType"_s, options.transitionType);
        addPagination(r, options);
        return r;
    });
}

ResultReply<Transition> *Client::updateTransition(const QString &transitionId,
                                                  const UpdateTransitionOptions &data)
{
    return call<Transition>(InputValidator::updateTransition(transitionId, data), [&] {
        QJsonObject o;
        insertPatch(o, u"name"_s, data.name);
        insertPatch(o, u"description"_s, data.description);
        if (data.inputJsonSchema)
            o.insert(u"inputJsonSchema"_s, *data.inputJsonSchema);
        if (data.outputJsonSchema)
            o.insert(u"outputJsonSchema"_s, *data.outputJsonSchema);
        return ApiRequest::patch(u"/transitions/"_s + transitionId, compact(o));
    });
}

ResultReply<TransitionExecution> *Client::executeTransition(const QString &transitionId)
{
    return call<TransitionExecution>(
        InputValidator::id(u"transitionId"_s, transitionId, Id::Transition), [&] {
            return ApiRequest::post(u"/transitions/"_s + transitionId + u"/executions"_s,
                                    QByteArrayLiteral("{}"));
        });
}

ResultReply<TransitionExecution> *Client::getTransitionExecution(const QString &transitionId,
                                                                 const QString &executionId)
{
    return call<TransitionExecution>(
        firstError(InputValidator::id(u"transitionId"_s, transitionId, Id::Transition),
                   InputValidator::id(u"executionId"_s, executionId, Id::TransitionExecution)),
        [&] { return ApiRequest::get(u"/transitions/"_s + transitionId + u"/executions/"_s + executionId); });
}

ResultReply<TransitionExecutionList> *
Client::listTransitionExecutions(const QString &transitionId, const TransitionExecutionListOptions &options)
{
    return call<TransitionExecutionList>(
        InputValidator::listTransitionExecutions(transitionId, options), [&] {
            ApiRequest r = ApiRequest::get(u"/transitions/"_s + transitionId + u"/executions"_s);
            addRepeated(r, u"status"_s, options.status);
            addRepeated(r, u"executionId"_s, options.executionId);
            addIfSet(r, u"sortBy"_s, options.sortBy);
            addIfSet(r, u"order"_s, options.order);
            addPagination(r, options);
            return r;
        });
}

ResultReply<TransitionExecution> *Client::updateTransitionExecution(const QString &transitionId,
                                                                    const QString &executionId,
                                                                    const UpdateTransitionExecution &data)
{
    return call<TransitionExecution>(
        InputValidator::updateTransitionExecution(transitionId, executionId, data), [&] {
            QJsonObject o{{u"status"_s, data.status}};
            if (data.output)
                o.insert(u"output"_s, *data.output);
            if (data.errorMessage)
                o.insert(u"error"_s, QJsonObject{{u"message"_s, *data.errorMessage}});
            insertPatch(o, u"startTime"_s, data.startTime);
            // Ending a task is a state change the server rejects when repeated (the execution is no longer
            // running), so a blind re-send could turn a success into an error: treat it like a create.
            ApiRequest r = ApiRequest::patch(
                u"/transitions/"_s + transitionId + u"/executions/"_s + executionId, compact(o));
            r.safety = ApiRequest::Safety::CreatesResource;
            return r;
        });
}

Reply *Client::sendHeartbeat(const QString &transitionId, const QString &executionId)
{
    const auto invalid =
        firstError(InputValidator::id(u"transitionId"_s, transitionId, Id::Transition),
                   InputValidator::id(u"executionId"_s, executionId, Id::TransitionExecution));
    return start(new Reply(), invalid, [&] {
        ApiRequest r = ApiRequest::post(
            u"/transitions/"_s + transitionId + u"/executions/"_s + executionId + u"/heartbeats"_s, "{}");
        // A heartbeat only extends a deadline: sending it twice is harmless.
        r.safety = ApiRequest::Safety::Idempotent;
        r.expectNoContent = true;
        return r;
    });
}

// ---- Users ----

ResultReply<User> *Client::createUser(const QString &email, const CreateUserOptions &data)
{
    return call<User>(InputValidator::createUser(email, data), [&] {
        QJsonObject o{{u"email"_s, email}};
        insertIfSet(o, u"name"_s, data.name);
        insertIfSet(o, u"avatar"_s, data.avatar);
        return ApiRequest::post(u"/users"_s, compact(o));
    });
}

ResultReply<User> *Client::deleteUser(const QString &userId)
{
    return call<User>(InputValidator::id(u"userId"_s, userId, Id::User),
                      [&] { return ApiRequest::del(u"/users/"_s + userId); });
}

ResultReply<User> *Client::getUser(const QString &userId)
{
    return call<User>(InputValidator::id(u"userId"_s, userId, Id::User),
                      [&] { return ApiRequest::get(u"/users/"_s + userId); });
}

ResultReply<UserList> *Client::listUsers(const PaginationOptions &options)
{
    return call<UserList>(InputValidator::pagination(options), [&] {
        ApiRequest r = ApiRequest::get(u"/users"_s);
        addPagination(r, options);
        return r;
    });
}

ResultReply<User> *Client::updateUser(const QString &userId, const UpdateUserOptions &data)
{
    return call<User>(InputValidator::updateUser(userId, data), [&] {
        QJsonObject o;
        insertPatch(o, u"name"_s, data.name);
        insertPatch(o, u"avatar"_s, data.avatar);
        return ApiRequest::patch(u"/users/"_s + userId, compact(o));
    });
}

// ---- Workflows ----

ResultReply<Workflow> *Client::createWorkflow(const QString &name, const WorkflowSpecification &specification,
                                              const CreateWorkflowOptions &options)
{
    return call<Workflow>(InputValidator::createWorkflow(name, specification, options), [&] {
        QJsonObject spec{{u"definition"_s, specification.definition}};
        if (!specification.language.isEmpty())
            spec.insert(u"language"_s, specification.language);
        if (!specification.version.isEmpty())
            spec.insert(u"version"_s, specification.version);
        QJsonObject o{{u"name"_s, name}, {u"specification"_s, spec}};
        insertIfSet(o, u"description"_s, options.description);
        if (!options.errorConfigEmail.isEmpty())
            o.insert(u"errorConfig"_s, QJsonObject{{u"email"_s, options.errorConfigEmail}});
        return ApiRequest::post(u"/workflows"_s, compact(o));
    });
}

ResultReply<Workflow> *Client::deleteWorkflow(const QString &workflowId)
{
    return call<Workflow>(InputValidator::id(u"workflowId"_s, workflowId, Id::Workflow),
                          [&] { return ApiRequest::del(u"/workflows/"_s + workflowId); });
}

ResultReply<Workflow> *Client::getWorkflow(const QString &workflowId)
{
    return call<Workflow>(InputValidator::id(u"workflowId"_s, workflowId, Id::Workflow),
                          [&] { return ApiRequest::get(u"/workflows/"_s + workflowId); });
}

ResultReply<WorkflowList> *Client::listWorkflows(const PaginationOptions &options)
{
    return call<WorkflowList>(InputValidator::pagination(options), [&] {
        ApiRequest r = ApiRequest::get(u"/workflows"_s);
        addPagination(r, options);
        return r;
    });
}

ResultReply<Workflow> *Client::updateWorkflow(const QString &workflowId, const UpdateWorkflowOptions &data)
{
    return call<Workflow>(InputValidator::updateWorkflow(workflowId, data), [&] {
        QJsonObject o;
        insertPatch(o, u"name"_s, data.name);
        insertPatch(o, u"description"_s, data.description);
        return ApiRequest::patch(u"/workflows/"_s + workflowId, compact(o));
    });
}

ResultReply<WorkflowExecution> *Client::executeWorkflow(const QString &workflowId, const QJsonObject &input)
{
    return call<WorkflowExecution>(InputValidator::id(u"workflowId"_s, workflowId, Id::Workflow), [&] {
        return ApiRequest::post(u"/workflows/"_s + workflowId + u"/executions"_s,
                                compact({{u"input"_s, input}}));
    });
}

ResultReply<WorkflowExecution> *Client::deleteWorkflowExecution(const QString &workflowId,
                                                                const QString &executionId)
{
    return call<WorkflowExecution>(
        firstError(InputValidator::id(u"workflowId"_s, workflowId, Id::Workflow),
                   InputValidator::id(u"executionId"_s, executionId, Id::WorkflowExecution)),
        [&] { return ApiRequest::del(u"/workflows/"_s + workflowId + u"/executions/"_s + executionId); });
}

ResultReply<WorkflowExecutionList> *
Client::listWorkflowExecutions(const QString &workflowId, const ListWorkflowExecutionsOptions &options)
{
    return call<WorkflowExecutionList>(InputValidator::listWorkflowExecutions(workflowId, options), [&] {
        ApiRequest r = ApiRequest::get(u"/workflows/"_s + workflowId + u"/executions"_s);
        addRepeated(r, u"status"_s, options.status);
        addIfSet(r, u"sortBy"_s, options.sortBy);
        addIfSet(r, u"order"_s, options.order);
        addPagination(r, options);
        return r;
    });
}

// ---- Generic ----

Reply *Client::makeGetRequest(const QString &path, const Query &query)
{
    return start(new Reply(), InputValidator::relativePath(u"path"_s, path), [&] {
        ApiRequest r = ApiRequest::get(path);
        r.query = query;
        return r;
    });
}

Reply *Client::makeDeleteRequest(const QString &path, const Query &query)
{
    return start(new Reply(), InputValidator::relativePath(u"path"_s, path), [&] {
        ApiRequest r = ApiRequest::del(path);
        r.query = query;
        return r;
    });
}

Reply *Client::makePostRequest(const QString &path, const QJsonValue &body)
{
    return start(new Reply(), firstError(InputValidator::relativePath(u"path"_s, path), checkBody(body)),
                 [&] { return ApiRequest::post(path, jsonBody(body)); });
}

Reply *Client::makePatchRequest(const QString &path, const QJsonValue &body)
{
    return start(new Reply(), firstError(InputValidator::relativePath(u"path"_s, path), checkBody(body)),
                 [&] { return ApiRequest::patch(path, jsonBody(body)); });
}

} // namespace las
