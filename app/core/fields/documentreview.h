#pragma once

#include "core/fields/draftstore.h"
#include "core/fields/fieldconflict.h"

#include "types/lasdocument.h"
#include "types/predictionresponse.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <optional>

class DocumentContentCache;
class FieldsModel;
class GroundTruthModel;
class GroundTruthSaver;
class PredictionRun;

namespace las {
class Client;
class Error;
} // namespace las

// The review of one document, GUI-free: its predictions (FieldsModel), the ground truth being edited
// (GroundTruthModel, prefilled from the document's ground truth or else from the best predictions), the
// draft written on every edit, the save (GroundTruthSaver: compare `updated`, conflicts, unknown outcomes)
// and prediction runs. The fields pane is a view of this.
class DocumentReview : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Ready, Failed };
    Q_ENUM(State)

    // `drafts` is not owned and must outlive this.
    explicit DocumentReview(DraftStore *drafts, QObject *parent = nullptr);
    ~DocumentReview() override;

    void setClient(las::Client *client);
    las::Client *client() const;
    // The viewer's content cache (not owned; may be null): when it has to download the document anyway, the
    // review takes the document from that one download instead of a second GET of the same content.
    void setContentCache(DocumentContentCache *cache);

    void open(const QString &documentId);
    void close();
    // Fetches the document again (predictions, ground truth) keeping the edits when there are any.
    void reload();

    State state() const { return m_state; }
    QString documentId() const { return m_documentId; }
    QString problem() const { return m_problem; }
    const las::LasDocument &document() const { return m_document; }
    std::optional<double> inferenceTime() const { return m_inferenceTime; }

    FieldsModel *fields() const { return m_fields; }
    GroundTruthModel *groundTruth() const { return m_groundTruth; }
    GroundTruthSaver *saver() const { return m_saver; }
    PredictionRun *predictionRun() const { return m_run; }
    DraftStore *drafts() const { return m_drafts; }

    // True when the rows differ from what the edit started from.
    bool isModified() const;
    // A draft found on disk for the open document (from a crash, kill or lost network), until taken or
    // dropped.
    std::optional<GroundTruthDraft> pendingDraft() const { return m_pendingDraft; }
    void restoreDraft();
    void discardDraft();

    // Saves the ground truth (validated first; false when a row is invalid, nothing sent).
    bool save();
    void resolveConflict(const QList<las::GroundTruth> &merged);
    // Puts the best predictions into the ground truth (undoable, one step).
    void fillFromPredictions();
    // Runs a model; its answer replaces the predictions shown.
    void runPrediction(const QString &modelId, int maxPages, bool autoRotate);

    // The predictions as ground-truth rows: the best candidate per label.
    QList<las::GroundTruth> bestPredictionsAsGroundTruth() const;

Q_SIGNALS:
    void stateChanged(DocumentReview::State state);
    void loaded();     // predictions and ground truth are in the models
    void draftFound(); // pendingDraft() is set: offer it
    void modifiedChanged(bool modified);
    void draftError(const QString &message);
    void saved();
    void saveFailed(const QString &message, bool outcomeUnknown);
    void conflict(const QList<FieldConflict::Row> &rows, const las::LasDocument &theirs);
    void predictionFinished(const las::PredictionResponse &response);
    void predictionFailed(const QString &message);

private:
    void setState(State state);
    void applyDocument(const las::LasDocument &document, bool keepEdits);
    void fetchDocument(bool keepEdits);
    void writeDraft();
    void updateModified();

    DraftStore *m_drafts;
    QPointer<las::Client> m_client;
    QPointer<DocumentContentCache> m_cache;
    quint64 m_waitingForCache = 0; // the generation that waits for the cache's download (0: none)
    FieldsModel *m_fields;
    GroundTruthModel *m_groundTruth;
    GroundTruthSaver *m_saver;
    PredictionRun *m_run;

    State m_state = State::Empty;
    QString m_documentId;
    QString m_problem;
    las::LasDocument m_document;
    std::optional<double> m_inferenceTime;
    // What the edit started from.
    std::optional<qint64> m_baseUpdated;
    QList<las::GroundTruth> m_baseGroundTruth;
    QList<las::GroundTruth> m_prefill; // the rows shown before any edit
    std::optional<GroundTruthDraft> m_pendingDraft;
    bool m_saveSent = false;
    bool m_applying = false;
    bool m_modified = false;
    quint64 m_generation = 0;
    bool m_keepEditsWhileWaiting = false;
};
