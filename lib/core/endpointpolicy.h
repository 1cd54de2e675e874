#pragma once

#include "auth/credentials.h"
#include "core/error.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace las {

// reliability.md, Security: which URLs the library may send credentials to, and how endpoints are spelled.
class EndpointPolicy
{
public:
    // Loopback IP literals (127.0.0.0/8, ::1, IPv4-mapped ::ffff:127.x, bracketed or not) and exactly
    // "localhost" (any case, optional trailing dot). Not "*.localhost": a resolver may send it to DNS.
    static bool isLoopbackHost(const QString &host);
    // https anywhere; http only to loopback hosts; nothing else. Error::Insecure (or InvalidInput for a URL
    // that does not parse) when refused.
    static std::optional<Error> check(const QUrl &url);
    // The auth endpoint as configured ("auth.lucidtech.ai" → https://auth.lucidtech.ai, a full URL as is)
    // joined with the token path, plus ?grant_type=client_credentials.
    static QUrl tokenUrl(const Credentials &credentials);
    // The API base URL joined with a request path and query (repeated keys kept, form encoding).
    static QUrl apiUrl(const QString &apiEndpoint, const QString &path,
                       const QList<std::pair<QString, QString>> &query = {});
    // scheme://host:port, for same-origin comparisons.
    static QString origin(const QUrl &url);
};

} // namespace las
