#include "core/fields/groundtruthdraft.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonArray groundTruthDraftItems(const QList<las::GroundTruth> &items)
{
    QJsonArray array;
    for (const las::GroundTruth &item : items)
        array.append(item.toJson());
    return array;
}

std::optional<QList<las::GroundTruth>> groundTruthDraftParse(const QJsonValue &json)
{
    if (!json.isArray())
        return std::nullopt;
    QList<las::GroundTruth> items;
    for (const QJsonValue &value : json.toArray()) {
        QString why;
        auto item = las::GroundTruth::fromJson(value, &why);
        if (!item)
            return std::nullopt;
        items.append(*item);
    }
    return items;
}

} // namespace

QJsonObject GroundTruthDraft::toJson() const
{
    QJsonObject json{{u"version"_s, 1},
                     {u"documentId"_s, documentId},
                     {u"baseGroundTruth"_s, groundTruthDraftItems(baseGroundTruth)},
                     {u"groundTruth"_s, groundTruthDraftItems(groundTruth)},
                     {u"saveSent"_s, saveSent},
                     {u"modified"_s, modified.toUTC().toString(Qt::ISODateWithMs)}};
    // Milliseconds since the epoch fit a double exactly.
    json.insert(u"baseUpdated"_s, baseUpdated ? QJsonValue(double(*baseUpdated)) : QJsonValue());
    return json;
}

std::optional<GroundTruthDraft> GroundTruthDraft::fromJson(const QJsonObject &json)
{
    if (json.value(u"version"_s).toInt() != 1 || !json.value(u"documentId"_s).isString())
        return std::nullopt;
    GroundTruthDraft draft;
    draft.documentId = json.value(u"documentId"_s).toString();
    if (draft.documentId.isEmpty())
        return std::nullopt;
    const QJsonValue updated = json.value(u"baseUpdated"_s);
    if (updated.isDouble())
        draft.baseUpdated = qint64(updated.toDouble());
    else if (!updated.isNull())
        return std::nullopt;
    auto base = groundTruthDraftParse(json.value(u"baseGroundTruth"_s));
    auto mine = groundTruthDraftParse(json.value(u"groundTruth"_s));
    if (!base || !mine)
        return std::nullopt;
    draft.baseGroundTruth = *base;
    draft.groundTruth = *mine;
    draft.saveSent = json.value(u"saveSent"_s).toBool();
    draft.modified = QDateTime::fromString(json.value(u"modified"_s).toString(), Qt::ISODateWithMs);
    return draft;
}
