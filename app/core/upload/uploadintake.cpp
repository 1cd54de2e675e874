#include "core/upload/uploadintake.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

UploadIntake::UploadIntake(QObject *parent)
    : QObject(parent)
{}

quint64 UploadIntake::collect(const QStringList &paths)
{
    const quint64 ticket = m_nextTicket++;
    ++m_pending;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, ticket] {
        Result result = watcher->result();
        result.ticket = ticket;
        watcher->deleteLater();
        --m_pending;
        Q_EMIT collected(result);
    });
    watcher->setFuture(QtConcurrent::run([paths] { return collectNow(paths); }));
    return ticket;
}

UploadIntake::Result UploadIntake::collectNow(const QStringList &paths)
{
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QFileInfo &info) {
        const QString canonical = info.canonicalFilePath();
        const QString key = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
        if (!seen.contains(key)) {
            seen.insert(key);
            files.append(info.absoluteFilePath());
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            add(info); // missing or special files are refused by the check, with the reason
            continue;
        }
        QStringList inFolder;
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            inFolder.append(it.filePath());
        }
        std::sort(inFolder.begin(), inFolder.end());
        for (const QString &file : std::as_const(inFolder))
            add(QFileInfo(file));
    }
    Result result;
    for (const QString &file : std::as_const(files)) {
        UploadFileCheck::Result checked = UploadFileCheck::check(file);
        (checked.accepted() ? result.accepted : result.rejected).append(std::move(checked));
    }
    return result;
}
