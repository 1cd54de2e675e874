#include "api/inputvalidator.h"

#include "types/timestamp.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace las {

namespace {

// Runs checks in order and keeps the first failure.
#define LAS_CHECK(expr)                                                                                      \
    do {                                                                                                     \
        if (std::optional<Error> e_ = (expr))                                                                \
            return e_;                                                                                       \
    } while (false)

bool matches(const QString &pattern, const QString &value)
{
    const QRegularExpression re(pattern);
    return re.match(value).hasMatch();
}

QString quoted(const QString &value)
{
    // Echo enough of the value to recognise it, never a whole payload.
    return u'"' + (value.size() > 80 ? value.left(77) + u"..."_s : value) + u'"';
}

} // namespace

QString InputValidator::idPatternFor(IdKind kind)
{
    // From the contract's schemas (las-openapi-2021-02-25).
    switch (kind) {
    case IdKind::Asset:
        return u"^las:asset:[a-f0-9]{32}$"_s;
    case IdKind::Batch:
        return u"^las:batch:[a-f0-9]{32}$"_s;
    case IdKind::Consent:
        return u"^las:consent:[a-f0-9]{32}$"_s;
    case IdKind::Document:
        return u"^las:document:[a-f0-9]{32}$"_s;
    case IdKind::Log:
        return u"^las:log:[a-f0-9]{32}$"_s;
    case IdKind::Model:
        return u"^las:model:[0-9A-Za-z_]+$"_s;
    case IdKind::Prediction:
        return u"^las:prediction:[a-f0-9]{32}$"_s;
    case IdKind::Secret:
        return u"^las:secret:[a-f0-9]{32}$"_s;
    case IdKind::Transition:
        return u"^las:transition:(?:[a-f0-9]{32}|commons-[0-9A-Za-z-]+)$"_s;
    case IdKind::TransitionExecution:
        return u"^las:transition-execution:[a-f0-9]{32}$"_s;
    case IdKind::User:
        return u"^las:user:[a-f0-9]{32}$"_s;
    case IdKind::Workflow:
        return u"^las:workflow:[a-f0-9]{32}$"_s;
    case IdKind::WorkflowExecution:
        return u"^las:workflow-execution:[a-f0-9]{32}$"_s;
    }
    return u"^$"_s;
}

std::optional<Error> InputValidator::id(const QString &field, const QString &value, IdKind kind)
{
    if (value.isEmpty())
        return Error::invalidInput(field, u"is empty"_s);
    if (!matches(idPatternFor(kind), value))
        return Error::invalidInput(field, quoted(value) + u" does not match "_s + idPatternFor(kind));
    return std::nullopt;
}

std::optional<Error> InputValidator::idList(const QString &field, const QStringList &values, IdKind kind)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        LAS_CHECK(id(field + u'[' + QString::number(i) + u']', values.at(i), kind));
    return std::nullopt;
}

std::optional<Error> InputValidator::label(const QString &field, const QString &label)
{
    if (label.isEmpty() || label.size() > MaxLabelLength)
        return Error::invalidInput(field, u"must be 1 to 36 characters"_s);
    static const QRegularExpression re(u"^[0-9A-Za-z_]+$"_s);
    if (!re.match(label).hasMatch())
        return Error::invalidInput(field, quoted(label) + u" may contain only letters, digits and _"_s);
    return std::nullopt;
}

std::optional<Error> InputValidator::groundTruthValue(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isBool())
        return std::nullopt;
    if (!value.isString())
        return Error::invalidInput(field, u"must be a string, a boolean or null"_s);
    const QString s = value.toString();
    if (s.isEmpty() || s.size() > MaxValueLength)
        return Error::invalidInput(field, u"must be 1 to 64 characters (use null for no value)"_s);
    return std::nullopt;
}

std::optional<Error> InputValidator::groundTruth(const QString &field, const QList<GroundTruth> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = field + u'[' + QString::number(i) + u']';
        LAS_CHECK(label(prefix + u".label"_s, items.at(i).label));
        LAS_CHECK(groundTruthValue(prefix + u".value"_s, items.at(i).value));
    }
    return std::nullopt;
}

std::optional<Error> InputValidator::contentSize(const QString &field, qint64 bytes)
{
    if (bytes <= 0)
        return Error::invalidInput(field, u"is empty"_s);
    if (bytes > MaxContentBytes)
        return Error::invalidInput(
            field, u"is "_s + QString::number(bytes) + u" bytes; the API accepts at most "_s +
                       QString::number(MaxContentBytes) + u" bytes (about 4.5 MB) per upload"_s);
    return std::nullopt;
}

std::optional<Error> InputValidator::email(const QString &field, const QString &email)
{
    static const QRegularExpression re(uR"(^[A-Za-z0-9][-+._A-Za-z0-9]*@([A-Za-z0-9]+\.)+[A-Za-z]{2,}$)"_s);
    if (!re.match(email).hasMatch())
        return Error::invalidInput(field, quoted(email) + u" is not an email address"_s);
    return std::nullopt;
}

std::optional<Error> InputValidator::oneOf(const QString &field, const QString &value,
                                           const QStringList &allowed, bool emptyAllowed)
{
    if (value.isEmpty() && emptyAllowed)
        return std::nullopt;
    if (!allowed.contains(value))
        return Error::invalidInput(field, quoted(value) + u" is not one of "_s + allowed.join(u", "_s));
    return std::nullopt;
}

std::optional<Error> InputValidator::allOf(const QString &field, const QStringList &values,
                                           const QStringList &allowed)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        LAS_CHECK(oneOf(field + u'[' + QString::number(i) + u']', values.at(i), allowed, false));
    return std::nullopt;
}

std::optional<Error> InputValidator::maxLength(const QString &field, const QString &value, int max)
{
    if (value.size() > max)
        return Error::invalidInput(field, u"is longer than "_s + QString::number(max) + u" characters"_s);
    return std::nullopt;
}

std::optional<Error> InputValidator::nullableLength(const QString &field, const NullableString &value,
                                                    int max)
{
    return value ? maxLength(field, *value, max) : std::nullopt;
}

std::optional<Error> InputValidator::pagination(const PaginationOptions &options)
{
    if (options.maxResults && *options.maxResults < 1)
        return Error::invalidInput(u"maxResults"_s, u"must be at least 1"_s);
    LAS_CHECK(maxLength(u"nextToken"_s, options.nextToken, MaxNextTokenLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::timestamp(const QString &field, const QString &value)
{
    static const QRegularExpression re(
        u"^[0-9]{4}-?[0-9]{2}-?[0-9]{2} ?[0-9]{2}:?[0-9]{2}:?[0-9]{2}.?[0-9]{6}"_s);
    if (!re.match(value).hasMatch() || !Timestamp::parse(value).isValid())
        return Error::invalidInput(field,
                                   quoted(value) + u" is not a time like 2021-02-16 15:30:45.123456"_s);
    return std::nullopt;
}

std::optional<Error> InputValidator::relativePath(const QString &field, const QString &path)
{
    if (!path.startsWith(u'/') || path.startsWith(u"//"_s))
        return Error::invalidInput(field, u"must be a path relative to the API base, starting with /"_s);
    if (path.contains(u'?') || path.contains(u'#') || path.contains(u'\\'))
        return Error::invalidInput(field, u"must not contain ?, # or \\ (pass query items separately)"_s);
    for (const QString &segment : path.split(u'/')) {
        if (segment == u".."_s || segment == u"."_s)
            return Error::invalidInput(field, u"must not contain . or .. segments"_s);
    }
    for (const QChar c : path) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Error::invalidInput(field, u"must contain printable ASCII only"_s);
    }
    return std::nullopt;
}

const QStringList &InputValidator::executionStatuses()
{
    static const QStringList statuses{u"running"_s, u"succeeded"_s, u"failed"_s, u"rejected"_s, u"retry"_s};
    return statuses;
}

const QStringList &InputValidator::completionStatuses()
{
    static const QStringList statuses{u"succeeded"_s, u"failed"_s, u"rejected"_s, u"retry"_s};
    return statuses;
}

namespace {
const QStringList &sortKeys()
{
    static const QStringList keys{u"startTime"_s, u"endTime"_s};
    return keys;
}
const QStringList &orders()
{
    static const QStringList keys{u"ascending"_s, u"descending"_s};
    return keys;
}
} // namespace

std::optional<Error> InputValidator::createDocument(qint64 contentBytes, const CreateDocumentOptions &options)
{
    LAS_CHECK(contentSize(u"content"_s, contentBytes));
    if (!options.batchId.isEmpty())
        LAS_CHECK(id(u"batchId"_s, options.batchId, IdKind::Batch));
    if (!options.consentId.isEmpty())
        LAS_CHECK(id(u"consentId"_s, options.consentId, IdKind::Consent));
    if (options.groundTruth)
        LAS_CHECK(groundTruth(u"groundTruth"_s, *options.groundTruth));
    return std::nullopt;
}

std::optional<Error> InputValidator::updateDocument(const UpdateDocumentOptions &data)
{
    return groundTruth(u"groundTruth"_s, data.groundTruth);
}

std::optional<Error> InputValidator::listDocuments(const ListDocumentsOptions &options)
{
    LAS_CHECK(pagination(options));
    LAS_CHECK(idList(u"batchId"_s, options.batchId, IdKind::Batch));
    LAS_CHECK(idList(u"consentId"_s, options.consentId, IdKind::Consent));
    return std::nullopt;
}

std::optional<Error> InputValidator::deleteDocuments(const DeleteDocumentOptions &options)
{
    return idList(u"consentId"_s, options.consentId, IdKind::Consent);
}

std::optional<Error> InputValidator::createPrediction(const QString &documentId, const QString &modelId,
                                                      const CreatePredictionsOptions &options)
{
    LAS_CHECK(id(u"documentId"_s, documentId, IdKind::Document));
    LAS_CHECK(id(u"modelId"_s, modelId, IdKind::Model));
    if (options.maxPages && (*options.maxPages < MinMaxPages || *options.maxPages > MaxMaxPages))
        return Error::invalidInput(u"maxPages"_s, u"must be between 1 and 3"_s);
    LAS_CHECK(oneOf(u"imageQuality"_s, options.imageQuality, {u"LOW"_s, u"HIGH"_s}, true));
    return std::nullopt;
}

std::optional<Error> InputValidator::createAsset(qint64 contentBytes, const CreateAssetOptions &options)
{
    LAS_CHECK(contentSize(u"content"_s, contentBytes));
    LAS_CHECK(nullableLength(u"name"_s, options.name, MaxNameLength));
    LAS_CHECK(nullableLength(u"description"_s, options.description, MaxNameLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::updateAsset(const QString &assetId, const UpdateAssetOptions &data)
{
    LAS_CHECK(id(u"assetId"_s, assetId, IdKind::Asset));
    if (!data.content && !data.name && !data.description)
        return Error::invalidInput(u"data"_s, u"nothing to update"_s);
    if (data.content)
        LAS_CHECK(contentSize(u"content"_s, data.content->size()));
    if (data.name)
        LAS_CHECK(nullableLength(u"name"_s, *data.name, MaxNameLength));
    if (data.description)
        LAS_CHECK(nullableLength(u"description"_s, *data.description, MaxNameLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::createBatch(const CreateBatchOptions &options)
{
    LAS_CHECK(nullableLength(u"name"_s, options.name, MaxNameLength));
    LAS_CHECK(nullableLength(u"description"_s, options.description, MaxNameLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::createSecret(const CreateSecretOptions &options)
{
    LAS_CHECK(nullableLength(u"name"_s, options.name, MaxNameLength));
    LAS_CHECK(nullableLength(u"description"_s, options.description, MaxNameLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::updateSecret(const QString &secretId, const UpdateSecretOptions &data)
{
    LAS_CHECK(id(u"secretId"_s, secretId, IdKind::Secret));
    if (!data.data && !data.name && !data.description)
        return Error::invalidInput(u"data"_s, u"nothing to update"_s);
    if (data.name)
        LAS_CHECK(nullableLength(u"name"_s, *data.name, MaxNameLength));
    if (data.description)
        LAS_CHECK(nullableLength(u"description"_s, *data.description, MaxNameLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::createTransition(const QString &transitionType,
                                                      const CreateTransitionOptions &options)
{
    LAS_CHECK(oneOf(u"transitionType"_s, transitionType, {u"docker"_s, u"manual"_s}, false));
    LAS_CHECK(nullableLength(u"name"_s, options.name, MaxNameLength));
    LAS_CHECK(nullableLength(u"description"_s, options.description, MaxNameLength));
    if (const auto *docker = std::get_if<CreateTransitionDockerParams>(&options.parameters)) {
        if (transitionType != u"docker"_s)
            return Error::invalidInput(u"parameters"_s, u"docker parameters given for a manual transition"_s);
        if (docker->imageUrl.isEmpty())
            return Error::invalidInput(u"parameters.imageUrl"_s, u"is required"_s);
        if (docker->memory && *docker->memory != 512 && *docker->memory != 1024 && *docker->memory != 2048)
            return Error::invalidInput(u"parameters.memory"_s, u"must be 512, 1024 or 2048"_s);
        if (docker->cpu && *docker->cpu != 256)
            return Error::invalidInput(u"parameters.cpu"_s, u"must be 256"_s);
        LAS_CHECK(idList(u"parameters.environmentSecrets"_s, docker->environmentSecrets, IdKind::Secret));
        if (!docker->secretId.isEmpty())
            LAS_CHECK(id(u"parameters.secretId"_s, docker->secretId, IdKind::Secret));
    } else if (const auto *manual = std::get_if<CreateTransitionManualParams>(&options.parameters)) {
        if (transitionType != u"manual"_s)
            return Error::invalidInput(u"parameters"_s, u"manual parameters given for a docker transition"_s);
        if (manual->assets && manual->assets->contains(u"jsRemoteComponent"_s)) {
            const QJsonValue v = manual->assets->value(u"jsRemoteComponent"_s);
            if (!v.isString())
                return Error::invalidInput(u"parameters.assets.jsRemoteComponent"_s,
                                           u"must be an asset ID"_s);
            LAS_CHECK(id(u"parameters.assets.jsRemoteComponent"_s, v.toString(), IdKind::Asset));
        }
    }
    return std::nullopt;
}

std::optional<Error> InputValidator::updateTransition(const QString &transitionId,
                                                      const UpdateTransitionOptions &data)
{
    LAS_CHECK(id(u"transitionId"_s, transitionId, IdKind::Transition));
    if (!data.name && !data.description && !data.inputJsonSchema && !data.outputJsonSchema)
        return Error::invalidInput(u"data"_s, u"nothing to update"_s);
    if (data.name)
        LAS_CHECK(nullableLength(u"name"_s, *data.name, MaxNameLength));
    if (data.description)
        LAS_CHECK(nullableLength(u"description"_s, *data.description, MaxNameLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::listTransitions(const ListTransitionOptions &options)
{
    LAS_CHECK(pagination(options));
    LAS_CHECK(allOf(u"transitionType"_s, options.transitionType, {u"docker"_s, u"manual"_s}));
    return std::nullopt;
}

std::optional<Error> InputValidator::listTransitionExecutions(const QString &transitionId,
                                                              const TransitionExecutionListOptions &options)
{
    LAS_CHECK(id(u"transitionId"_s, transitionId, IdKind::Transition));
    LAS_CHECK(pagination(options));
    LAS_CHECK(allOf(u"status"_s, options.status, executionStatuses()));
    LAS_CHECK(idList(u"executionId"_s, options.executionId, IdKind::TransitionExecution));
    LAS_CHECK(oneOf(u"sortBy"_s, options.sortBy, sortKeys(), true));
    LAS_CHECK(oneOf(u"order"_s, options.order, orders(), true));
    return std::nullopt;
}

std::optional<Error> InputValidator::updateTransitionExecution(const QString &transitionId,
                                                               const QString &executionId,
                                                               const UpdateTransitionExecution &data)
{
    LAS_CHECK(id(u"transitionId"_s, transitionId, IdKind::Transition));
    LAS_CHECK(id(u"executionId"_s, executionId, IdKind::TransitionExecution));
    LAS_CHECK(oneOf(u"status"_s, data.status, completionStatuses(), false));
    if (data.startTime && *data.startTime)
        LAS_CHECK(timestamp(u"startTime"_s, **data.startTime));
    return std::nullopt;
}

std::optional<Error> InputValidator::createUser(const QString &emailAddress, const CreateUserOptions &data)
{
    LAS_CHECK(email(u"email"_s, emailAddress));
    LAS_CHECK(nullableLength(u"name"_s, data.name, MaxNameLength));
    LAS_CHECK(nullableLength(u"avatar"_s, data.avatar, MaxAvatarLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::updateUser(const QString &userId, const UpdateUserOptions &data)
{
    LAS_CHECK(id(u"userId"_s, userId, IdKind::User));
    if (!data.name && !data.avatar)
        return Error::invalidInput(u"data"_s, u"nothing to update"_s);
    if (data.name)
        LAS_CHECK(nullableLength(u"name"_s, *data.name, MaxNameLength));
    if (data.avatar)
        LAS_CHECK(nullableLength(u"avatar"_s, *data.avatar, MaxAvatarLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::createWorkflow(const QString &name,
                                                    const WorkflowSpecification &specification,
                                                    const CreateWorkflowOptions &options)
{
    LAS_CHECK(maxLength(u"name"_s, name, MaxNameLength));
    LAS_CHECK(nullableLength(u"description"_s, options.description, MaxNameLength));
    if (specification.definition.isEmpty())
        return Error::invalidInput(u"specification.definition"_s, u"is empty"_s);
    LAS_CHECK(oneOf(u"specification.language"_s, specification.language, {u"ASL"_s}, true));
    LAS_CHECK(oneOf(u"specification.version"_s, specification.version, {u"1.0.0"_s}, true));
    if (!options.errorConfigEmail.isEmpty())
        LAS_CHECK(email(u"errorConfig.email"_s, options.errorConfigEmail));
    return std::nullopt;
}

std::optional<Error> InputValidator::updateWorkflow(const QString &workflowId,
                                                    const UpdateWorkflowOptions &data)
{
    LAS_CHECK(id(u"workflowId"_s, workflowId, IdKind::Workflow));
    if (!data.name && !data.description)
        return Error::invalidInput(u"data"_s, u"nothing to update"_s);
    if (data.name)
        LAS_CHECK(nullableLength(u"name"_s, *data.name, MaxNameLength));
    if (data.description)
        LAS_CHECK(nullableLength(u"description"_s, *data.description, MaxNameLength));
    return std::nullopt;
}

std::optional<Error> InputValidator::listWorkflowExecutions(const QString &workflowId,
                                                            const ListWorkflowExecutionsOptions &options)
{
    LAS_CHECK(id(u"workflowId"_s, workflowId, IdKind::Workflow));
    LAS_CHECK(pagination(options));
    LAS_CHECK(allOf(u"status"_s, options.status, executionStatuses()));
    LAS_CHECK(oneOf(u"sortBy"_s, options.sortBy, sortKeys(), true));
    LAS_CHECK(oneOf(u"order"_s, options.order, orders(), true));
    return std::nullopt;
}

#undef LAS_CHECK

} // namespace las
