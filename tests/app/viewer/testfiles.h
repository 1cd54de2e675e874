#pragma once

// Files for the viewer tests, made on the spot: good PDFs and JPEGs, and broken or hostile ones.

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QList>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace testfiles {

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A PDF of `pages` A4 pages, each saying "Page N" in large type and "Findme N" lower down.
inline QByteArray pdfWithPages(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        font.setPointSize(36);
        painter.setFont(font);
        painter.drawText(QPointF(72, 144), QStringLiteral("Page %1").arg(i + 1));
        font.setPointSize(14);
        painter.setFont(font);
        painter.drawText(QPointF(72, 400), QStringLiteral("Findme %1").arg(i + 1));
        painter.drawRect(QRectF(36, 36, 523, 770));
    }
    painter.end();
    return bytes;
}

// A hand-written PDF: objects are given without numbers; the xref table is computed.
inline QByteArray assemblePdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra +
           " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// `pages` empty pages (a hostile count: the viewer refuses more than ViewerDocument::MaxPages).
inline QByteArray pdfWithEmptyPages(int pages)
{
    QList<QByteArray> objects;
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(i + 3) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    for (int i = 0; i < pages; ++i)
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>";
    return assemblePdf(objects);
}

// A PDF encrypted with the standard security handler and a user password nobody knows.
inline QByteArray encryptedPdf()
{
    const QByteArray o = QByteArray(32, '\x5a').toHex();
    const QByteArray u = QByteArray(32, '\x3c').toHex();
    QList<QByteArray> objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>";
    objects << "<< /Filter /Standard /V 1 /R 2 /O <" + o + "> /U <" + u + "> /P -44 >>";
    return assemblePdf(objects, "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
                                "<0123456789abcdef0123456789abcdef>]");
}

// A JPEG whose top-left quarter is red, the rest blue, stored with an EXIF orientation that tells readers
// to turn it 90 degrees clockwise.
inline QByteArray jpegRotatedByExif(QSize stored = QSize(80, 40))
{
    QImage image(stored, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QPainter(&image).fillRect(QRect(0, 0, stored.width() / 2, stored.height() / 2), Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(95);
    writer.setTransformation(QImageIOHandler::TransformationRotate90);
    writer.write(image);
    return bytes;
}

// A small valid JPEG whose frame header (SOF0) is patched to claim width × height pixels.
inline QByteArray jpegClaiming(int width, int height)
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::green);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.write(image);
    const qsizetype sof = bytes.indexOf("\xFF\xC0");
    if (sof < 0)
        return {};
    // FF C0, length (2), precision (1), height (2), width (2)
    bytes[sof + 5] = char(height >> 8);
    bytes[sof + 6] = char(height & 0xff);
    bytes[sof + 7] = char(width >> 8);
    bytes[sof + 8] = char(width & 0xff);
    return bytes;
}

} // namespace testfiles
