#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace las {

struct Transition
{
    QString transitionId;
    QString transitionType;             // docker | manual
    std::optional<QString> name;        // nullable
    std::optional<QString> description; // nullable
    std::optional<QJsonObject> inputJsonSchema;
    std::optional<QJsonObject> outputJsonSchema;
    std::optional<QJsonObject> assets;     // {jsRemoteComponent?, fieldConfig?, ...}: asset IDs
    std::optional<QJsonObject> parameters; // docker: imageUrl, memory, ...

    static std::optional<Transition> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const Transition &other) const = default;
};

} // namespace las
