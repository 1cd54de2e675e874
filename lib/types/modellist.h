#pragma once

#include "types/model.h"

#include <QList>

namespace las {

struct ModelList
{
    QList<Model> models;
    QString nextToken;

    static std::optional<ModelList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const ModelList &other) const = default;
};

} // namespace las
