#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace las {

// A bearer token with its absolute expiry (UTC). The 60 s skew is applied once, by isFresh(), at check time.
class AccessToken
{
public:
    static constexpr int kSkewSeconds = 60;

    AccessToken() = default;
    AccessToken(QString token, QDateTime expiresAt, QDateTime issuedAt = {});

    const QString &token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QDateTime issuedAt() const { return m_issuedAt; }
    bool isNull() const { return m_token.isEmpty(); }

    // Usable at `now`: now < expiresAt - skew. The skew is 60 s, but never more than half the token's
    // lifetime (when known) so that a short-lived token (an emulator issuing 30 s tokens) is still used at
    // all.
    bool isFresh(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    int skewSeconds() const;

    // The token endpoint's answer {"access_token": "...", "expires_in": 3600, "token_type": "Bearer"}.
    static std::optional<AccessToken> fromTokenResponse(const QJsonValue &json, const QDateTime &now,
                                                        QString *error = nullptr);
    // Compact JSON for a token store: {"token": "...", "expiresAt": ms, "issuedAt": ms}.
    QByteArray toStoreData() const;
    static std::optional<AccessToken> fromStoreData(const QByteArray &data);

private:
    QString m_token;
    QDateTime m_expiresAt;
    QDateTime m_issuedAt;
};

} // namespace las
