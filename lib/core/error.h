#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace las {

// An error as a value: what kind of failure, the HTTP status (0 when none), the server's {"message"}, and
// for invalid input the name of the offending field. Never thrown.
class Error
{
public:
    enum class Kind {
        None,
        Network,             // transport failure: refused, reset, DNS, TLS ...
        Timeout,             // the transfer timeout elapsed
        Cancelled,           // the caller cancelled the reply
        InvalidInput,        // rejected before sending: field() names the argument
        InvalidResponse,     // the server answered something that does not fit the contract
        Auth,                // 401 after one refresh, or the token endpoint refused the credentials
        Forbidden,           // 403 {"message": "Forbidden"}
        NotFound,            // 404
        BadRequest,          // 400/415 and other 4xx the server explains in message()
        RateLimited,         // 429 "Too Many Requests": retry later
        QuotaExceeded,       // 429 "Limit Exceeded": monthly quota, never retried
        Server,              // 5xx
        Insecure,            // refused for security: plain http to a non-loopback host, cross-origin redirect
        KeychainUnavailable, // the OS keychain is missing or locked
    };

    Error() = default;
    Error(Kind kind, QString message, int httpStatus = 0);

    static Error invalidInput(const QString &field, const QString &why);
    static Error invalidResponse(const QString &why);
    // Maps an HTTP status and the server's {"message"} to an error kind (403/429 variants told apart).
    static Error fromHttp(int httpStatus, const QString &serverMessage);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    // The server's message when it gave one, otherwise a short English description for logs.
    QString message() const { return m_message; }
    // For InvalidInput: the name of the offending field or argument ("groundTruth[2].label").
    QString field() const { return m_field; }
    // Seconds from a Retry-After header (seconds or HTTP date), when the server sent one.
    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(std::optional<int> seconds) { m_retryAfter = seconds; }
    void setField(const QString &field) { m_field = field; }

    // True for the kinds a retry can help with (network, timeout, 408/429 throttling/5xx).
    bool isTransient() const;
    static QString kindName(Kind kind);
    // "NotFound (404): Document not found" — never contains secrets.
    QString toString() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    QString m_field;
    std::optional<int> m_retryAfter;
};

} // namespace las

Q_DECLARE_METATYPE(las::Error)
