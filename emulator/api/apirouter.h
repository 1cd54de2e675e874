#pragma once

#include "api/apicall.h"
#include "api/contract.h"
#include "server/httprequest.h"
#include "server/httpresponse.h"

#include <QHash>
#include <QString>

#include <functional>

// Routes API requests to the resource handlers by the contract's operations, after the checks every
// operation shares: known path and method (404/405), JSON Content-Type (415), a parseable JSON object body
// valid against the operation's request schema (400 naming the problem). Every answer is checked against the
// contract's response schema; a mismatch is logged to stderr and, in strict mode, turned into a 500.
class ApiRouter
{
public:
    using Handler = std::function<HttpResponse(const ApiCall &)>;

    void add(const QString &operationKey, Handler handler);
    HttpResponse route(const HttpRequest &request, const QString &apiPath, const QString &callerId) const;
    QString operationKey(const QString &method, const QString &apiPath) const;
    void setStrictResponses(bool strict) { m_strict = strict; }
    QStringList missingHandlers() const;

private:
    HttpResponse checked(const Contract::Operation &operation, HttpResponse response) const;

    QHash<QString, Handler> m_handlers;
    bool m_strict = false;
};
