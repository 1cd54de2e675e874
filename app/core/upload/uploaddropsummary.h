#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What became of one drop, told once when its last file is finished: counts and, for every file that was
// not uploaded or may be duplicated, the reason.
struct UploadDropSummary
{
    Q_DECLARE_TR_FUNCTIONS(UploadDropSummary)
public:
    struct Line
    {
        QString fileName;
        QString path;
        QString reason;
    };

    qint64 dropId = 0;
    int uploaded = 0;
    int skipped = 0; // already uploaded or queued, or refused (not PDF/JPEG, empty, too large, unreadable)
    int failed = 0;
    int cancelled = 0;
    int possibleDuplicates = 0;
    QList<Line> skippedLines;
    QList<Line> failedLines;

    // One calm sentence: "Upload finished: 120 uploaded, 3 skipped, 1 failed."
    QString text() const;
    // Every reason, one line per file, for the details view.
    QString details() const;
};
