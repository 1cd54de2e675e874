#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace las {

struct User
{
    QString userId;
    QString email;
    std::optional<QString> name;   // nullable
    std::optional<QString> avatar; // nullable (base64 image)

    static std::optional<User> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const User &other) const = default;
};

} // namespace las
