#include "api/resourcehelpers.h"

#include "api/paging.h"

using namespace Qt::StringLiterals;

HttpResponse ResourceHelpers::listPage(Database *db, const ApiCall &call, ListQuery query,
                                       const QString &arrayKey,
                                       const std::function<QJsonObject(const StoredObject &)> &toJson,
                                       QJsonObject response)
{
    QString error;
    if (!Paging::apply(call, &query, &error))
        return HttpResponse::error(400, error);
    bool more = false;
    const QList<StoredObject> rows = db->list(query, &more);
    QJsonArray items;
    for (const StoredObject &row : rows)
        items.append(toJson ? toJson(row) : publicJson(row.data));
    response.insert(arrayKey, items);
    response.insert(u"nextToken"_s, Paging::nextToken(rows, more, query));
    return HttpResponse::json(200, response);
}

void ResourceHelpers::copyNameAndDescription(const QJsonObject &body, QJsonObject *data, bool patch)
{
    for (const QString &key : {u"name"_s, u"description"_s}) {
        if (body.contains(key))
            data->insert(key, body.value(key));
        else if (!patch)
            data->insert(key, QJsonValue::Null);
    }
}

HttpResponse ResourceHelpers::notFound(const QString &what, const QString &id)
{
    return HttpResponse::error(404, u"%1 %2 not found"_s.arg(what, id));
}

QJsonObject ResourceHelpers::publicJson(const QJsonObject &data)
{
    QJsonObject out;
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            out.insert(it.key(), it.value());
    }
    return out;
}
