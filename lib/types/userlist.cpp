#include "types/userlist.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<UserList> UserList::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    UserList v;
    v.users = r.list<User>("users"_L1, true);
    v.nextToken = r.nextToken();
    if (!r.ok())
        return std::nullopt;
    return v;
}

QJsonObject UserList::toJson() const
{
    QJsonObject o{{u"users"_s, JsonObjectReader::toArray(users)},
                  {u"nextToken"_s, JsonObjectReader::tokenValue(nextToken)}};

    return o;
}

} // namespace las
