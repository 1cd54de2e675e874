#include "engine/predictor.h"

#include "api/ids.h"
#include "model/invoicemodel.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<QJsonObject> Predictor::predict(const QString &documentId, const QString &modelId, int maxPages,
                                              bool autoRotate, QString *error, int *status)
{
    int ignored = 0;
    int &code = status ? *status : ignored;
    if (modelId != InvoiceModel::modelId()) {
        code = 404;
        *error = u"Model %1 not found"_s.arg(modelId);
        return std::nullopt;
    }
    const std::optional<StoredObject> document = m_documents->get(documentId);
    const std::optional<QByteArray> content = document ? m_documents->content(documentId) : std::nullopt;
    if (!document || !content) {
        code = 404;
        *error = u"Document %1 not found"_s.arg(documentId);
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    const QList<ModelPrediction> fields = InvoiceModel::predict(
        *content, document->data.value(u"contentType"_s).toString(), qBound(1, maxPages, 3), autoRotate);
    const double inferenceTime = double(timer.nsecsElapsed()) / 1e9;

    // Keep every field inside the contract whatever the model returns: label pattern, value 1..64 or null.
    static const QRegularExpression labelPattern(u"^[0-9A-Za-z_]{1,36}$"_s);
    QJsonArray predictions;
    for (const ModelPrediction &field : fields) {
        if (!labelPattern.match(field.label).hasMatch())
            continue;
        QJsonValue value = QJsonValue::Null;
        if (field.value.isString()) {
            const QString text = field.value.toString().left(64);
            if (!text.isEmpty())
                value = text;
        }
        predictions.append(QJsonObject{{u"label"_s, field.label},
                                       {u"value"_s, value},
                                       {u"confidence"_s, qBound(0.0, field.confidence, 1.0)}});
    }

    StoredObject prediction;
    prediction.kind = u"prediction"_s;
    prediction.id = Ids::newId(u"las:prediction:"_s);
    prediction.owner = documentId;
    prediction.data = QJsonObject{{u"predictionId"_s, prediction.id},
                                  {u"documentId"_s, documentId},
                                  {u"modelId"_s, modelId},
                                  {u"inferenceTime"_s, inferenceTime},
                                  {u"timestamp"_s, double(qMax<qint64>(1, Ids::epochMs() / 1000))},
                                  {u"predictions"_s, predictions}};
    if (!m_db->insert(prediction)) {
        code = 500;
        *error = m_db->lastError();
        return std::nullopt;
    }
    m_documents->attachPrediction(documentId, predictions, inferenceTime);
    code = 200;
    return prediction.data;
}
