#pragma once

#include "api/apicall.h"
#include "server/httpresponse.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

// Small pieces every resource handler repeats: listing one kind as a page, copying optional nullable
// name/description fields, the 404 answer.
class ResourceHelpers
{
public:
    // A page of `kind` (after optional filters in *query) as {arrayKey: [...], nextToken}.
    static HttpResponse listPage(Database *db, const ApiCall &call, ListQuery query, const QString &arrayKey,
                                 const std::function<QJsonObject(const StoredObject &)> &toJson,
                                 QJsonObject response = {});
    // Copies name/description (required-but-nullable in answers) from body into data; null when absent.
    static void copyNameAndDescription(const QJsonObject &body, QJsonObject *data, bool patch);
    static HttpResponse notFound(const QString &what, const QString &id);
    // Strips internal keys (leading underscore) from a stored object.
    static QJsonObject publicJson(const QJsonObject &data);
};
