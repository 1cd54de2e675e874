#pragma once

#include "types/groundtruth.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A reviewer's unsaved ground truth of one document, as kept on disk until the server confirmed the save.
// `base*` is what the edit started from (the document's `updated` and ground truth then), so a later save
// can tell whether someone else changed the document meanwhile.
struct GroundTruthDraft
{
    QString documentId;
    std::optional<qint64> baseUpdated;
    QList<las::GroundTruth> baseGroundTruth;
    QList<las::GroundTruth> groundTruth; // the reviewer's rows, valid or not
    // A save was sent and no answer came back: the server may or may not have it.
    bool saveSent = false;
    QDateTime modified;

    QJsonObject toJson() const;
    static std::optional<GroundTruthDraft> fromJson(const QJsonObject &json);
};
