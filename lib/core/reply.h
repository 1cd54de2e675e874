#pragma once

#include "core/error.h"

#include <QJsonValue>
#include <QObject>

#include <functional>
#include <optional>

namespace las {

// One API call in flight. Emits finished() exactly once, then exactly one of succeeded() / failed().
// Deletes itself (deleteLater) after those signals unless setAutoDelete(false) was called.
// Created by Client; filled in by Transport.
class Reply : public QObject
{
    Q_OBJECT
public:
    explicit Reply(QObject *parent = nullptr);
    ~Reply() override;

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    const Error &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    // The raw JSON the server answered (null for 204 and before completion).
    const QJsonValue &json() const { return m_json; }
    // True when a create request failed ambiguously (it may have reached the server): the caller should
    // check before sending it again. Set together with failed().
    bool possiblyDuplicated() const { return m_possiblyDuplicated; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // The transfer timeout of this call, per attempt, in ms (0: the transport's default, 30 s, longer for
    // uploads). Honoured when set right after the call returns: no attempt is sent before control goes back
    // to the event loop. An attempt that gets no byte for this long fails with Error::Kind::Timeout (and is
    // retried when the policy allows). Set later, it applies from the next attempt.
    void setTimeout(int ms) { m_timeoutMs = qMax(0, ms); }
    int timeout() const { return m_timeoutMs; }

    // Aborts the request; emits finished() + failed(Cancelled) unless already finished.
    void cancel();

    // --- used by Transport (not by callers) ---
    // Completes with the server's JSON: runs parse() and emits succeeded() or failed(InvalidResponse).
    void completeWithJson(int httpStatus, const QJsonValue &json);
    void completeWithError(const Error &error, bool possiblyDuplicated = false);
    void reportProgress(qint64 bytesSent, qint64 bytesTotal) { Q_EMIT uploadProgress(bytesSent, bytesTotal); }
    void reportDownloadProgress(qint64 received, qint64 total) { Q_EMIT downloadProgress(received, total); }
    void reportRetry(int attempt, int delayMs, const Error &reason)
    {
        Q_EMIT retryScheduled(attempt, delayMs, reason);
    }
    // The transport installs the abort action of the request currently running for this reply.
    void setAbortHandler(std::function<void()> handler) { m_abort = std::move(handler); }

Q_SIGNALS:
    void finished();
    void succeeded();
    void failed(const las::Error &error);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void downloadProgress(qint64 bytesReceived, qint64 bytesTotal);
    // A transient failure happened; the call is sent again after delayMs (attempt counts from 2).
    void retryScheduled(int attempt, int delayMs, const las::Error &reason);

protected:
    // Maps the JSON into the typed result. Returns an error (InvalidResponse) when it does not fit.
    virtual std::optional<Error> parse(const QJsonValue &json);

private:
    void finish(const Error &error);

    QJsonValue m_json;
    Error m_error;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_possiblyDuplicated = false;
    int m_timeoutMs = 0;
    std::function<void()> m_abort;
};

// A reply whose result is a value type T with `static std::optional<T> T::fromJson(const QJsonValue &,
// QString *error)`.
template<typename T>
class ResultReply : public Reply
{
public:
    using Reply::Reply;
    // Valid after succeeded().
    const T &result() const { return m_result; }

protected:
    std::optional<Error> parse(const QJsonValue &json) override
    {
        QString why;
        std::optional<T> parsed = T::fromJson(json, &why);
        if (!parsed)
            return Error::invalidResponse(why);
        m_result = std::move(*parsed);
        return std::nullopt;
    }

private:
    T m_result{};
};

} // namespace las
