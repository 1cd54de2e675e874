#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lasctl {

// How lasctl shows an las::Error: a translated line for stderr, an object for JSON result lines.
// Neither ever contains credentials (las::Error carries none).
class ErrorFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorFormatter)
public:
    // "Document not found (NotFound, HTTP 404)"; "invalid documentId: does not match … (InvalidInput)".
    static QString toText(const las::Error &error);
    // {"kind":"NotFound","status":404,"message":"…"} (+ "field", "retryAfter" when known).
    static QJsonObject toJson(const las::Error &error);
};

} // namespace lasctl
