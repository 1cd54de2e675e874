#pragma once

#include <QMetaType>
#include <QString>

namespace las {

// The life of one journaled file (one row of the upload queue). Stored in the journal by name
// (uploadStateName), so the names are part of the journal format.
//
//   Checking ──► Waiting ──► Uploading ──► [Predicting] ──► Done
//      │            │            │  ▲
//      ▼            ▼            ▼  │ (not found: re-sent)
//   Rejected     Skipped      Verifying ──► Done (found on the server: no re-send)
//                              Failed / Cancelled (from any state that is not finished)
enum class UploadState {
    Checking,   // journaled; the file check (magic bytes, size) and SHA-256 run off the calling thread
    Waiting,    // checked and hashed; waits for a free slot (or for resume() while paused)
    Uploading,  // its POST /documents may be on the wire: after a crash this row is verified, never re-sent
                // blind
    Verifying,  // the outcome of an upload is unknown (lost answer, or Uploading when the process died): the
                // server's documents are searched for the same content before anything is sent again
    Predicting, // uploaded (documentId set); the per-drop model runs on it (same bounded concurrency)
    Done,       // uploaded: documentId set (prediction result or error on the row when a model was asked)
    Skipped,    // not sent: the same content (SHA-256) was already uploaded with this profile
                // (existingDocumentId) or is already in the queue (existingItemId); forceUpload() sends it
                // anyway
    Rejected,   // not sent and never will be: not a PDF/JPEG by its bytes, empty, unreadable, or over the
                // API's inline limit (UploadFileCheck::MaxFileBytes); `error` says which
    Failed,     // the upload failed (error set); retryFailed()/retry() put it back to Waiting
    Cancelled,  // cancelled by the user before it was uploaded; retry() puts it back to Waiting
};

// Finished rows: nothing more happens to them unless the user asks (retry, force, clear).
inline bool isFinishedUploadState(UploadState state)
{
    return state == UploadState::Done || state == UploadState::Skipped || state == UploadState::Rejected ||
           state == UploadState::Failed || state == UploadState::Cancelled;
}

// Stable lower-case name ("uploading"), used in the journal and in lasctl's JSON output.
QString uploadStateName(UploadState state);
// Inverse of uploadStateName: false (and *state untouched) for an unknown name.
bool uploadStateFromName(const QString &name, UploadState *state);

} // namespace las

Q_DECLARE_METATYPE(las::UploadState)
