#pragma once

#include "types/user.h"

#include <QList>

namespace las {

struct UserList
{
    QList<User> users;
    QString nextToken;

    static std::optional<UserList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const UserList &other) const = default;
};

} // namespace las
