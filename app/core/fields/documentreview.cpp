#include "core/fields/documentreview.h"

#include "core/viewer/documentcontentcache.h"

#include "core/fields/fieldsmodel.h"
#include "core/fields/groundtruthmodel.h"
#include "core/fields/groundtruthsaver.h"
#include "core/fields/predictionrun.h"

#include "api/client.h"

#include <QUndoStack>

DocumentReview::DocumentReview(DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_fields(new FieldsModel(this))
    , m_groundTruth(new GroundTruthModel(this))
    , m_saver(new GroundTruthSaver(this))
    , m_run(new PredictionRun(this))
{
    connect(m_groundTruth, &GroundTruthModel::changed, this, [this] {
        if (m_applying)
            return;
        writeDraft();
        updateModified();
    });
    connect(m_saver, &GroundTruthSaver::sending, this, [this](const QList<las::GroundTruth> &) {
        m_saveSent = true;
        writeDraft();
    });
    connect(m_saver, &GroundTruthSaver::saved, this, [this](const las::LasDocument &document) {
        const QList<las::GroundTruth> onServer = document.groundTruth.value_or(QList<las::GroundTruth>{});
        m_baseUpdated = document.updated;
        m_baseGroundTruth = onServer;
        m_prefill = onServer;
        m_document.updated = document.updated;
        m_document.groundTruth = onServer;
        m_saveSent = false;
        // Edits typed while the save was under way stay in the draft.
        if (m_groundTruth->groundTruth() == onServer)
            m_drafts->remove(m_documentId);
        else
            writeDraft();
        updateModified();
        Q_EMIT saved();
    });
    connect(m_saver, &GroundTruthSaver::failed, this, [this](const QString &message, bool outcomeUnknown) {
        m_saveSent = outcomeUnknown;
        writeDraft();
        Q_EMIT saveFailed(message, outcomeUnknown);
    });
    connect(m_saver, &GroundTruthSaver::conflict, this, &DocumentReview::conflict);
    connect(m_run, &PredictionRun::finished, this, [this](const las::PredictionResponse &response) {
        if (response.documentId != m_documentId)
            return;
        const bool prefilledFromPredictions = m_baseGroundTruth.isEmpty() && !isModified();
        m_document.predictions = response.predictions;
        m_inferenceTime = response.inferenceTime;
        m_fields->setPredictions(response.predictions);
        if (prefilledFromPredictions && !m_pendingDraft) {
            m_applying = true;
            m_prefill = bestPredictionsAsGroundTruth();
            m_groundTruth->reset(m_prefill);
            m_applying = false;
        }
        Q_EMIT predictionFinished(response);
    });
    connect(m_run, &PredictionRun::failed, this, &DocumentReview::predictionFailed);
}

DocumentReview::~DocumentReview() = default;

void DocumentReview::setClient(las::Client *client)
{
    m_client = client;
    m_saver->setClient(client);
    m_run->setClient(client);
}

las::Client *DocumentReview::client() const
{
    return m_client;
}

void DocumentReview::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DocumentReview::close()
{
    ++m_generation;
    m_waitingForCache = 0;
    m_saver->cancel();
    m_documentId.clear();
    m_document = {};
    m_problem.clear();
    m_inferenceTime.reset();
    m_baseUpdated.reset();
    m_baseGroundTruth.clear();
    m_prefill.clear();
    m_pendingDraft.reset();
    m_saveSent = false;
    m_fields->clear();
    m_applying = true;
    m_groundTruth->reset({});
    m_applying = false;
    updateModified();
    setState(State::Empty);
}

void DocumentReview::setContentCache(DocumentContentCache *cache)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    if (!cache)
        return;
    connect(cache, &DocumentContentCache::downloaded, this,
            [this](const QString &documentId, const las::LasDocument &document, const las::Error &error) {
                if (m_waitingForCache == 0 || m_waitingForCache != m_generation || documentId != m_documentId)
                    return;
                const bool keepEdits = m_keepEditsWhileWaiting;
                m_waitingForCache = 0;
                if (error.isError()) {
                    fetchDocument(keepEdits); // ask ourselves: same errors, same messages as always
                    return;
                }
                applyDocument(document, keepEdits);
            });
}

void DocumentReview::open(const QString &documentId)
{
    close();
    m_documentId = documentId;
    reload();
}

void DocumentReview::reload()
{
    if (m_documentId.isEmpty())
        return;
    if (!m_client) {
        m_problem = tr("Not connected: the fields appear once signed in.");
        setState(State::Failed);
        return;
    }
    ++m_generation;
    m_waitingForCache = 0;
    const bool keepEdits = m_state == State::Ready;
    setState(State::Loading);
    if (m_cache && m_cache->client() == m_client && !m_cache->contains(m_documentId)) {
        // The viewer needs the content too: one download for both (fetch() joins one already running).
        m_waitingForCache = m_generation;
        m_keepEditsWhileWaiting = keepEdits;
        m_cache->fetch(m_documentId);
        return;
    }
    fetchDocument(keepEdits);
}

void DocumentReview::fetchDocument(bool keepEdits)
{
    const quint64 generation = m_generation;
    auto *reply = m_client->getDocument(m_documentId);
    connect(reply, &las::Reply::succeeded, this, [this, reply, generation, keepEdits] {
        if (generation == m_generation)
            applyDocument(reply->result(), keepEdits);
    });
    connect(reply, &las::Reply::failed, this, [this, generation](const las::Error &error) {
        if (generation != m_generation)
            return;
        m_problem =
            tr("The fields of this document cannot be loaded. %1").arg(GroundTruthSaver::describe(error));
        // A draft is still worth offering: it may be all the reviewer has.
        m_pendingDraft = m_drafts->load(m_documentId);
        setState(State::Failed);
        if (m_pendingDraft)
            Q_EMIT draftFound();
    });
}

void DocumentReview::applyDocument(const las::LasDocument &document, bool keepEdits)
{
    m_document = document;
    m_document.content.clear(); // the viewer has its own copy
    m_document.hasContent = false;
    m_inferenceTime = document.inferenceTime;
    m_fields->setPredictions(document.predictions.value_or(QList<las::Prediction>{}));
    if (!keepEdits) {
        m_baseUpdated = document.updated;
        m_baseGroundTruth = document.groundTruth.value_or(QList<las::GroundTruth>{});
        m_prefill = m_baseGroundTruth.isEmpty() ? bestPredictionsAsGroundTruth() : m_baseGroundTruth;
        m_applying = true;
        m_groundTruth->reset(m_prefill);
        m_applying = false;
        m_saveSent = false;
        m_pendingDraft.reset();
        if (auto draft = m_drafts->load(m_documentId)) {
            if (draft->groundTruth == m_baseGroundTruth && !m_baseGroundTruth.isEmpty())
                m_drafts->remove(m_documentId); // the server has it already
            else if (draft->groundTruth != m_prefill || draft->saveSent)
                m_pendingDraft = draft;
            else
                m_drafts->remove(m_documentId);
        }
    }
    m_problem.clear();
    updateModified();
    setState(State::Ready);
    Q_EMIT loaded();
    if (m_pendingDraft)
        Q_EMIT draftFound();
}

QList<las::GroundTruth> DocumentReview::bestPredictionsAsGroundTruth() const
{
    QList<las::GroundTruth> items;
    for (const FieldsModel::Field &field : m_fields->bestFields()) {
        QJsonValue value = field.prediction.value;
        if (value.isString() && value.toString().isEmpty())
            value = QJsonValue(); // an empty string is not a valid value: no value
        items.append(las::GroundTruth(field.prediction.label, value));
    }
    return items;
}

bool DocumentReview::isModified() const
{
    return m_groundTruth->groundTruth() != m_prefill;
}

void DocumentReview::updateModified()
{
    const bool modified = isModified() || m_saveSent;
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void DocumentReview::writeDraft()
{
    if (m_documentId.isEmpty() || m_pendingDraft)
        return; // an offered draft is never overwritten before the reviewer chose
    if (!isModified() && !m_saveSent) {
        m_drafts->remove(m_documentId);
        return;
    }
    GroundTruthDraft draft;
    draft.documentId = m_documentId;
    draft.baseUpdated = m_baseUpdated;
    draft.baseGroundTruth = m_baseGroundTruth;
    draft.groundTruth = m_groundTruth->groundTruth();
    draft.saveSent = m_saveSent;
    draft.modified = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_drafts->save(draft, &error))
        Q_EMIT draftError(error);
}

void DocumentReview::restoreDraft()
{
    if (!m_pendingDraft)
        return;
    const GroundTruthDraft draft = *std::exchange(m_pendingDraft, std::nullopt);
    // The edit goes on from where it started, so a save compares with that version of the document.
    m_baseUpdated = draft.baseUpdated;
    m_baseGroundTruth = draft.baseGroundTruth;
    m_saveSent = draft.saveSent;
    m_applying = true;
    m_groundTruth->reset(draft.groundTruth);
    m_applying = false;
    writeDraft();
    updateModified();
}

void DocumentReview::discardDraft()
{
    if (!m_pendingDraft)
        return;
    m_pendingDraft.reset();
    m_drafts->remove(m_documentId);
}

bool DocumentReview::save()
{
    if (m_state != State::Ready || m_pendingDraft || !m_groundTruth->isValid() || m_saver->isBusy())
        return false;
    m_saver->save(m_documentId, m_baseUpdated, m_baseGroundTruth, m_groundTruth->groundTruth());
    return true;
}

void DocumentReview::resolveConflict(const QList<las::GroundTruth> &merged)
{
    m_groundTruth->replaceAll(merged, tr("Merge with the server's ground truth"));
    m_saver->resolve(merged);
}

void DocumentReview::fillFromPredictions()
{
    m_groundTruth->replaceAll(bestPredictionsAsGroundTruth(), tr("Fill from predictions"));
}

void DocumentReview::runPrediction(const QString &modelId, int maxPages, bool autoRotate)
{
    m_run->run(m_documentId, modelId, maxPages, autoRotate);
}
