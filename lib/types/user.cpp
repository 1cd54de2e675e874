#include "types/user.h"

#include "types/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace las {

std::optional<User> User::fromJson(const QJsonValue &json, QString *error)
{
    JsonObjectReader r(json, error);
    User u;
    u.userId = r.string("userId"_L1);
    u.email = r.string("email"_L1);
    u.name = r.nullableString("name"_L1, false);
    u.avatar = r.nullableString("avatar"_L1, false);
    if (!r.ok())
        return std::nullopt;
    return u;
}

QJsonObject User::toJson() const
{
    return {{u"userId"_s, userId},
            {u"email"_s, email},
            {u"name"_s, JsonObjectReader::nullable(name)},
            {u"avatar"_s, JsonObjectReader::nullable(avatar)}};
}

} // namespace las
