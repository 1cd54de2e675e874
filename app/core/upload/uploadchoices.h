#pragma once

#include <QList>
#include <QString>

class QSettings;

// What the user chose for the last drop with a profile, remembered for the next one: the target batch, the
// consent ID, the model to run after upload, and the batches known to this app (the API of this generation
// cannot list batches, so the ones created or typed here are remembered, newest first, at most MaxBatches).
struct UploadChoices
{
    struct KnownBatch
    {
        QString batchId;
        QString name;
        QString description;
    };
    static constexpr int MaxBatches = 50;

    QString batchId;   // empty: no batch
    QString consentId; // empty: none
    QString modelId;   // empty: no prediction after upload
    QList<KnownBatch> knownBatches;

    // Adds (or moves to the front) a batch of this profile.
    void rememberBatch(const KnownBatch &batch);

    static UploadChoices load(QSettings *settings, const QString &profileName);
    void save(QSettings *settings, const QString &profileName) const;
};
