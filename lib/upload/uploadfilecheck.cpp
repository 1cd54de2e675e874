#include "upload/uploadfilecheck.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <openssl/evp.h>

#include <memory>

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
    // OpenSSL, not QCryptographicHash: Qt 6.4 hashes in portable C (~100 MB/s here), libcrypto uses the
    // CPU's SHA instructions (~1 GB/s).
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
        return rejectUpload(result, tr("cannot be hashed (the SHA-256 implementation is unavailable)"));
    if (!file.seek(0))
        return rejectUpload(result, tr("cannot be read (%1)").arg(file.errorString()));
    qint64 read = 0;
    QByteArray chunk(kUploadCheckHashChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return rejectUpload(result, tr("cannot be read (%1)").arg(file.errorString()));
        if (n == 0)
            break;
        EVP_DigestUpdate(hash.get(), chunk.constData(), size_t(n));
        read += n;
    }
    if (read != result.size)
        return rejectUpload(result, tr("the file changed while it was read"));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (EVP_DigestFinal_ex(hash.get(), digest, &digestLength) != 1)
        return rejectUpload(result, tr("cannot be hashed (the SHA-256 implementation is unavailable)"));
    result.sha256 =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(digestLength)).toHex());
    result.contentType = type;
    return result;
}

} // namespace las
