#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace las {

// A JSON body streamed from a file: jsonPrefix + base64(file bytes) + jsonSuffix, never held whole in memory.
// Example: prefix `{"contentType":"application/pdf","content":"`, suffix `"}`.
struct StreamedUpload
{
    QByteArray jsonPrefix;
    QString filePath;
    QByteArray jsonSuffix;
};

// What a Client method hands to the Transport: declarative, no networking in it.
struct ApiRequest
{
    enum class Method { Get, Post, Patch, Delete };
    // How safe it is to send again after a failure whose outcome is unknown (reliability.md, Retries).
    enum class Safety {
        Idempotent,      // GET, DELETE, PATCH of ground truth/settings: retried on transient errors
        CreatesResource, // POST that creates: retried only when it provably never reached the server
    };

    Method method = Method::Get;
    QString path;                             // relative to the API base: "/documents/las:document:ab…"
    QList<std::pair<QString, QString>> query; // repeated keys allowed: {{"batchId","a"},{"batchId","b"}}
    QByteArray jsonBody;                      // POST/PATCH body (ignored when upload is set)
    std::optional<StreamedUpload> upload;     // streamed body for document/asset content from a file
    Safety safety = Safety::Idempotent;
    int timeoutMs = 0;            // 0: the transport's default (scaled by body size for uploads)
    bool expectNoContent = false; // 204 answers (heartbeats): succeed with a null JSON value

    static ApiRequest get(const QString &path) { return {Method::Get, path, {}, {}, {}, Safety::Idempotent}; }
    static ApiRequest del(const QString &path)
    {
        return {Method::Delete, path, {}, {}, {}, Safety::Idempotent};
    }
    static ApiRequest patch(const QString &path, const QByteArray &body)
    {
        return {Method::Patch, path, {}, body, {}, Safety::Idempotent};
    }
    static ApiRequest post(const QString &path, const QByteArray &body)
    {
        return {Method::Post, path, {}, body, {}, Safety::CreatesResource};
    }
};

} // namespace las
