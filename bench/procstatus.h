#pragma once

// A field of /proc/self/status in kB (VmRSS, VmHWM), or -1: the benchmarks' memory figures.

#include <QByteArray>
#include <QFile>
#include <QString>

inline qint64 procStatusKb(const char *name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
