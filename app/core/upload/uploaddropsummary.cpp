#include "core/upload/uploaddropsummary.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString UploadDropSummary::text() const
{
    const QLocale locale;
    QString text = tr("Upload finished: %1 uploaded, %2 skipped, %3 failed.")
                       .arg(locale.toString(uploaded), locale.toString(skipped), locale.toString(failed));
    if (cancelled > 0)
        text += u' ' + tr("Cancelled: %1.").arg(locale.toString(cancelled));
    if (possibleDuplicates > 0)
        text += u' ' + tr("Possible duplicates on the server: %1.").arg(locale.toString(possibleDuplicates));
    return text;
}

QString UploadDropSummary::details() const
{
    QStringList lines;
    if (!failedLines.isEmpty()) {
        lines.append(tr("Failed:"));
        for (const Line &line : failedLines)
            lines.append(tr("%1: %2").arg(line.fileName, line.reason));
    }
    if (!skippedLines.isEmpty()) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(tr("Skipped:"));
        for (const Line &line : skippedLines)
            lines.append(tr("%1: %2").arg(line.fileName, line.reason));
    }
    return lines.join(u'\n');
}
