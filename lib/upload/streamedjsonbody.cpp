#include "upload/streamedjsonbody.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace las {

namespace {
// Base64 with a table of every 12-bit value's two characters: about 2.5 times QByteArray::toBase64 here, and
// it writes into a reused buffer. Encoding is the client's main CPU cost per uploaded document.
struct StreamedBase64Table
{
    char pairs[4096][2];
    StreamedBase64Table()
    {
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 4096; ++i) {
            pairs[i][0] = alphabet[i >> 6];
            pairs[i][1] = alphabet[i & 63];
        }
    }
};

// Encodes `n` bytes into `out` (room for (n + 2) / 3 * 4 bytes), with '=' padding at the end.
void streamedBase64(const unsigned char *in, qint64 n, char *out)
{
    static const StreamedBase64Table table;
    qint64 i = 0;
    for (; i + 3 <= n; i += 3) {
        const unsigned v = (unsigned(in[i]) << 16) | (unsigned(in[i + 1]) << 8) | unsigned(in[i + 2]);
        std::memcpy(out, table.pairs[v >> 12], 2);
        std::memcpy(out + 2, table.pairs[v & 4095], 2);
        out += 4;
    }
    if (i < n) {
        const unsigned a = in[i];
        const unsigned b = i + 1 < n ? in[i + 1] : 0;
        const unsigned v = (a << 16) | (b << 8);
        std::memcpy(out, table.pairs[v >> 12], 2);
        out[2] = i + 1 < n ? table.pairs[v & 4095][0] : '=';
        out[3] = '=';
    }
}
} // namespace

StreamedJsonBody::StreamedJsonBody(QByteArray prefix, QString filePath, QByteArray suffix, QObject *parent)
    : QIODevice(parent)
    , m_prefix(std::move(prefix))
    , m_filePath(std::move(filePath))
    , m_suffix(std::move(suffix))
{
    m_total = m_prefix.size() + m_suffix.size();
}

StreamedJsonBody::~StreamedJsonBody() = default;

qint64 StreamedJsonBody::bodySize(qint64 prefixSize, qint64 fileSize, qint64 suffixSize)
{
    return prefixSize + (fileSize + 2) / 3 * 4 + suffixSize;
}

bool StreamedJsonBody::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly)) {
        setErrorString(u"StreamedJsonBody is read-only"_s);
        return false;
    }
    m_fileSize = 0;
    if (!m_filePath.isEmpty()) {
        m_file.setFileName(m_filePath);
        if (!m_file.open(QIODevice::ReadOnly)) {
            setErrorString(m_file.errorString());
            return false;
        }
        m_fileSize = m_file.size();
    }
    m_encodedSize = (m_fileSize + 2) / 3 * 4;
    m_total = bodySize(m_prefix.size(), m_fileSize, m_suffix.size());
    m_chunkIndex = -1;
    m_chunk.clear();
    m_highWater = 0;
    // Unbuffered: QIODevice's own read buffer would be a second copy and would blur pos()/highWaterMark().
    return QIODevice::open(ReadOnly | Unbuffered);
}

void StreamedJsonBody::close()
{
    m_file.close();
    m_chunk.clear();
    m_raw.clear();
    m_chunkIndex = -1;
    QIODevice::close();
}

bool StreamedJsonBody::seek(qint64 pos)
{
    if (pos < 0 || pos > m_total)
        return false;
    if (!m_rewindAllowed && m_highWater > 0 && pos < m_highWater)
        return false;
    return QIODevice::seek(pos);
}

bool StreamedJsonBody::loadChunk(qint64 chunk)
{
    if (chunk == m_chunkIndex)
        return true;
    const qint64 offset = chunk * kChunkInput;
    const qint64 length = qMin(kChunkInput, m_fileSize - offset);
    if (length <= 0 || !m_file.seek(offset))
        return false;
    if (m_raw.size() < length)
        m_raw.resize(length);
    qint64 got = 0;
    while (got < length) {
        const qint64 n = m_file.read(m_raw.data() + got, length - got);
        if (n <= 0)
            break;
        got += n;
    }
    if (got != length) {
        // The file shrank or failed while uploading: the promised Content-Length can no longer be met.
        setErrorString(u"The file changed or could not be read while uploading: %1"_s.arg(m_filePath));
        return false;
    }
    m_chunk.resize((length + 2) / 3 * 4);
    streamedBase64(reinterpret_cast<const unsigned char *>(m_raw.constData()), length, m_chunk.data());
    m_chunkIndex = chunk;
    return true;
}

qint64 StreamedJsonBody::readData(char *data, qint64 maxSize)
{
    qint64 pos = QIODevice::pos();
    qint64 written = 0;
    while (written < maxSize && pos < m_total) {
        const qint64 prefixSize = m_prefix.size();
        qint64 n = 0;
        if (pos < prefixSize) {
            n = qMin(maxSize - written, prefixSize - pos);
            std::memcpy(data + written, m_prefix.constData() + pos, size_t(n));
        } else if (pos < prefixSize + m_encodedSize) {
            const qint64 encodedPos = pos - prefixSize;
            const qint64 chunkOut = kChunkInput / 3 * 4;
            const qint64 chunk = encodedPos / chunkOut;
            if (!loadChunk(chunk))
                return written > 0 ? written : -1;
            const qint64 inChunk = encodedPos - chunk * chunkOut;
            n = qMin(maxSize - written, qint64(m_chunk.size()) - inChunk);
            std::memcpy(data + written, m_chunk.constData() + inChunk, size_t(n));
        } else {
            const qint64 suffixPos = pos - prefixSize - m_encodedSize;
            n = qMin(maxSize - written, qint64(m_suffix.size()) - suffixPos);
            std::memcpy(data + written, m_suffix.constData() + suffixPos, size_t(n));
        }
        written += n;
        pos += n;
    }
    m_highWater = qMax(m_highWater, pos);
    return written;
}

} // namespace las
