#include "types/secretlist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<SecretList> SecretList::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    SecretList v;
    v.secrets = r.list<Secret>("secrets"_L1, true);
    v.nextToken = r.nextToken();
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject SecretList::toJson() const
{
    QJsonObject o{{u"secrets"_s, JsonObjectReader::toArray(secrets)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};

    return o;
}

} // namespace las
