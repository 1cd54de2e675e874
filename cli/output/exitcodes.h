#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lasctl {

// The process exit codes of lasctl: one per error kind, so scripts can tell "not found" from "throttled"
// without parsing messages. The numbers are part of the CLI's interface: never renumber, only add.
class ExitCodes
{
    Q_DECLARE_TR_FUNCTIONS(ExitCodes)
public:
    enum Code {
        Success = 0,
        Failure = 1,      // several files failed for different reasons, or an unexpected failure
        Usage = 2,        // bad command line: unknown verb/option, missing argument, malformed JSON argument
        Credentials = 3,  // no usable credentials (profile missing, file incomplete)
        InvalidInput = 4, // rejected before sending: bad ID, label, file type, size ...
        Network = 5,
        Timeout = 6,
        Auth = 7,             // 401 after one refresh, or the token endpoint refused the credentials
        Forbidden = 8,        // 403
        NotFound = 9,         // 404
        BadRequest = 10,      // 400/415
        RateLimited = 11,     // 429 "Too Many Requests"
        QuotaExceeded = 12,   // 429 "Limit Exceeded"
        Server = 13,          // 5xx
        InvalidResponse = 14, // the server answered something outside the contract
        Insecure = 15,        // refused: plain http to a non-loopback host, cross-origin redirect
        Cancelled = 16,       // interrupted (SIGINT/SIGTERM)
        Keychain = 17,        // the OS keychain is unavailable (not used by lasctl itself)
    };

    static int forKind(las::Error::Kind kind);
    static int forError(const las::Error &error) { return forKind(error.kind()); }
    // One line per code ("  9  not found (HTTP 404)") for --help and the README.
    static QString helpTable();
    static QList<int> allCodes();
    static QString describe(int code);
};

} // namespace lasctl
