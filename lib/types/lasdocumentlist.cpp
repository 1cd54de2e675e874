#include "types/lasdocumentlist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<LasDocumentList> LasDocumentList::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    LasDocumentList v;
    v.documents = r.list<LasDocument>("documents"_L1, true);
    v.nextToken = r.nextToken();
    v.batchId = r.stringList("batchId"_L1, false, true);
    v.consentId = r.stringList("consentId"_L1, false, true);
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject LasDocumentList::toJson() const
{
    QJsonObject o{{u"documents"_s, JsonObjectReader::toArray(documents)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};
    if (!batchId.isEmpty())
        o.insert(u"batchId"_s, QJsonArray::fromStringList(batchId));
    if (!consentId.isEmpty())
        o.insert(u"consentId"_s, QJsonArray::fromStringList(consentId));
    return o;
}

} // namespace las
