#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace las {

// The content types a document of this API generation can be created with.
enum class ContentType { Pdf, Jpeg };

class ContentTypes
{
public:
    static QString name(ContentType type); // "application/pdf" | "image/jpeg"
    static std::optional<ContentType> fromName(const QString &name);
    // By magic bytes (%PDF- / FF D8 FF); nullopt for anything else.
    static std::optional<ContentType> sniff(const QByteArray &head);
};

} // namespace las
