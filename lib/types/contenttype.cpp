#include "types/contenttype.h"

using namespace Qt::StringLiterals;

namespace las {

QString ContentTypes::name(ContentType type)
{
    switch (type) {
    case ContentType::Pdf:
        return u"application/pdf"_s;
    case ContentType::Jpeg:
        return u"image/jpeg"_s;
    }
    return {};
}

std::optional<ContentType> ContentTypes::fromName(const QString &name)
{
    if (name == u"application/pdf"_s)
        return ContentType::Pdf;
    if (name == u"image/jpeg"_s)
        return ContentType::Jpeg;
    return std::nullopt;
}

std::optional<ContentType> ContentTypes::sniff(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return ContentType::Pdf;
    if (head.startsWith("\xFF\xD8\xFF"))
        return ContentType::Jpeg;
    return std::nullopt;
}

} // namespace las
