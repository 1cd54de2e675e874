#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Documents: metadata rows in the Database, bytes as files in <dataDir>/documents/<hex>.bin (written
// atomically before the row, removed after it).
class DocumentStore
{
public:
    DocumentStore(Database *db, const QString &dataDir);

    std::optional<StoredObject> create(const QByteArray &content, const QString &contentType,
                                       const QString &consentId, const QString &batchId,
                                       const QJsonArray &groundTruth, QString *error);
    std::optional<StoredObject> get(const QString &documentId) const;
    std::optional<QByteArray> content(const QString &documentId) const;
    bool setGroundTruth(const QString &documentId, const QJsonArray &groundTruth, QString *error);
    bool attachPrediction(const QString &documentId, const QJsonArray &predictions, double inferenceTime);
    bool remove(const QString &documentId);

    // The API object; with content base64-encoded inline when withContent is set.
    QJsonObject toJson(const StoredObject &document, bool withContent) const;

    static qint64 nextUpdated(const QJsonObject &data);

private:
    QString filePath(const QString &documentId) const;

    Database *m_db;
    QString m_dir;
};
