#include "core/upload/uploadfilecheck.h"

#include "api/inputvalidator.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

qint64 UploadFileCheck::maxBytes()
{
    return las::InputValidator::MaxContentBytes;
}

QString UploadFileCheck::describe(const QByteArray &head)
{
    if (head.startsWith("\x89PNG"))
        return tr("It looks like a PNG image.");
    if (head.startsWith("II*") || head.startsWith(QByteArrayView("MM\0*", 4)))
        return tr("It looks like a TIFF image.");
    if (head.startsWith("GIF8"))
        return tr("It looks like a GIF image.");
    if (head.startsWith("PK\x03\x04"))
        return tr("It looks like a ZIP archive or an Office document.");
    return tr("It starts with the bytes %1.").arg(QString::fromLatin1(head.left(4).toHex(' ')));
}

UploadFileCheck::Result UploadFileCheck::check(const QString &path)
{
    Result result;
    const QFileInfo info(path);
    result.path = info.absoluteFilePath();
    if (!info.exists()) {
        result.reason = tr("The file no longer exists.");
        return result;
    }
    if (!info.isFile()) {
        result.reason = tr("Not a regular file.");
        return result;
    }
    result.size = info.size();
    QFile file(result.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.reason = tr("The file cannot be read: %1").arg(file.errorString());
        return result;
    }
    if (result.size == 0) {
        result.reason = tr("The file is empty.");
        return result;
    }
    const QByteArray head = file.read(HeaderSize);
    const std::optional<las::ContentType> type = las::ContentTypes::sniff(head);
    if (!type) {
        result.reason = tr("Not a PDF or JPEG file. %1").arg(describe(head));
        return result;
    }
    if (result.size > maxBytes()) {
        const QLocale locale;
        result.reason = tr("%1 is larger than the %2 the API accepts in one document.")
                            .arg(locale.formattedDataSize(result.size, 1, QLocale::DataSizeSIFormat),
                                 locale.formattedDataSize(maxBytes(), 2, QLocale::DataSizeSIFormat));
        return result;
    }
    result.type = type;
    return result;
}
