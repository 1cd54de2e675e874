#include "core/fields/draftstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxDraftFileBytes = 4 * 1024 * 1024;
}

DraftStore::DraftStore(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{}

QString DraftStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"drafts"_s);
}

QString DraftStore::fileFor(const QString &documentId) const
{
    // IDs come from the server: hash them rather than trust them in a file name.
    const QByteArray hash = QCryptographicHash::hash(documentId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(hash.left(40)) + u".json"_s);
}

bool DraftStore::save(const GroundTruthDraft &draft, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("The folder for drafts (%1) cannot be created.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(fileFor(draft.documentId));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("The draft cannot be written: %1").arg(file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = tr("The draft cannot be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}

std::optional<GroundTruthDraft> DraftStore::load(const QString &documentId) const
{
    QFile file(fileFor(documentId));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxDraftFileBytes)
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    auto draft = GroundTruthDraft::fromJson(json.object());
    if (!draft || draft->documentId != documentId)
        return std::nullopt;
    return draft;
}

bool DraftStore::remove(const QString &documentId) const
{
    const QString path = fileFor(documentId);
    return !QFile::exists(path) || QFile::remove(path);
}

QList<GroundTruthDraft> DraftStore::drafts() const
{
    QList<GroundTruthDraft> all;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({u"*.json"_s}, QDir::Files)) {
        if (info.size() > MaxDraftFileBytes)
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto draft = GroundTruthDraft::fromJson(QJsonDocument::fromJson(file.readAll()).object()))
            all.append(*draft);
    }
    std::sort(all.begin(), all.end(),
              [](const GroundTruthDraft &a, const GroundTruthDraft &b) { return a.modified > b.modified; });
    return all;
}
