#pragma once

#include "types/lasdocument.h"

#include <QStringList>

namespace las {

// GET /documents and DELETE /documents. The filters are echoed back as arrays (a bare string is accepted).
struct LasDocumentList
{
    QList<LasDocument> documents;
    QString nextToken;
    QStringList batchId;
    QStringList consentId;

    static std::optional<LasDocumentList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const LasDocumentList &other) const = default;
};

} // namespace las
