#include "core/reply.h"

using namespace Qt::StringLiterals;

namespace las {

Reply::Reply(QObject *parent)
    : QObject(parent)
{}

Reply::~Reply()
{
    // Deleted while in flight: stop the network work, without emitting from a destructor.
    if (!m_finished && m_abort) {
        auto abort = std::move(m_abort);
        m_abort = {};
        abort();
    }
}

void Reply::cancel()
{
    if (m_finished)
        return;
    if (m_abort) {
        auto abort = std::move(m_abort);
        m_abort = {};
        abort();
    }
    finish(Error(Error::Kind::Cancelled, u"Cancelled"_s));
}

void Reply::completeWithJson(int httpStatus, const QJsonValue &json)
{
    if (m_finished)
        return;
    m_httpStatus = httpStatus;
    m_json = json;
    if (std::optional<Error> error = parse(json)) {
        Error e = *error;
        if (e.kind() == Error::Kind::None)
            e = Error::invalidResponse(u"The response does not fit the expected type"_s);
        finish(e);
        return;
    }
    finish(Error());
}

void Reply::completeWithError(const Error &error, bool possiblyDuplicated)
{
    if (m_finished)
        return;
    m_httpStatus = error.httpStatus();
    m_possiblyDuplicated = possiblyDuplicated;
    finish(error.isError() ? error : Error(Error::Kind::Network, u"Unknown failure"_s));
}

std::optional<Error> Reply::parse(const QJsonValue &)
{
    return std::nullopt;
}

void Reply::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_abort = {};
    Q_EMIT finished();
    if (m_error.isError())
        Q_EMIT failed(m_error);
    else
        Q_EMIT succeeded();
    if (m_autoDelete)
        deleteLater();
}

} // namespace las
