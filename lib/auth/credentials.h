#pragma once

#include <QString>

namespace las {

// Everything needed to reach the API. Secrets are held in memory only as long as the caller keeps this.
struct Credentials
{
    QString clientId;
    QString clientSecret;
    QString apiKey;       // sent as x-api-key only when non-empty
    QString authEndpoint; // bare host ("auth.lucidtech.ai" → https) or a full URL ("http://127.0.0.1:5000")
    QString apiEndpoint;  // full base URL including the version: "https://api.lucidtech.ai/v1"
    QString tokenPath = QStringLiteral("/oauth2/token");

    bool isComplete() const
    {
        return !clientId.isEmpty() && !clientSecret.isEmpty() && !authEndpoint.isEmpty() &&
               !apiEndpoint.isEmpty();
    }
};

} // namespace las
