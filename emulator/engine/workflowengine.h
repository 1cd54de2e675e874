#pragma once

#include "store/storedobject.h"
#include "workflow/aslmachine.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class Database;
class DocumentStore;
class Predictor;

// Runs workflows and transition executions.
// - A workflow execution walks its ASL definition (AslMachine). A Task whose transition is manual puts a
//   waiting transition execution (status "retry", no startTime) in that transition's queue; a docker Task
//   runs a built-in function (BuiltinFunctions, by imageUrl) from the event loop, one job per turn, so
//   requests are never blocked behind a whole workflow.
// - The manual queue: claim() hands out the oldest waiting execution as "running". A claim lives for the
//   claim timeout after the claim or the last heartbeat; then it goes back to the queue. A Task's
//   TimeoutSeconds is a hard limit per attempt: it raises States.Timeout, and the state's Retry/Catch decide.
// - Everything is in the Database, so a restart picks up queued jobs, claims and their deadlines.
class WorkflowEngine : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        int status = 200;
        QString error;
        QJsonObject object;
        static Result fail(int status, const QString &error) { return {status, error, {}}; }
    };

    WorkflowEngine(Database *db, DocumentStore *documents, Predictor *predictor, int claimTimeoutSeconds,
                   QObject *parent = nullptr);

    void resume();
    Result startWorkflow(const StoredObject &workflow, const QJsonObject &input);
    Result executeTransition(const StoredObject &transition, const QJsonObject &body,
                             const QString &callerId);
    Result heartbeat(const QString &transitionId, const QString &executionId);
    Result complete(const QString &transitionId, const QString &executionId, const QJsonObject &body,
                    const QString &callerId);
    Result deleteWorkflowExecution(const QString &workflowId, const QString &executionId);
    void runPendingNow(); // runs every queued docker job to the end (demo seeding)

    static QJsonObject transitionExecutionJson(const StoredObject &execution);
    static QJsonObject workflowExecutionJson(const StoredObject &execution);

private:
    Result claim(const StoredObject &transition, const QString &callerId);
    void advance(StoredObject &workflowExecution, const AslMachine::Step &step);
    void finishWorkflow(StoredObject &workflowExecution, const QString &status, const QJsonObject &output);
    void processNextJob();
    void runDocker(const QString &executionId);
    void checkDeadlines();
    void requeue(StoredObject &execution);
    void afterTaskEnded(const StoredObject &execution, bool succeeded, const QString &errorName,
                        const QString &cause, const QJsonValue &output);
    std::optional<AslMachine> machineFor(const QString &workflowId) const;
    QString writeLog(const QString &transitionId, const QStringList &lines);

    Database *m_db;
    DocumentStore *m_documents;
    Predictor *m_predictor;
    int m_claimTimeoutSeconds;
    QStringList m_jobs;              // docker transition executions to run
    QHash<QString, qint64> m_claims; // running manual execution → earliest deadline (ms since epoch)
    QTimer m_jobTimer;
    QTimer m_deadlineTimer;
};
