#include "api/documentsapi.h"

#include "api/base64decoder.h"
#include "api/ids.h"
#include "api/paging.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void DocumentsApi::registerRoutes(ApiRouter &router)
{
    router.add(u"POST /documents"_s, [this](const ApiCall &call) { return create(call); });
    router.add(u"GET /documents"_s, [this](const ApiCall &call) { return list(call); });
    router.add(u"DELETE /documents"_s, [this](const ApiCall &call) { return removeAll(call); });
    router.add(u"GET /documents/{documentId}"_s, [this](const ApiCall &call) { return get(call); });
    router.add(u"PATCH /documents/{documentId}"_s, [this](const ApiCall &call) { return update(call); });
}

HttpResponse DocumentsApi::create(const ApiCall &call)
{
    const QString content = call.body.value(u"content"_s).toString();
    if (content.size() > MaxContentChars)
        return HttpResponse::error(413,
                                   u"content is larger than %1 base64 characters"_s.arg(MaxContentChars));
    const std::optional<QByteArray> decoded = Base64Decoder::decode(content);
    if (!decoded || decoded->isEmpty())
        return HttpResponse::error(400, u"content is not valid base64"_s);
    const QString batchId = call.body.value(u"batchId"_s).toString();
    if (!batchId.isEmpty() && !m_context.db->get(u"batch"_s, batchId))
        return HttpResponse::error(400, u"batchId: batch %1 does not exist"_s.arg(batchId));
    QString error;
    const std::optional<StoredObject> document = m_context.documents->create(
        *decoded, call.body.value(u"contentType"_s).toString(), call.body.value(u"consentId"_s).toString(),
        batchId, call.body.value(u"groundTruth"_s).toArray(), &error);
    if (!document)
        return HttpResponse::error(500, error);
    return HttpResponse::json(200, m_context.documents->toJson(*document, false));
}

bool DocumentsApi::readFilters(const ApiCall &call, ListQuery *query, QJsonObject *echo, bool withBatch,
                               QString *error)
{
    const QStringList batchIds = call.query(u"batchId"_s);
    const QStringList consentIds = call.query(u"consentId"_s);
    if (!withBatch && !batchIds.isEmpty()) {
        *error = u"batchId is not a filter of this operation"_s;
        return false;
    }
    for (const QString &id : batchIds) {
        if (!Ids::isId(id, u"las:batch:"_s)) {
            *error = u"batchId %1 is not a batch ID (las:batch:<32 hex>)"_s.arg(id);
            return false;
        }
    }
    for (const QString &id : consentIds) {
        if (!Ids::isId(id, u"las:consent:"_s)) {
            *error = u"consentId %1 is not a consent ID (las:consent:<32 hex>)"_s.arg(id);
            return false;
        }
    }
    if (!batchIds.isEmpty()) {
        query->anyOf.insert(u"batch_id"_s, batchIds);
        echo->insert(u"batchId"_s, QJsonArray::fromStringList(batchIds));
    }
    if (!consentIds.isEmpty()) {
        query->anyOf.insert(u"consent_id"_s, consentIds);
        echo->insert(u"consentId"_s, QJsonArray::fromStringList(consentIds));
    }
    return true;
}

HttpResponse DocumentsApi::list(const ApiCall &call)
{
    ListQuery query;
    query.kind = u"document"_s;
    QJsonObject response;
    QString error;
    if (!Paging::apply(call, &query, &error) || !readFilters(call, &query, &response, true, &error))
        return HttpResponse::error(400, error);
    bool more = false;
    const QList<StoredObject> rows = m_context.db->list(query, &more);
    QJsonArray documents;
    for (const StoredObject &row : rows)
        documents.append(m_context.documents->toJson(row, false));
    response.insert(u"documents"_s, documents);
    response.insert(u"nextToken"_s, Paging::nextToken(rows, more, query));
    return HttpResponse::json(200, response);
}

HttpResponse DocumentsApi::get(const ApiCall &call)
{
    const QString id = call.param(u"documentId"_s);
    const std::optional<StoredObject> document = m_context.documents->get(id);
    if (!document)
        return HttpResponse::error(404, u"Document %1 not found"_s.arg(id));
    return HttpResponse::json(200, m_context.documents->toJson(*document, true));
}

HttpResponse DocumentsApi::update(const ApiCall &call)
{
    const QString id = call.param(u"documentId"_s);
    if (!m_context.documents->get(id))
        return HttpResponse::error(404, u"Document %1 not found"_s.arg(id));
    QString error;
    if (!m_context.documents->setGroundTruth(id, call.body.value(u"groundTruth"_s).toArray(), &error))
        return HttpResponse::error(500, error);
    return HttpResponse::json(200, m_context.documents->toJson(*m_context.documents->get(id), false));
}

HttpResponse DocumentsApi::removeAll(const ApiCall &call)
{
    ListQuery query;
    query.kind = u"document"_s;
    QJsonObject response;
    QString error;
    if (!Paging::apply(call, &query, &error) || !readFilters(call, &query, &response, false, &error))
        return HttpResponse::error(400, error);
    if (call.query(u"maxResults"_s).isEmpty())
        query.limit = Paging::MaxMaxResults; // like the hosted API: at most 1000 per call
    bool more = false;
    const QList<StoredObject> rows = m_context.db->list(query, &more);
    QJsonArray documents;
    m_context.db->transaction();
    for (const StoredObject &row : rows) {
        documents.append(m_context.documents->toJson(row, false));
        m_context.documents->remove(row.id);
    }
    m_context.db->commit();
    response.insert(u"documents"_s, documents);
    response.insert(u"nextToken"_s, Paging::nextToken(rows, more, query));
    return HttpResponse::json(200, response);
}
