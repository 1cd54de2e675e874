#pragma once

#include "types/secret.h"

#include <QList>

namespace las {

struct SecretList
{
    QList<Secret> secrets;
    QString nextToken;

    static std::optional<SecretList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const SecretList &other) const = default;
};

} // namespace las
