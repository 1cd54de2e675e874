#include "upload/uploadfilecheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace las {

namespace {

constexpr qint64 kUploadCheckHeadBytes = 8;
constexpr qint64 kUploadCheckHashChunk = 256 * 1024;

QString describeUploadHead(const QByteArray &head)
{
    if (head.startsWith("\x89PNG"))
        return UploadFileCheck::tr("it looks like a PNG image");
    if (head.startsWith("II*") || head.startsWith(QByteArrayView("MM\0*", 4)))
        return UploadFileCheck::tr("it looks like a TIFF image");
    if (head.startsWith("GIF8"))
        return UploadFileCheck::tr("it looks like a GIF image");
    if (head.startsWith("PK\x03\x04"))
        return UploadFileCheck::tr("it looks like a ZIP archive or an Office document");
    return UploadFileCheck::tr("it starts with the bytes %1")
        .arg(QString::fromLatin1(head.left(4).toHex(' ')));
}

UploadFileCheck::Result rejectUpload(UploadFileCheck::Result result, const QString &why)
{
    result.contentType.reset();
    result.error = why;
    return result;
}

} // namespace

UploadFileCheck::Result UploadFileCheck::check(const QString &path, std::optional<ContentType> forced)
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists())
        return rejectUpload(result, tr("no such file"));
    if (info.isDir())
        return rejectUpload(result, tr("is a directory, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rejectUpload(result, tr("cannot be read (%1)").arg(file.errorString()));
    result.size = file.size();
    if (result.size == 0)
        return rejectUpload(result, tr("the file is empty"));
    const QByteArray head = file.read(kUploadCheckHeadBytes);
    std::optional<ContentType> type = forced ? forced : ContentTypes::sniff(head);
    if (!type) {
        return rejectUpload(
            result, tr("not a PDF or JPEG file (%1); only application/pdf and image/jpeg can be uploaded")
                        .arg(describeUploadHead(head)));
    }
    if (result.size > MaxFileBytes) {
        const QLocale c = QLocale::c();
        return rejectUpload(result,
                            tr("the file has %1 bytes; the API accepts at most %2 bytes (about 4.5 MB) "
                               "per document")
                                .arg(c.toString(result.size), c.toString(MaxFileBytes)));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.seek(0))
        return rejectUpload(result, tr("cannot be read (%1)").arg(file.errorString()));
    qint64 read = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kUploadCheckHashChunk);
        if (chunk.isEmpty())
            return rejectUpload(result, tr("cannot be read (%1)").arg(file.errorString()));
        hash.addData(chunk);
        read += chunk.size();
    }
    if (read != result.size)
        return rejectUpload(result, tr("the file changed while it was read"));
    result.sha256 = QString::fromLatin1(hash.result().toHex());
    result.contentType = type;
    return result;
}

} // namespace las
