#pragma once

#include "server/httprequest.h"
#include "server/httpresponse.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// The OAuth2 client-credentials endpoint: checks Basic auth, issues random bearer tokens with a lifetime,
// validates them, and forgets them all on demand (tokens/expire). Tokens live in memory only: after a
// restart clients get 401 and fetch a new one, as with an expired token.
class TokenIssuer
{
public:
    TokenIssuer(QString clientId, QString clientSecret, int lifetimeSeconds);

    HttpResponse handleTokenRequest(const HttpRequest &request);
    bool isValid(const QByteArray &token) const;
    void expireAll() { m_tokens.clear(); }
    void setLifetimeSeconds(int seconds) { m_lifetimeSeconds = seconds; }
    int lifetimeSeconds() const { return m_lifetimeSeconds; }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }

private:
    QString m_clientId;
    QString m_clientSecret;
    int m_lifetimeSeconds;
    QHash<QByteArray, qint64> m_tokens; // token → expiry (ms since epoch)
};
