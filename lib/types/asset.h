#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace las {

// An asset (e.g. a manual transition's fieldConfig JSON). `content` is decoded from base64 once;
// lists carry no content (hasContent false).
struct Asset
{
    QString assetId;
    std::optional<QString> name;        // nullable
    std::optional<QString> description; // nullable
    bool hasContent = false;
    QByteArray content;

    static std::optional<Asset> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const Asset &other) const = default;
};

} // namespace las
