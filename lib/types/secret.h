#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace las {

// A secret's handle; the secret data itself is never returned by the API.
struct Secret
{
    QString secretId;
    std::optional<QString> name;        // nullable
    std::optional<QString> description; // nullable

    static std::optional<Secret> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const Secret &other) const = default;
};

} // namespace las
