#include "output/exitcodes.h"

using namespace Qt::StringLiterals;

namespace lasctl {

int ExitCodes::forKind(las::Error::Kind kind)
{
    using K = las::Error::Kind;
    switch (kind) {
    case K::None:
        return Success;
    case K::Network:
        return Network;
    case K::Timeout:
        return Timeout;
    case K::Cancelled:
        return Cancelled;
    case K::InvalidInput:
        return InvalidInput;
    case K::InvalidResponse:
        return InvalidResponse;
    case K::Auth:
        return Auth;
    case K::Forbidden:
        return Forbidden;
    case K::NotFound:
        return NotFound;
    case K::BadRequest:
        return BadRequest;
    case K::RateLimited:
        return RateLimited;
    case K::QuotaExceeded:
        return QuotaExceeded;
    case K::Server:
        return Server;
    case K::Insecure:
        return Insecure;
    case K::KeychainUnavailable:
        return Keychain;
    }
    return Failure;
}

QList<int> ExitCodes::allCodes()
{
    QList<int> codes;
    for (int c = Success; c <= Keychain; ++c)
        codes.append(c);
    return codes;
}

QString ExitCodes::describe(int code)
{
    switch (code) {
    case Success:
        return tr("success");
    case Failure:
        return tr("failure (several files failed for different reasons)");
    case Usage:
        return tr("usage error (unknown command or option, missing or malformed argument)");
    case Credentials:
        return tr("no usable credentials (profile, credentials file or LAS_* variables)");
    case InvalidInput:
        return tr("invalid input, rejected before sending (ID, label, file type, size)");
    case Network:
        return tr("network error");
    case Timeout:
        return tr("timeout");
    case Auth:
        return tr("authentication failed (HTTP 401 or the token endpoint refused the credentials)");
    case Forbidden:
        return tr("forbidden (HTTP 403)");
    case NotFound:
        return tr("not found (HTTP 404)");
    case BadRequest:
        return tr("bad request (HTTP 400/415)");
    case RateLimited:
        return tr("rate limited (HTTP 429 \"Too Many Requests\")");
    case QuotaExceeded:
        return tr("quota exceeded (HTTP 429 \"Limit Exceeded\")");
    case Server:
        return tr("server error (HTTP 5xx)");
    case InvalidResponse:
        return tr("invalid response from the server");
    case Insecure:
        return tr("refused as insecure (plain http to a non-loopback host, cross-origin redirect)");
    case Cancelled:
        return tr("cancelled");
    case Keychain:
        return tr("keychain unavailable");
    }
    return tr("unknown exit code");
}

QString ExitCodes::helpTable()
{
    QString table;
    for (int code : allCodes())
        table += u"  %1  %2\n"_s.arg(code, 2).arg(describe(code));
    return table;
}

} // namespace lasctl
