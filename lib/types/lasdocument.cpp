#include "types/lasdocument.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<LasDocument> LasDocument::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    LasDocument d;
    d.documentId = r.string("documentId"_L1);
    d.contentType = r.string("contentType"_L1);
    d.batchId = r.optionalString("batchId"_L1).value_or(QString());
    d.consentId = r.optionalString("consentId"_L1).value_or(QString());
    if (const auto content = r.optionalString("content"_L1)) {
        // Decoded once, here; strict so that a corrupt payload is an error, not silently different bytes.
        auto decoded =
            QByteArray::fromBase64Encoding(content->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            r.fail(u"content"_s, u"expected base64"_s);
        d.hasContent = true;
        d.content = std::move(*decoded);
    }
    if (r.has("groundTruth"_L1))
        d.groundTruth = r.list<GroundTruth>("groundTruth"_L1, true);
    if (r.has("predictions"_L1))
        d.predictions = r.list<Prediction>("predictions"_L1, true);
    d.inferenceTime = r.optionalNumber("inferenceTime"_L1);
    d.updated = r.optionalInteger("updated"_L1);
    if (!r.ok())
        return std::nullopt;
    return d;
}

QJsonObject LasDocument::toJson() const
{
    QJsonObject o{{u"documentId"_s, documentId}, {u"contentType"_s, contentType}};
    if (!batchId.isEmpty())
        o.insert(u"batchId"_s, batchId);
    if (!consentId.isEmpty())
        o.insert(u"consentId"_s, consentId);
    if (hasContent)
        o.insert(u"content"_s, QString::fromLatin1(content.toBase64()));
    if (groundTruth)
        o.insert(u"groundTruth"_s, JsonObjectReader::toArray(*groundTruth));
    if (predictions)
        o.insert(u"predictions"_s, JsonObjectReader::toArray(*predictions));
    if (inferenceTime)
        o.insert(u"inferenceTime"_s, *inferenceTime);
    if (updated)
        o.insert(u"updated"_s, *updated);
    return o;
}

} // namespace las
