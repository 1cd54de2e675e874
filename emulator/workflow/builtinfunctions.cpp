#include "workflow/builtinfunctions.h"

#include "model/invoicemodel.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString PredictName = u"las-emulator/predict"_s;
const QString FeedbackName = u"las-emulator/feedback"_s;
const QString LatestTag = u":latest"_s;

QString baseName(const QString &imageUrl)
{
    return imageUrl.endsWith(LatestTag) ? imageUrl.chopped(LatestTag.size()) : imageUrl;
}

BuiltinResult failure(const QString &function, const QString &message, QStringList logLines = {})
{
    BuiltinResult r;
    r.ok = false;
    r.error = message;
    logLines.append(u"%1: error: %2"_s.arg(function, message));
    r.logLines = logLines;
    return r;
}

bool isDocumentId(const QString &id)
{
    static const QRegularExpression re(uR"(^las:document:[a-f0-9]{32}$)"_s);
    return re.match(id).hasMatch();
}

BuiltinResult runPredict(const QJsonValue &input, const BuiltinContext &context)
{
    const QString fn = PredictName;
    if (!input.isObject())
        return failure(fn, u"input must be an object with documentId"_s);
    const QJsonObject in = input.toObject();
    const QString documentId = in.value(u"documentId"_s).toString();
    if (!isDocumentId(documentId))
        return failure(fn, u"input.documentId must be a document ID (las:document:<32 hex>)"_s);
    QString modelId = InvoiceModel::modelId();
    if (in.contains(u"modelId"_s)) {
        static const QRegularExpression modelRe(uR"(^las:model:[0-9A-Za-z_]+$)"_s);
        modelId = in.value(u"modelId"_s).toString();
        if (!modelRe.match(modelId).hasMatch())
            return failure(fn, u"input.modelId must be a model ID (las:model:...)"_s);
    }
    int maxPages = 1;
    if (in.contains(u"maxPages"_s)) {
        const QJsonValue v = in.value(u"maxPages"_s);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1 || v.toInt() > 3)
            return failure(fn, u"input.maxPages must be an integer from 1 to 3"_s);
        maxPages = v.toInt();
    }
    bool autoRotate = false;
    if (in.contains(u"autoRotate"_s)) {
        if (!in.value(u"autoRotate"_s).isBool())
            return failure(fn, u"input.autoRotate must be true or false"_s);
        autoRotate = in.value(u"autoRotate"_s).toBool();
    }
    if (!context.createPrediction)
        return failure(fn, u"the emulator cannot create predictions here"_s);

    QStringList log{u"%1: predicting %2 with %3 (maxPages %4)"_s.arg(fn, documentId, modelId).arg(maxPages)};
    QString error;
    const auto prediction = context.createPrediction(documentId, modelId, maxPages, autoRotate, &error);
    if (!prediction)
        return failure(fn, error.isEmpty() ? u"the prediction failed"_s : error, log);
    int found = 0;
    const QJsonArray predictions = prediction->value(u"predictions"_s).toArray();
    for (const QJsonValue &p : predictions)
        if (!p.toObject().value(u"value"_s).isNull())
            ++found;
    log.append(u"%1: prediction %2: %3 of %4 fields have a value"_s.arg(
        fn, prediction->value(u"predictionId"_s).toString(), QString::number(found),
        QString::number(predictions.size())));
    BuiltinResult r;
    r.ok = true;
    r.output = *prediction;
    r.logLines = log;
    return r;
}

BuiltinResult runFeedback(const QJsonValue &input, const BuiltinContext &context)
{
    const QString fn = FeedbackName;
    if (!input.isObject())
        return failure(fn, u"input must be an object with documentId and verified"_s);
    const QJsonObject in = input.toObject();
    const QString documentId = in.value(u"documentId"_s).toString();
    if (!isDocumentId(documentId))
        return failure(fn, u"input.documentId must be a document ID (las:document:<32 hex>)"_s);
    if (!in.value(u"verified"_s).isObject())
        return failure(fn, u"input.verified must be an object {label: value or null}"_s);
    if (!context.setGroundTruth)
        return failure(fn, u"the emulator cannot write ground truth here"_s);

    static const QRegularExpression labelRe(uR"(^[0-9A-Za-z_]{1,36}$)"_s);
    QStringList log;
    QJsonArray groundTruth;
    const QJsonObject verified = in.value(u"verified"_s).toObject();
    for (auto it = verified.begin(); it != verified.end(); ++it) {
        if (!labelRe.match(it.key()).hasMatch()) {
            log.append(u"%1: skipped label \"%2\": not a valid label (1..36 of 0-9A-Za-z_)"_s.arg(
                fn, it.key().left(40)));
            continue;
        }
        QJsonValue value = it.value();
        if (value.isNull() || value.isUndefined())
            continue; // "not on the page": no ground truth for it
        if (value.isDouble())
            value = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        if (value.isString()) {
            const QString s = value.toString().trimmed();
            if (s.isEmpty())
                continue;
            if (s.size() > 64) {
                log.append(u"%1: skipped label %2: value longer than 64 characters"_s.arg(fn, it.key()));
                continue;
            }
            value = s;
        } else if (!value.isBool()) {
            log.append(u"%1: skipped label %2: value must be a string, boolean or null"_s.arg(fn, it.key()));
            continue;
        }
        groundTruth.append(QJsonObject{{u"label"_s, it.key()}, {u"value"_s, value}});
    }
    QString error;
    if (!context.setGroundTruth(documentId, groundTruth, &error))
        return failure(fn, error.isEmpty() ? u"writing the ground truth failed"_s : error, log);
    log.append(
        u"%1: wrote %2 ground truth values to %3"_s.arg(fn, QString::number(groundTruth.size()), documentId));
    QJsonObject out = in;
    out.insert(u"groundTruth"_s, groundTruth);
    BuiltinResult r;
    r.ok = true;
    r.output = out;
    r.logLines = log;
    return r;
}

} // namespace

QString BuiltinFunctions::predictImageUrl()
{
    return PredictName + LatestTag;
}

QString BuiltinFunctions::feedbackImageUrl()
{
    return FeedbackName + LatestTag;
}

QStringList BuiltinFunctions::imageUrls()
{
    return {predictImageUrl(), feedbackImageUrl()};
}

bool BuiltinFunctions::isKnown(const QString &imageUrl)
{
    const QString name = baseName(imageUrl);
    return name == PredictName || name == FeedbackName;
}

BuiltinResult BuiltinFunctions::run(const QString &imageUrl, const QJsonValue &input,
                                    const BuiltinContext &context)
{
    const QString name = baseName(imageUrl);
    if (name == PredictName)
        return runPredict(input, context);
    if (name == FeedbackName)
        return runFeedback(input, context);
    BuiltinResult r;
    r.ok = false;
    r.error = u"unknown image \"%1\": las-emulator cannot run containers; built-in images are %2"_s.arg(
        imageUrl.left(200), imageUrls().join(u", "_s));
    r.logLines = QStringList{u"docker transition: %1"_s.arg(r.error)};
    return r;
}
