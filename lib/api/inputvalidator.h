#pragma once

#include "api/options.h"
#include "core/error.h"
#include "types/groundtruth.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace las {

// Checks inputs against the contract (las-openapi-2021-02-25) before anything is sent. Each check returns
// std::nullopt when fine, otherwise Error::invalidInput(field, why). All limits live here.
class InputValidator
{
public:
    enum class IdKind {
        Asset,
        Batch,
        Consent,
        Document,
        Log,
        Model,
        Prediction,
        Secret,
        Transition,
        TransitionExecution,
        User,
        Workflow,
        WorkflowExecution
    };

    // Raw bytes of document/asset content: the API gateway's payload limit (api-notes: ~4.5 MB raw; later
    // specs cap content at 6,250,000 base64 characters, i.e. 4,687,500 bytes). One place to change it.
    static constexpr qint64 MaxContentBytes = 4'687'500;
    static constexpr int MaxLabelLength = 36;
    static constexpr int MaxValueLength = 64;
    static constexpr int MaxNameLength = 4096; // name / description
    static constexpr int MaxAvatarLength = 131072;
    static constexpr int MaxNextTokenLength = 4096;
    static constexpr int MinMaxPages = 1;
    static constexpr int MaxMaxPages = 3;

    static QString idPatternFor(IdKind kind);
    static std::optional<Error> id(const QString &field, const QString &value, IdKind kind);
    static std::optional<Error> idList(const QString &field, const QStringList &values, IdKind kind);
    static std::optional<Error> label(const QString &field, const QString &label);
    static std::optional<Error> groundTruthValue(const QString &field, const QJsonValue &value);
    static std::optional<Error> groundTruth(const QString &field, const QList<GroundTruth> &items);
    static std::optional<Error> contentSize(const QString &field, qint64 bytes);
    static std::optional<Error> email(const QString &field, const QString &email);
    static std::optional<Error> oneOf(const QString &field, const QString &value, const QStringList &allowed,
                                      bool emptyAllowed);
    static std::optional<Error> allOf(const QString &field, const QStringList &values,
                                      const QStringList &allowed);
    static std::optional<Error> maxLength(const QString &field, const QString &value, int max);
    static std::optional<Error> nullableLength(const QString &field, const NullableString &value, int max);
    static std::optional<Error> pagination(const PaginationOptions &options);
    static std::optional<Error> timestamp(const QString &field, const QString &value);
    // Path of a generic request: relative, starting with '/', no scheme/host, no '..' segments.
    static std::optional<Error> relativePath(const QString &field, const QString &path);

    // Per method: the whole argument set.
    static std::optional<Error> createDocument(qint64 contentBytes, const CreateDocumentOptions &options);
    static std::optional<Error> updateDocument(const UpdateDocumentOptions &data);
    static std::optional<Error> listDocuments(const ListDocumentsOptions &options);
    static std::optional<Error> deleteDocuments(const DeleteDocumentOptions &options);
    static std::optional<Error> createPrediction(const QString &documentId, const QString &modelId,
                                                 const CreatePredictionsOptions &options);
    static std::optional<Error> createAsset(qint64 contentBytes, const CreateAssetOptions &options);
    static std::optional<Error> updateAsset(const QString &assetId, const UpdateAssetOptions &data);
    static std::optional<Error> createBatch(const CreateBatchOptions &options);
    static std::optional<Error> createSecret(const CreateSecretOptions &options);
    static std::optional<Error> updateSecret(const QString &secretId, const UpdateSecretOptions &data);
    static std::optional<Error> createTransition(const QString &transitionType,
                                                 const CreateTransitionOptions &options);
    static std::optional<Error> updateTransition(const QString &transitionId,
                                                 const UpdateTransitionOptions &data);
    static std::optional<Error> listTransitions(const ListTransitionOptions &options);
    static std::optional<Error> listTransitionExecutions(const QString &transitionId,
                                                         const TransitionExecutionListOptions &options);
    static std::optional<Error> updateTransitionExecution(const QString &transitionId,
                                                          const QString &executionId,
                                                          const UpdateTransitionExecution &data);
    static std::optional<Error> createUser(const QString &email, const CreateUserOptions &data);
    static std::optional<Error> updateUser(const QString &userId, const UpdateUserOptions &data);
    static std::optional<Error> createWorkflow(const QString &name,
                                               const WorkflowSpecification &specification,
                                               const CreateWorkflowOptions &options);
    static std::optional<Error> updateWorkflow(const QString &workflowId, const UpdateWorkflowOptions &data);
    static std::optional<Error> listWorkflowExecutions(const QString &workflowId,
                                                       const ListWorkflowExecutionsOptions &options);

    static const QStringList &executionStatuses();  // running, succeeded, failed, rejected, retry
    static const QStringList &completionStatuses(); // succeeded, failed, rejected, retry
};

} // namespace las
