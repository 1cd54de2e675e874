#pragma once

#include "types/asset.h"

#include <QList>

namespace las {

struct AssetList
{
    QList<Asset> assets;
    QString nextToken;

    static std::optional<AssetList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const AssetList &other) const = default;
};

} // namespace las
