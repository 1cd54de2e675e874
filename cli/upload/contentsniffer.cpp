#include "upload/contentsniffer.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lasctl {

QString ContentSniffer::describe(const QByteArray &head)
{
    if (head.startsWith("\x89PNG"))
        return tr("it looks like a PNG image");
    if (head.startsWith("II*") || head.startsWith(QByteArrayView("MM\0*", 4)))
        return tr("it looks like a TIFF image");
    if (head.startsWith("GIF8"))
        return tr("it looks like a GIF image");
    if (head.startsWith("PK\x03\x04"))
        return tr("it looks like a ZIP archive or an Office document");
    return tr("it starts with the bytes %1").arg(QString::fromLatin1(head.left(4).toHex(' ')));
}

static bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool ContentSniffer::checkReadable(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, tr("no such file"));
    if (info.isDir())
        return fail(error, tr("is a directory, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("cannot be read (%1)").arg(file.errorString()));
    if (file.size() == 0)
        return fail(error, tr("the file is empty"));
    return true;
}

std::optional<las::ContentType> ContentSniffer::sniffFile(const QString &path, QString *error)
{
    if (!checkReadable(path, error))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("cannot be read (%1)").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray head = file.read(HeaderSize);
    if (auto type = las::ContentTypes::sniff(head))
        return type;
    fail(error, tr("not a PDF or JPEG file (%1); only application/pdf and image/jpeg can be uploaded")
                    .arg(describe(head)));
    return std::nullopt;
}

} // namespace lasctl
