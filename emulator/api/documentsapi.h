#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"
#include "store/listquery.h"

// /documents: create (base64 content), list with batchId/consentId filters, get (content inline),
// ground truth PATCH, and DELETE /documents by consent or all, at most 1000 per call.
class DocumentsApi
{
public:
    explicit DocumentsApi(ApiContext context)
        : m_context(context)
    {}
    void registerRoutes(ApiRouter &router);

    static constexpr qsizetype MaxContentChars = 6250000; // later contract revisions' ceiling on content

private:
    HttpResponse create(const ApiCall &call);
    HttpResponse list(const ApiCall &call);
    HttpResponse get(const ApiCall &call);
    HttpResponse update(const ApiCall &call);
    HttpResponse removeAll(const ApiCall &call);
    bool readFilters(const ApiCall &call, ListQuery *query, QJsonObject *echo, bool withBatch,
                     QString *error);

    ApiContext m_context;
};
