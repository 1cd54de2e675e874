#pragma once

#include "core/error.h"
#include "types/model.h"
#include "types/predictionresponse.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace las {
class Client;
}

// Runs a model on a document from the app: lists the models for the picker, then POST /predictions with
// maxPages and autoRotate under a per-call timeout longer than the default (a model may take a while), and
// says plainly why a run failed (quota, timeout, a document the model cannot read, ...).
class PredictionRun : public QObject
{
    Q_OBJECT
public:
    // Seconds one prediction attempt may take before it is given up.
    static constexpr int TimeoutSeconds = 180;

    explicit PredictionRun(QObject *parent = nullptr);

    void setClient(las::Client *client);
    void loadModels();
    QList<las::Model> models() const { return m_models; }

    void run(const QString &documentId, const QString &modelId, int maxPages, bool autoRotate);
    bool isRunning() const { return m_running; }
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = qMax(1, seconds); }

    static QString describe(const las::Error &error, int timeoutSeconds);
    // "Demo invoice model" or the model ID when it has no name.
    static QString modelName(const las::Model &model);

Q_SIGNALS:
    void modelsLoaded(const QList<las::Model> &models);
    void modelsFailed(const QString &message);
    void started();
    void finished(const las::PredictionResponse &response);
    void failed(const QString &message);

private:
    QPointer<las::Client> m_client;
    QList<las::Model> m_models;
    bool m_running = false;
    int m_timeoutSeconds = TimeoutSeconds;
    quint64 m_generation = 0;
};
