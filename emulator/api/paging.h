#pragma once

#include "api/apicall.h"
#include "store/listquery.h"
#include "store/storedobject.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// maxResults / nextToken handling shared by every list operation. The token is opaque to clients:
// base64url of {"k": last sort key, "s": last seq}; keyset pagination over the monotonic seq, so items
// added while a client pages never shift or repeat what it has seen.
class Paging
{
public:
    static constexpr int DefaultMaxResults = 100;
    static constexpr int MaxMaxResults = 1000;

    static bool apply(const ApiCall &call, ListQuery *query, QString *error);
    static QJsonValue nextToken(const QList<StoredObject> &rows, bool more, const ListQuery &query);
};
