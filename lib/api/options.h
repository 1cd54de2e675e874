#pragma once

// Plain option structs of the Client methods, mirroring the SDK's option types (las-sdk-core 3.5.0), with
// the fields the contract (OpenAPI 2021-02-25) adds. Unset members are not sent.
//
// PATCH fields that may be set to null use `std::optional<NullableString>`:
//   unset (std::nullopt) → not sent;  NullableString{} → sent as null;  QStringLiteral("x") → sent as "x".

#include "types/groundtruth.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace las {

using NullableString = std::optional<QString>;

struct PaginationOptions
{
    std::optional<int> maxResults; // ≥ 1
    QString nextToken;             // empty: first page
};

using ListAssetsOptions = PaginationOptions;
using ListModelsOptions = PaginationOptions;
using ListPredictionsOptions = PaginationOptions;
using ListSecretsOptions = PaginationOptions;
using ListUsersOptions = PaginationOptions;
using ListWorkflowOptions = PaginationOptions;

struct ListDocumentsOptions : PaginationOptions
{
    QStringList batchId; // repeated query keys
    QStringList consentId;
};

struct DeleteDocumentOptions
{
    QStringList consentId; // empty: deletes ALL documents (as the API does)
};

struct ListTransitionOptions : PaginationOptions
{
    QStringList transitionType; // docker | manual
};

struct TransitionExecutionListOptions : PaginationOptions
{
    QStringList status;      // running | succeeded | failed | rejected | retry
    QStringList executionId; // las:transition-execution:<32 hex>
    QString sortBy;          // "" | startTime | endTime
    QString order;           // "" | ascending | descending
};

struct ListWorkflowExecutionsOptions : PaginationOptions
{
    QStringList status; // running | succeeded | failed | rejected | retry
    QString sortBy;     // "" | startTime | endTime
    QString order;      // "" | ascending | descending
};

struct CreateAssetOptions
{
    NullableString name;
    NullableString description;
};

struct UpdateAssetOptions
{
    std::optional<QByteArray> content; // raw bytes, base64-encoded by the client
    std::optional<NullableString> name;
    std::optional<NullableString> description;
};

struct CreateBatchOptions
{
    NullableString name;
    NullableString description;
};

struct CreateDocumentOptions
{
    QString batchId;   // las:batch:<32 hex>, empty: none
    QString consentId; // las:consent:<32 hex>, empty: none
    std::optional<QList<GroundTruth>> groundTruth;
};

struct UpdateDocumentOptions
{
    QList<GroundTruth> groundTruth; // required by the API (may be empty to clear it)
};

struct CreatePredictionsOptions
{
    std::optional<bool> autoRotate;
    std::optional<int> maxPages; // 1..3
    QString imageQuality;        // "" | LOW | HIGH
};

struct CreateSecretOptions
{
    NullableString name;
    NullableString description;
};

struct UpdateSecretOptions
{
    std::optional<QJsonObject> data;
    std::optional<NullableString> name;
    std::optional<NullableString> description;
};

struct CreateTransitionDockerParams
{
    QString imageUrl;          // required
    std::optional<int> memory; // 512 | 1024 | 2048
    std::optional<int> cpu;    // 256
    std::optional<QJsonObject> environment;
    QStringList environmentSecrets; // las:secret:<32 hex>
    QString secretId;               // registry credentials, las:secret:<32 hex>
};

struct CreateTransitionManualParams
{
    // {"jsRemoteComponent": las:asset:…, "fieldConfig": las:asset:…, ...}
    std::optional<QJsonObject> assets;
};

using CreateTransitionParams =
    std::variant<std::monostate, CreateTransitionDockerParams, CreateTransitionManualParams>;

struct CreateTransitionOptions
{
    NullableString name;
    NullableString description;
    std::optional<QJsonObject> inputJsonSchema;
    std::optional<QJsonObject> outputJsonSchema;
    CreateTransitionParams parameters; // must match the transition type when set
};

struct UpdateTransitionOptions
{
    std::optional<NullableString> name;
    std::optional<NullableString> description;
    std::optional<QJsonObject> inputJsonSchema;
    std::optional<QJsonObject> outputJsonSchema;
};

// PATCH /transitions/{tid}/executions/{eid}: ends (or re-queues) a manual task.
struct UpdateTransitionExecution
{
    QString status;                      // succeeded | failed | rejected | retry
    std::optional<QJsonObject> output;   // with succeeded
    std::optional<QString> errorMessage; // sent as {"error": {"message": ...}} (failed / rejected)
    std::optional<NullableString> startTime;
};

struct CreateUserOptions
{
    NullableString name;
    NullableString avatar;
};

struct UpdateUserOptions
{
    std::optional<NullableString> name;
    std::optional<NullableString> avatar;
};

struct WorkflowSpecification
{
    QJsonObject definition; // ASL: {StartAt, States}
    QString language;       // "" | ASL
    QString version;        // "" | 1.0.0
};

struct CreateWorkflowOptions
{
    NullableString description;
    QString errorConfigEmail; // {"errorConfig": {"email": ...}} when set
};

struct UpdateWorkflowOptions
{
    std::optional<NullableString> name;
    std::optional<NullableString> description;
};

} // namespace las
