#include "store/documentstore.h"

#include "api/ids.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

DocumentStore::DocumentStore(Database *db, const QString &dataDir)
    : m_db(db)
    , m_dir(dataDir + u"/documents"_s)
{
    QDir().mkpath(m_dir);
}

QString DocumentStore::filePath(const QString &documentId) const
{
    return m_dir + u'/' + documentId.section(u':', -1) + u".bin"_s;
}

qint64 DocumentStore::nextUpdated(const QJsonObject &data)
{
    // Milliseconds since the epoch, strictly increasing per document so a client always sees a change.
    const qint64 previous = qint64(data.value(u"updated"_s).toDouble());
    return qMax(Ids::epochMs(), previous + 1);
}

std::optional<StoredObject> DocumentStore::create(const QByteArray &content, const QString &contentType,
                                                  const QString &consentId, const QString &batchId,
                                                  const QJsonArray &groundTruth, QString *error)
{
    StoredObject object;
    object.kind = u"document"_s;
    object.id = Ids::newId(u"las:document:"_s);
    object.batchId = batchId;
    object.consentId = consentId;
    QJsonObject data{{u"documentId"_s, object.id}, {u"contentType"_s, contentType}};
    if (!consentId.isEmpty())
        data.insert(u"consentId"_s, consentId);
    if (!batchId.isEmpty())
        data.insert(u"batchId"_s, batchId);
    if (!groundTruth.isEmpty())
        data.insert(u"groundTruth"_s, groundTruth);
    data.insert(u"updated"_s, double(nextUpdated({})));
    object.data = data;

    QSaveFile file(filePath(object.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = u"Could not store the document bytes: %1"_s.arg(file.errorString());
        return std::nullopt;
    }
    if (!m_db->insert(object)) {
        QFile::remove(filePath(object.id));
        *error = u"Could not store the document: %1"_s.arg(m_db->lastError());
        return std::nullopt;
    }
    return object;
}

std::optional<StoredObject> DocumentStore::get(const QString &documentId) const
{
    return m_db->get(u"document"_s, documentId);
}

std::optional<QByteArray> DocumentStore::content(const QString &documentId) const
{
    QFile file(filePath(documentId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

bool DocumentStore::setGroundTruth(const QString &documentId, const QJsonArray &groundTruth, QString *error)
{
    std::optional<StoredObject> document = get(documentId);
    if (!document) {
        *error = u"Document %1 not found"_s.arg(documentId);
        return false;
    }
    document->data.insert(u"groundTruth"_s, groundTruth);
    document->data.insert(u"updated"_s, double(nextUpdated(document->data)));
    if (!m_db->update(*document)) {
        *error = m_db->lastError();
        return false;
    }
    return true;
}

bool DocumentStore::attachPrediction(const QString &documentId, const QJsonArray &predictions,
                                     double inferenceTime)
{
    std::optional<StoredObject> document = get(documentId);
    if (!document)
        return false;
    document->data.insert(u"predictions"_s, predictions);
    document->data.insert(u"inferenceTime"_s, inferenceTime);
    document->data.insert(u"updated"_s, double(nextUpdated(document->data)));
    return m_db->update(*document);
}

bool DocumentStore::remove(const QString &documentId)
{
    if (!m_db->remove(u"document"_s, documentId))
        return false;
    QFile::remove(filePath(documentId));
    return true;
}

QJsonObject DocumentStore::toJson(const StoredObject &document, bool withContent) const
{
    QJsonObject json = document.data;
    if (withContent) {
        const std::optional<QByteArray> bytes = content(document.id);
        if (bytes && !bytes->isEmpty())
            json.insert(u"content"_s, QString::fromLatin1(bytes->toBase64()));
    }
    return json;
}
