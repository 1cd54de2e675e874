#pragma once

#include "types/contenttype.h"
#include "types/groundtruth.h"

#include <QList>
#include <QString>

#include <optional>

namespace las {

// Per-drop options: every file added by one UploadEngine::addPaths() call shares them (and they are kept in
// the journal with the drop, so a resumed row after a restart is sent exactly as it would have been).
struct UploadOptions
{
    QString batchId;   // las:batch:<32 hex>; empty: none. (Create the batch first with Client::createBatch.)
    QString consentId; // las:consent:<32 hex>; empty: none
    std::optional<QList<GroundTruth>> groundTruth; // sent with every document (lasctl --ground-truth)
    // Run this model on each document as soon as it is uploaded (empty: none). The prediction takes one of
    // the engine's slots like an upload does; its result (or error) lands on the row.
    QString modelId;
    // Send every file as this type instead of detecting it from its bytes (lasctl --content-type). The file
    // must still be readable, non-empty and within the size limit.
    std::optional<ContentType> forcedContentType;
    // Upload even when the same content was already uploaded with this profile (no Skipped rows).
    bool force = false;
};

} // namespace las
