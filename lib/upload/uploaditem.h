#pragma once

#include "core/error.h"
#include "upload/uploadstate.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace las {

// A snapshot of one row of the upload queue, as the journal holds it plus the live byte counts. Cheap to
// copy; UploadEngine hands these out in signals and from item()/items(). Ids are the journal's row ids:
// stable across restarts.
struct UploadItem
{
    qint64 id = 0;       // journal row id (> 0)
    qint64 dropId = 0;   // the addPaths() call that added it
    QString path;        // absolute file path
    QString fileName;    // path's last component, for display
    qint64 size = -1;    // bytes of the file (-1 until checked)
    QString sha256;      // hex, empty until hashed
    QString contentType; // "application/pdf" | "image/jpeg", empty until checked
    UploadState state = UploadState::Checking;
    QString error; // why it was Rejected/Failed (plain, translated, one line); also the pause reason's echo

    QString documentId;         // Done: the uploaded document
    QString existingDocumentId; // Skipped: the document that already has this content (this profile)
    qint64 existingItemId = 0;  // Skipped: the row already queued with the same content (0: none)

    // The same file may exist more than once on the server: every id involved (documentId among them).
    // Set when an upload's outcome was lost and could not be checked, or when the check found the content
    // more than once (e.g. a transparent re-send). Empty: uploaded exactly once as far as anyone can tell.
    QStringList possibleDuplicateIds;
    bool recovered = false; // the outcome was lost (crash, dropped answer) and found on the server by content

    // Prediction (UploadOptions::modelId): the compact JSON of the prediction result, or an error.
    QString modelId;
    QJsonValue prediction; // null until the prediction succeeded
    QString predictionError;

    bool inDoubt = false; // an attempt may have reached the server: verified before any re-send
    bool force = false;   // forceUpload(): sent even though the content was uploaded before
    bool held = false;    // paused by the user (pauseItems): nothing new starts for it until resumeItems
    Error failure;     // live (not journaled): the last error of this process's attempts (kind, HTTP status)
    QString batchId;   // from the drop
    QString consentId; // from the drop
    int attempts = 0;  // POST /documents sent for this row (journaled before each send)
    qint64 bytesSent = 0;  // live: request bytes of the current attempt (not journaled)
    qint64 bytesTotal = 0; // live: request size (base64 JSON), 0 before the first attempt
    QDateTime addedAt;
    QDateTime finishedAt;

    bool isFinished() const { return isFinishedUploadState(state); }
    bool isPossibleDuplicate() const { return !possibleDuplicateIds.isEmpty(); }
};

// Counts over the engine's rows (cleared rows excluded), for the status bar and drop summaries.
struct UploadTotals
{
    int total = 0;
    int checking = 0, waiting = 0, active = 0; // active: Uploading + Verifying + Predicting
    int held = 0; // unfinished rows paused one by one (counted in their state too)
    int done = 0, skipped = 0, rejected = 0, failed = 0, cancelled = 0;
    int possibleDuplicates = 0; // Done rows flagged possible duplicate
    qint64 bytesTotal = 0;      // file bytes of the rows that are or will be sent (Waiting..Done)
    qint64 bytesDone = 0;       // file bytes uploaded, counting in-flight progress proportionally

    int finished() const { return done + skipped + rejected + failed + cancelled; }
};

} // namespace las

Q_DECLARE_METATYPE(las::UploadItem)
Q_DECLARE_METATYPE(las::UploadTotals)
