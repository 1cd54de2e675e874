#pragma once

// Shared by the fields tests: a client for a real las-emulator and blocking helpers for setting up
// documents (the tests wait on the replies' signals, bounded).
#include "emulatorcredentials.h"
#include "emulatorprocess.h"

#include "api/client.h"

#include <QFile>
#include <QSignalSpy>

#include <memory>

namespace fieldstest {

inline las::Credentials credentialsFor(const EmulatorProcess &emulator)
{
    return emulatorCredentials(emulator);
}

// Waits for `reply` (bounded) and returns whether it succeeded; *error gets the reason.
template<typename R>
bool wait(R *reply, QString *error = nullptr)
{
    reply->setAutoDelete(false);
    QSignalSpy done(reply, &las::Reply::finished);
    if (!reply->isFinished() && !done.wait(60000)) {
        if (error)
            *error = QStringLiteral("no answer");
        return false;
    }
    if (error)
        *error = reply->error().toString();
    return reply->isSuccess();
}

inline QString samplePath(const QString &name)
{
    return QStringLiteral(LAS_SAMPLES_DIR "/invoices/") + name;
}

inline QString upload(las::Client &client, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::unique_ptr<las::ResultReply<las::LasDocument>> reply(
        client.createDocument(file.readAll(), las::ContentType::Pdf));
    return wait(reply.get()) ? reply->result().documentId : QString();
}

inline QString firstModel(las::Client &client)
{
    std::unique_ptr<las::ResultReply<las::ModelList>> reply(client.listModels());
    if (!wait(reply.get()) || reply->result().models.isEmpty())
        return {};
    return reply->result().models.first().modelId;
}

inline bool predict(las::Client &client, const QString &documentId, const QString &modelId)
{
    std::unique_ptr<las::ResultReply<las::PredictionResponse>> reply(
        client.createPrediction(documentId, modelId));
    reply->setTimeout(120000);
    return wait(reply.get());
}

inline std::optional<las::LasDocument> document(las::Client &client, const QString &documentId)
{
    std::unique_ptr<las::ResultReply<las::LasDocument>> reply(client.getDocument(documentId));
    if (!wait(reply.get()))
        return std::nullopt;
    return reply->result();
}

inline bool setGroundTruth(las::Client &client, const QString &documentId,
                           const QList<las::GroundTruth> &items)
{
    std::unique_ptr<las::ResultReply<las::LasDocument>> reply(
        client.updateDocument(documentId, las::UpdateDocumentOptions{items}));
    return wait(reply.get());
}

} // namespace fieldstest
