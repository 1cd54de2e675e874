#pragma once

#include "core/fields/groundtruthdraft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Reviewers' unsaved ground truth on disk, one JSON file per document, written atomically (QSaveFile:
// a crash or kill -9 leaves the previous draft or the new one, never half of one). A draft is removed only
// when the server confirmed the save. Files are private to the user (0600).
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
public:
    // `directory` is created when needed; default: <AppDataLocation>/drafts.
    explicit DraftStore(QString directory = {});

    QString directory() const { return m_directory; }
    // Writes `draft`; false with *error (translated) when the disk refuses.
    bool save(const GroundTruthDraft &draft, QString *error = nullptr) const;
    std::optional<GroundTruthDraft> load(const QString &documentId) const;
    bool remove(const QString &documentId) const;
    // Every readable draft, newest first (unreadable files are skipped, never deleted).
    QList<GroundTruthDraft> drafts() const;
    static QString defaultDirectory();

private:
    QString fileFor(const QString &documentId) const;

    QString m_directory;
};
