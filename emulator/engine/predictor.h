#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class Database;
class DocumentStore;

// Runs the demo InvoiceModel on a stored document, stores the prediction and attaches its fields to the
// document (the document's `predictions`). Shared by POST /predictions and the predict built-in.
class Predictor
{
public:
    Predictor(Database *db, DocumentStore *documents)
        : m_db(db)
        , m_documents(documents)
    {}

    // On failure returns nullopt with *status 404 (unknown document/model) or 500 and *error.
    std::optional<QJsonObject> predict(const QString &documentId, const QString &modelId, int maxPages,
                                       bool autoRotate, QString *error, int *status = nullptr);

private:
    Database *m_db;
    DocumentStore *m_documents;
};
