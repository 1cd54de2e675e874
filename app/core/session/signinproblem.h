#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

// Why signing in failed, in the user's words: one sentence saying what is wrong and what to do.
class SignInProblem
{
    Q_DECLARE_TR_FUNCTIONS(SignInProblem)
public:
    enum class Kind {
        None,
        MissingSecret, // nothing stored for the profile
        BadClientCredentials,
        BadApiKey,
        Unreachable,
        Timeout,
        TlsFailure,
        PlainHttpRefused, // http:// to a host that is not loopback
        InsecureRedirect,
        QuotaExceeded,
        RateLimited,
        NotLasApi, // 404 or an answer that is not the API's
        ServerError,
        KeychainUnavailable,
        Other,
    };

    SignInProblem() = default;
    SignInProblem(Kind kind, QString message, las::Error error = {});

    // Maps a failure of the token request (step "token") or of the first API call to what went wrong.
    // `endpoint` is the URL that was being reached (shown to the user).
    static SignInProblem fromError(const las::Error &error, const QString &endpoint);
    static SignInProblem plainHttpRefused(const QString &endpoint);
    static SignInProblem missingSecret(const QString &profileName);
    static SignInProblem keychainUnavailable(const QString &reason);

    Kind kind() const { return m_kind; }
    bool isProblem() const { return m_kind != Kind::None; }
    QString message() const { return m_message; }
    las::Error error() const { return m_error; }

private:
    Kind m_kind = Kind::None;
    QString m_message;
    las::Error m_error;
};

Q_DECLARE_METATYPE(SignInProblem)
