#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

namespace las {

// A request body read straight from a file: prefix + base64(file) + suffix, with its size known up front
// (Content-Length) and at most one chunk (96 KiB in, 128 KiB out) in memory at any time. Random access, so a
// retry can rewind it (reset()) — unless setRewindAllowed(false), which the transport uses for creating POSTs
// so that Qt's own silent re-send of a request on a dropped connection fails instead of duplicating it.
// Without a file path it serves just prefix + suffix (a small JSON body with the same rewind guard).
class StreamedJsonBody : public QIODevice
{
    Q_OBJECT
public:
    static constexpr qint64 kChunkInput = 96LL * 1024; // multiple of 3: chunks encode independently

    StreamedJsonBody(QByteArray prefix, QString filePath, QByteArray suffix, QObject *parent = nullptr);
    ~StreamedJsonBody() override;

    // Opens the file (ReadOnly only) and fixes the size. Fails when the file cannot be read.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_total; }
    bool seek(qint64 pos) override;

    // When false, seeking back after the first byte was read fails (reset() returns false).
    void setRewindAllowed(bool allowed) { m_rewindAllowed = allowed; }
    bool rewindAllowed() const { return m_rewindAllowed; }
    // Highest position ever read: > 0 means some of the body left for the network.
    qint64 highWaterMark() const { return m_highWater; }
    // Size of the body for a file of `fileSize` bytes, without opening anything.
    static qint64 bodySize(qint64 prefixSize, qint64 fileSize, qint64 suffixSize);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool loadChunk(qint64 chunk);

    QByteArray m_prefix;
    QString m_filePath;
    QByteArray m_suffix;
    QFile m_file;
    qint64 m_fileSize = 0;
    qint64 m_encodedSize = 0;
    qint64 m_total = 0;
    qint64 m_highWater = 0;
    qint64 m_chunkIndex = -1;
    QByteArray m_raw;   // the current chunk's file bytes (reused)
    QByteArray m_chunk; // base64 of the current chunk
    bool m_rewindAllowed = true;
};

} // namespace las
