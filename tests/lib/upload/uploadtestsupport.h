#pragma once

// Shared by the upload tests and their kill driver: small distinct PDFs on disk.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace uploadtest {

// `count` distinct PDFs of about `bytes` bytes each in `dir` (f0000.pdf …). Returns their paths.
inline QStringList writePdfs(const QString &dir, int count, int bytes = 3000)
{
    QStringList paths;
    QDir().mkpath(dir);
    for (int i = 0; i < count; ++i) {
        QByteArray data = "%PDF-1.4\n% upload test file " + QByteArray::number(i) + "\n";
        while (data.size() < bytes)
            data += QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const QString path = QDir(dir).filePath(QStringLiteral("f%1.pdf").arg(i, 4, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        paths.append(path);
    }
    return paths;
}

inline QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace uploadtest
