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
    Result result;
    QSet<QString> seen;
    auto add = [&](const QFileInfo &info) {
        const QString canonical = info.canonicalFilePath();
        const QString key = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
        if (seen.contains(key))
            return;
        seen.insert(key);
        result.files.append(info.absoluteFilePath());
        result.bytes += info.size();
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.missing.append(info.absoluteFilePath());
            add(info);
            continue;
        }
        if (!info.isDir()) {
            add(info);
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
    return result;
}
