#include "core/fields/predictionrun.h"

#include "api/client.h"

PredictionRun::PredictionRun(QObject *parent)
    : QObject(parent)
{}

void PredictionRun::setClient(las::Client *client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_models.clear();
    ++m_generation;
    m_running = false;
}

void PredictionRun::loadModels()
{
    if (!m_client) {
        Q_EMIT modelsFailed(tr("Not connected."));
        return;
    }
    const quint64 generation = m_generation;
    las::PaginationOptions options;
    options.maxResults = 100;
    auto *reply = m_client->listModels(options);
    connect(reply, &las::Reply::succeeded, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        m_models = reply->result().models;
        Q_EMIT modelsLoaded(m_models);
    });
    connect(reply, &las::Reply::failed, this, [this, generation](const las::Error &error) {
        if (generation == m_generation)
            Q_EMIT modelsFailed(describe(error, m_timeoutSeconds));
    });
}

void PredictionRun::run(const QString &documentId, const QString &modelId, int maxPages, bool autoRotate)
{
    if (!m_client) {
        Q_EMIT failed(tr("Not connected."));
        return;
    }
    if (m_running)
        return;
    las::CreatePredictionsOptions options;
    options.maxPages = maxPages;
    options.autoRotate = autoRotate;
    const quint64 generation = ++m_generation;
    auto *reply = m_client->createPrediction(documentId, modelId, options);
    reply->setTimeout(m_timeoutSeconds * 1000);
    m_running = true;
    Q_EMIT started();
    connect(reply, &las::Reply::succeeded, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(reply->result());
    });
    connect(reply, &las::Reply::failed, this, [this, reply, generation](const las::Error &error) {
        if (generation != m_generation)
            return;
        m_running = false;
        QString message = describe(error, m_timeoutSeconds);
        if (reply->possiblyDuplicated())
            message =
                tr("%1 The model may still have run; reopen the document to see its answer.").arg(message);
        Q_EMIT failed(message);
    });
}

QString PredictionRun::describe(const las::Error &error, int timeoutSeconds)
{
    switch (error.kind()) {
    case las::Error::Kind::QuotaExceeded:
        return tr("The account's prediction quota is used up. Ask the account owner for more, or wait for "
                  "the next period.");
    case las::Error::Kind::Timeout:
        return tr("The model did not answer within %1 seconds. Try again, or with fewer pages.")
            .arg(timeoutSeconds);
    case las::Error::Kind::RateLimited:
        return tr("The service is busy. Try again in a moment.");
    case las::Error::Kind::InvalidInput:
    case las::Error::Kind::BadRequest:
        return tr("The model cannot read this document: %1").arg(error.message());
    case las::Error::Kind::NotFound:
        return tr("The document or the model no longer exists.");
    case las::Error::Kind::Network:
        return tr("The server cannot be reached. Check the connection and try again.");
    case las::Error::Kind::Auth:
    case las::Error::Kind::Forbidden:
        return tr("The server refused the credentials. Sign in again.");
    case las::Error::Kind::Server:
        return tr("The service had a problem (%1). Try again later.").arg(error.httpStatus());
    default:
        return tr("The prediction failed: %1").arg(error.message());
    }
}

QString PredictionRun::modelName(const las::Model &model)
{
    return model.name && !model.name->isEmpty() ? *model.name : model.modelId;
}
