#include "core/session/signinproblem.h"

using namespace Qt::StringLiterals;

SignInProblem::SignInProblem(Kind kind, QString message, las::Error error)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_error(std::move(error))
{}

SignInProblem SignInProblem::plainHttpRefused(const QString &endpoint)
{
    return {
        Kind::PlainHttpRefused,
        tr("Refused to send credentials to %1 over plain http: only this computer (loopback) may be reached "
           "without encryption. Use an https:// address.")
            .arg(endpoint),
        las::Error(las::Error::Kind::Insecure, u"plain http to a non-loopback host"_s)};
}

SignInProblem SignInProblem::missingSecret(const QString &profileName)
{
    return {Kind::MissingSecret,
            tr("No client secret is stored for the profile \"%1\". Edit the profile and enter it.")
                .arg(profileName)};
}

SignInProblem SignInProblem::keychainUnavailable(const QString &reason)
{
    return {
        Kind::KeychainUnavailable,
        tr("The system keychain is not available (%1), so the profile's secrets cannot be read.").arg(reason),
        las::Error(las::Error::Kind::KeychainUnavailable, reason)};
}

SignInProblem SignInProblem::fromError(const las::Error &error, const QString &endpoint)
{
    using K = las::Error::Kind;
    switch (error.kind()) {
    case K::None:
        return {};
    case K::Auth:
        return {
            Kind::BadClientCredentials,
            tr("The client ID or client secret was refused by %1. Check them in the profile.").arg(endpoint),
            error};
    case K::Forbidden:
        return {Kind::BadApiKey,
                tr("The API key was refused by %1. Check the API key in the profile.").arg(endpoint), error};
    case K::Network:
        return {Kind::Unreachable,
                tr("%1 cannot be reached (%2). Check the address and your network connection.")
                    .arg(endpoint, error.message()),
                error};
    case K::Timeout:
        return {Kind::Timeout,
                tr("%1 did not answer in time. Check your network connection, then try again.").arg(endpoint),
                error};
    case K::Insecure:
        if (error.message().contains(u"TLS"_s, Qt::CaseInsensitive) ||
            error.message().contains(u"SSL"_s, Qt::CaseInsensitive))
            return {Kind::TlsFailure,
                    tr("A secure connection to %1 could not be made: its certificate was not accepted (%2).")
                        .arg(endpoint, error.message()),
                    error};
        if (error.message().contains(u"http"_s, Qt::CaseInsensitive) &&
            !error.message().contains(u"redirect"_s, Qt::CaseInsensitive))
            return plainHttpRefused(endpoint);
        return {Kind::InsecureRedirect,
                tr("%1 redirected to another server; the credentials were not sent there.").arg(endpoint),
                error};
    case K::QuotaExceeded:
        return {Kind::QuotaExceeded,
                tr("The account's monthly quota is used up (%1). Contact your LAS administrator.")
                    .arg(error.message()),
                error};
    case K::RateLimited:
        return {Kind::RateLimited,
                tr("%1 is receiving too many requests. Try again in a minute.").arg(endpoint), error};
    case K::NotFound:
    case K::InvalidResponse:
        return {Kind::NotLasApi,
                tr("%1 does not answer like the LAS API. Check the API endpoint: it ends with the version, "
                   "like https://api.lucidtech.ai/v1.")
                    .arg(endpoint),
                error};
    case K::Server:
        return {Kind::ServerError,
                tr("%1 had an internal error (%2). Try again later.").arg(endpoint, error.message()), error};
    case K::KeychainUnavailable:
        return keychainUnavailable(error.message());
    case K::Cancelled:
    case K::InvalidInput:
    case K::BadRequest:
        break;
    }
    return {Kind::Other, tr("Signing in to %1 failed: %2").arg(endpoint, error.message()), error};
}
