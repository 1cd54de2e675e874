#pragma once

#include "types/contenttype.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Whether one local file can become a document: a PDF or JPEG by its first bytes (never its name), not
// empty, readable, and no larger than the API accepts inline. Reads at most HeaderSize bytes; call it off the
// UI thread for many files.
class UploadFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(UploadFileCheck)
public:
    static constexpr int HeaderSize = 8;

    struct Result
    {
        QString path;                         // absolute
        qint64 size = 0;                      // bytes
        std::optional<las::ContentType> type; // set when the file can be uploaded
        QString reason;                       // why not, one sentence without the path; empty when fine

        bool accepted() const { return type.has_value(); }
    };

    static Result check(const QString &path);
    // The largest file the API takes in one request (las::InputValidator::MaxContentBytes).
    static qint64 maxBytes();
    // What the leading bytes of a refused file look like ("It looks like a PNG image.").
    static QString describe(const QByteArray &head);
};
