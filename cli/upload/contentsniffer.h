#pragma once

#include "types/contenttype.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lasctl {

// Decides a file's content type from its first bytes, never its name (magic bytes as las::ContentTypes
// knows them: "%PDF-" → PDF, FF D8 FF → JPEG, the only types this API generation accepts). Anything else is
// refused with a one-line message saying what the file looks like instead.
class ContentSniffer
{
    Q_DECLARE_TR_FUNCTIONS(ContentSniffer)
public:
    static constexpr int HeaderSize = 8;

    // Opens the file and reads only its first bytes. nullopt with a one-line *error when the file is
    // missing, unreadable, a directory, empty, or neither PDF nor JPEG. Messages do not repeat the path.
    static std::optional<las::ContentType> sniffFile(const QString &path, QString *error);
    // Checks a file the user gave an explicit --content-type for: it must exist and be readable.
    static bool checkReadable(const QString &path, QString *error);
    // What the leading bytes of a refused file look like ("it looks like a PNG image").
    static QString describe(const QByteArray &head);
};

} // namespace lasctl
