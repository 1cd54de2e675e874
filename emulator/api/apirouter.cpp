#include "api/apirouter.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>

using namespace Qt::StringLiterals;

void ApiRouter::add(const QString &operationKey, Handler handler)
{
    if (!Contract::instance().operation(operationKey))
        qFatal("las-emulator: no contract operation %s", qPrintable(operationKey));
    m_handlers.emplace(operationKey, std::move(handler));
}

QStringList ApiRouter::missingHandlers() const
{
    QStringList missing;
    for (const Contract::Operation &operation : Contract::instance().operations()) {
        if (!m_handlers.contains(operation.key()))
            missing.append(operation.key());
    }
    return missing;
}

QString ApiRouter::operationKey(const QString &method, const QString &apiPath) const
{
    const Contract::Match match = Contract::instance().match(method, apiPath);
    return match.operation ? match.operation->key() : QString();
}

HttpResponse ApiRouter::route(const HttpRequest &request, const QString &apiPath,
                              const QString &callerId) const
{
    const QString method = QString::fromLatin1(request.method);
    const Contract::Match match = Contract::instance().match(method, apiPath);
    if (!match.operation) {
        if (match.pathExists)
            return HttpResponse::error(405, u"Method %1 is not allowed on %2"_s.arg(method, apiPath));
        return HttpResponse::error(404, u"Not found: %1"_s.arg(apiPath));
    }
    const Contract::Operation &operation = *match.operation;
    const auto handler = m_handlers.constFind(operation.key());
    if (handler == m_handlers.constEnd())
        return HttpResponse::error(500, u"Operation %1 is not implemented"_s.arg(operation.key()));

    ApiCall call;
    call.operation = operation.key();
    call.params = match.pathParams;
    call.request = &request;
    call.callerId = callerId;
    if (!operation.requestSchema.isEmpty()) {
        const QByteArray contentType = request.header("content-type").toLower();
        if (!contentType.startsWith("application/json"))
            return checked(
                operation,
                HttpResponse::error(415, contentType.isEmpty()
                                             ? u"Content-Type is missing: use application/json"_s
                                             : u"Unsupported Content-Type %1: use application/json"_s.arg(
                                                   QString::fromLatin1(contentType))));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return checked(operation,
                           HttpResponse::error(400, u"Request body is not valid JSON: %1 at offset %2"_s
                                                        .arg(parseError.errorString())
                                                        .arg(parseError.offset)));
        if (!document.isObject())
            return checked(operation, HttpResponse::error(400, u"Request body must be a JSON object"_s));
        QString error;
        if (!Contract::instance().validator().validate(document.object(), operation.requestSchema, &error))
            return checked(operation, HttpResponse::error(400, u"Invalid request body: %1"_s.arg(error)));
        call.body = document.object();
    }
    return checked(operation, handler.value()(call));
}

HttpResponse ApiRouter::checked(const Contract::Operation &operation, HttpResponse response) const
{
    if (response.status == 204 || !response.contentType.startsWith("application/json"))
        return response;
    const auto schema = operation.responseSchemas.constFind(response.status);
    QString error;
    if (schema == operation.responseSchemas.constEnd()) {
        // 401/403/413/429 are gateway answers the contract does not list; they are expected.
        if (response.status == 401 || response.status == 403 || response.status == 413 ||
            response.status == 429 || response.status == 405)
            return response;
        error = u"status %1 is not in the contract"_s.arg(response.status);
    } else {
        const QJsonDocument body = QJsonDocument::fromJson(response.body);
        if (!Contract::instance().validator().validate(
                body.isObject() ? QJsonValue(body.object()) : QJsonValue(), schema.value(), &error)) {
            error = u"response %1: %2"_s.arg(response.status).arg(error);
        } else {
            return response;
        }
    }
    std::fprintf(stderr, "las-emulator: contract violation in %s: %s\n", qPrintable(operation.key()),
                 qPrintable(error));
    std::fflush(stderr);
    if (m_strict)
        return HttpResponse::error(500, u"Contract violation in %1: %2"_s.arg(operation.key(), error));
    return response;
}
