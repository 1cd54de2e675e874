#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace las {

struct Model
{
    struct PreprocessConfig
    {
        int maxPages = 1;
        bool autoRotate = false;
        QString imageQuality; // LOW | HIGH
        bool operator==(const PreprocessConfig &other) const = default;
    };

    QString modelId;
    std::optional<QString> name;        // nullable
    std::optional<QString> description; // nullable
    int width = 0;
    int height = 0;
    PreprocessConfig preprocessConfig;

    static std::optional<Model> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const Model &other) const = default;
};

} // namespace las
