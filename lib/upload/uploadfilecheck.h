#pragma once

#include "types/contenttype.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace las {

// What the engine learns about a file before it may be sent. Pure file I/O: safe on any thread (the engine
// runs it on its own thread pool, never on the calling thread).
class UploadFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(UploadFileCheck)
public:
    // The API's inline limit: content travels base64 in JSON, at most 6,250,000 base64 characters, i.e.
    // 4,687,500 bytes of file (about 4.5 MB; api-notes "Content and sizes"). Larger files are Rejected.
    static constexpr qint64 MaxFileBytes = 4'687'500;

    struct Result
    {
        std::optional<ContentType> contentType; // set when the file may be uploaded
        qint64 size = -1;
        QString sha256; // lower-case hex of the whole file (set when accepted)
        QString error;  // one line, translated, without the path: why it is rejected
        bool ok() const { return contentType.has_value(); }
    };

    // Checks the file by its bytes (not its name): "%PDF-" → PDF, FF D8 FF → JPEG; refuses a missing,
    // unreadable or empty file, a directory, anything else, and files over MaxFileBytes (saying the limit).
    // With `forced`, the type is not sniffed (the other checks still apply). Hashes the accepted file with
    // SHA-256 in 256 KiB reads (bounded memory).
    static Result check(const QString &path, std::optional<ContentType> forced = std::nullopt);
};

} // namespace las
