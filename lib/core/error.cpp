#include "core/error.h"

using namespace Qt::StringLiterals;

namespace las {

Error::Error(Kind kind, QString message, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_message(std::move(message))
{}

Error Error::invalidInput(const QString &field, const QString &why)
{
    Error e(Kind::InvalidInput, why);
    e.setField(field);
    return e;
}

Error Error::invalidResponse(const QString &why)
{
    return Error(Kind::InvalidResponse, why);
}

Error Error::fromHttp(int httpStatus, const QString &serverMessage)
{
    const QString message = serverMessage.trimmed();
    auto make = [&](Kind kind, const QString &fallback) {
        return Error(kind, message.isEmpty() ? fallback : message, httpStatus);
    };
    if (httpStatus >= 200 && httpStatus < 300)
        return Error();
    switch (httpStatus) {
    case 401:
        return make(Kind::Auth, u"Unauthorized"_s);
    case 403:
        return make(Kind::Forbidden, u"Forbidden"_s);
    case 404:
        return make(Kind::NotFound, u"Not found"_s);
    case 408:
        return make(Kind::Timeout, u"Request timeout"_s);
    case 429:
        // The gateway tells a monthly quota ("Limit Exceeded") from throttling ("Too Many Requests") only by
        // its message.
        if (message.contains(u"limit exceeded"_s, Qt::CaseInsensitive))
            return make(Kind::QuotaExceeded, u"Limit Exceeded"_s);
        return make(Kind::RateLimited, u"Too Many Requests"_s);
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus < 600)
        return make(Kind::Server, u"Server error"_s);
    if (httpStatus >= 400 && httpStatus < 500)
        return make(Kind::BadRequest, u"Bad request"_s);
    return make(Kind::InvalidResponse, u"Unexpected HTTP status %1"_s.arg(httpStatus));
}

bool Error::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:     // includes 408
    case Kind::RateLimited: // 429 "Too Many Requests"
        return true;
    case Kind::Server:
        return m_httpStatus == 500 || m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"None"_s;
    case Kind::Network:
        return u"Network"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::Cancelled:
        return u"Cancelled"_s;
    case Kind::InvalidInput:
        return u"InvalidInput"_s;
    case Kind::InvalidResponse:
        return u"InvalidResponse"_s;
    case Kind::Auth:
        return u"Auth"_s;
    case Kind::Forbidden:
        return u"Forbidden"_s;
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::BadRequest:
        return u"BadRequest"_s;
    case Kind::RateLimited:
        return u"RateLimited"_s;
    case Kind::QuotaExceeded:
        return u"QuotaExceeded"_s;
    case Kind::Server:
        return u"Server"_s;
    case Kind::Insecure:
        return u"Insecure"_s;
    case Kind::KeychainUnavailable:
        return u"KeychainUnavailable"_s;
    }
    return u"Unknown"_s;
}

QString Error::toString() const
{
    QString s = kindName(m_kind);
    if (m_httpStatus > 0)
        s += u" ("_s + QString::number(m_httpStatus) + u')';
    if (!m_field.isEmpty())
        s += u" ["_s + m_field + u']';
    if (!m_message.isEmpty())
        s += u": "_s + m_message;
    if (m_retryAfter)
        s += u" (retry after %1 s)"_s.arg(*m_retryAfter);
    return s;
}

} // namespace las
