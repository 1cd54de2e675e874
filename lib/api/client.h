#pragma once

#include "api/options.h"
#include "auth/credentials.h"
#include "core/reply.h"
#include "types/asset.h"
#include "types/assetlist.h"
#include "types/batch.h"
#include "types/contenttype.h"
#include "types/lasdocument.h"
#include "types/lasdocumentlist.h"
#include "types/log.h"
#include "types/modellist.h"
#include "types/predictionlist.h"
#include "types/predictionresponse.h"
#include "types/secret.h"
#include "types/secretlist.h"
#include "types/transition.h"
#include "types/transitionexecution.h"
#include "types/transitionexecutionlist.h"
#include "types/transitionlist.h"
#include "types/user.h"
#include "types/userlist.h"
#include "types/workflow.h"
#include "types/workflowexecution.h"
#include "types/workflowexecutionlist.h"
#include "types/workflowlist.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace las {

class Transport;
struct ApiRequest;

// The LAS API, one method per method of las-sdk-core 3.5.0 (same names, same argument order), plus
// sendHeartbeat and getTransitionExecution of the 2021-02-25 revision.
//
// Every method returns at once with a fresh reply (self-deleting unless setAutoDelete(false)); the reply
// emits finished() exactly once, then succeeded() or failed(). Inputs are validated against the contract
// first: a bad input fails the reply with Error::Kind::InvalidInput naming the field — asynchronously (from
// the event loop, never inside the call) — and no request is sent.
//
// Timeouts: every call has a transfer timeout, 30 s by default (transport()->setDefaultTimeout()), longer for
// uploads in proportion to their size. A call that may take longer (a prediction) sets its own right after
// the call returns, before control goes back to the event loop:
//
//   auto *reply = client->createPrediction(documentId, modelId);
//   reply->setTimeout(120000); // this call only, each attempt
//
// It fails with Error::Kind::Timeout when an attempt gets no byte for that long.
class Client : public QObject
{
    Q_OBJECT
public:
    using Query = QList<std::pair<QString, QString>>;

    // Owns a Transport built from the credentials.
    explicit Client(const Credentials &credentials, QObject *parent = nullptr);
    // Uses the given transport (not owned; it must outlive the client).
    explicit Client(Transport *transport, QObject *parent = nullptr);
    ~Client() override;

    Transport *transport() const { return m_transport; }

    // Forgets the access token, in memory and in the token store (the OS keychain when the transport has
    // one), so the next call fetches a new token. Calls in flight finish normally. A failing store is
    // reported with keychainUnavailable().
    void signOut();

    // Assets
    ResultReply<Asset> *createAsset(const QByteArray &content, const CreateAssetOptions &options = {});
    ResultReply<Asset> *createAssetFromFile(const QString &path, const CreateAssetOptions &options = {});
    ResultReply<Asset> *getAsset(const QString &assetId);
    ResultReply<AssetList> *listAssets(const PaginationOptions &options = {});
    ResultReply<Asset> *updateAsset(const QString &assetId, const UpdateAssetOptions &data);

    // Batches
    ResultReply<Batch> *createBatch(const CreateBatchOptions &options = {});

    // Documents. createDocumentFromFile streams the body from the file (base64 in chunks).
    ResultReply<LasDocument> *createDocument(const QByteArray &content, ContentType contentType,
                                             const CreateDocumentOptions &options = {});
    ResultReply<LasDocument> *createDocumentFromFile(const QString &path, ContentType contentType,
                                                     const CreateDocumentOptions &options = {});
    ResultReply<LasDocumentList> *deleteDocuments(const DeleteDocumentOptions &options = {});
    ResultReply<LasDocument> *getDocument(const QString &documentId);
    ResultReply<LasDocumentList> *listDocuments(const ListDocumentsOptions &options = {});
    ResultReply<LasDocument> *updateDocument(const QString &documentId, const UpdateDocumentOptions &data);

    // Logs
    ResultReply<Log> *getLog(const QString &logId);

    // Models
    ResultReply<ModelList> *listModels(const PaginationOptions &options = {});

    // Predictions
    ResultReply<PredictionResponse> *createPrediction(const QString &documentId, const QString &modelId,
                                                      const CreatePredictionsOptions &options = {});
    ResultReply<PredictionList> *listPredictions(const PaginationOptions &options = {});

    // Secrets
    ResultReply<Secret> *createSecret(const QJsonObject &data, const CreateSecretOptions &options = {});
    ResultReply<SecretList> *listSecrets(const PaginationOptions &options = {});
    ResultReply<Secret> *updateSecret(const QString &secretId, const UpdateSecretOptions &data);

    // Transitions and their executions
    ResultReply<Transition> *createTransition(const QString &transitionType,
                                              const CreateTransitionOptions &options = {});
    ResultReply<Transition> *deleteTransition(const QString &transitionId);
    ResultReply<Transition> *getTransition(const QString &transitionId);
    ResultReply<TransitionList> *listTransitions(const ListTransitionOptions &options = {});
    ResultReply<Transition> *updateTransition(const QString &transitionId,
                                              const UpdateTransitionOptions &data);
    // Claims a task of a manual transition (POST with {}).
    ResultReply<TransitionExecution> *executeTransition(const QString &transitionId);
    ResultReply<TransitionExecution> *getTransitionExecution(const QString &transitionId,
                                                             const QString &executionId);
    ResultReply<TransitionExecutionList> *
    listTransitionExecutions(const QString &transitionId, const TransitionExecutionListOptions &options = {});
    ResultReply<TransitionExecution> *updateTransitionExecution(const QString &transitionId,
                                                                const QString &executionId,
                                                                const UpdateTransitionExecution &data);
    // Keeps a claimed execution alive (204, no result).
    Reply *sendHeartbeat(const QString &transitionId, const QString &executionId);

    // Users
    ResultReply<User> *createUser(const QString &email, const CreateUserOptions &data = {});
    ResultReply<User> *deleteUser(const QString &userId);
    ResultReply<User> *getUser(const QString &userId);
    ResultReply<UserList> *listUsers(const PaginationOptions &options = {});
    ResultReply<User> *updateUser(const QString &userId, const UpdateUserOptions &data);

    // Workflows and their executions
    ResultReply<Workflow> *createWorkflow(const QString &name, const WorkflowSpecification &specification,
                                          const CreateWorkflowOptions &options = {});
    ResultReply<Workflow> *deleteWorkflow(const QString &workflowId);
    ResultReply<Workflow> *getWorkflow(const QString &workflowId);
    ResultReply<WorkflowList> *listWorkflows(const PaginationOptions &options = {});
    ResultReply<Workflow> *updateWorkflow(const QString &workflowId, const UpdateWorkflowOptions &data);
    ResultReply<WorkflowExecution> *executeWorkflow(const QString &workflowId, const QJsonObject &input);
    ResultReply<WorkflowExecution> *deleteWorkflowExecution(const QString &workflowId,
                                                            const QString &executionId);
    ResultReply<WorkflowExecutionList> *
    listWorkflowExecutions(const QString &workflowId, const ListWorkflowExecutionsOptions &options = {});

    // Generic calls: path relative to the API base ("/documents"); the raw answer is in Reply::json().
    // makePostRequest is treated as creating a resource (never re-sent after an ambiguous failure).
    Reply *makeGetRequest(const QString &path, const Query &query = {});
    Reply *makeDeleteRequest(const QString &path, const Query &query = {});
    Reply *makePostRequest(const QString &path, const QJsonValue &body);
    Reply *makePatchRequest(const QString &path, const QJsonValue &body);

Q_SIGNALS:
    // The credentials were refused: the token endpoint rejected them, or the API answered 401 again after one
    // token refresh. The app asks the user to sign in again; the library never loops.
    void needsSignIn(const las::Error &error);
    // The token store (OS keychain) failed — missing, locked or refusing access; the session goes on with the
    // token in memory only. `reason` is plain text for the user, without secrets.
    void keychainUnavailable(const QString &reason);

private:
    void forwardTransportSignals();
    // Fails `reply` from the event loop with `invalid`, or builds the request and hands it to the transport.
    template<typename T, typename Build>
    ResultReply<T> *call(std::optional<Error> invalid, Build &&build);
    Reply *start(Reply *reply, const std::optional<Error> &invalid, const std::function<ApiRequest()> &build);

    Transport *m_transport = nullptr;
};

} // namespace las
