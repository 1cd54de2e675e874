#include "core/viewer/viewerdocument.h"

#include "types/contenttype.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfDocumentRenderOptions>
#include <QThread>
#include <QTransform>

#include <cmath>

namespace {

// A QPdfDocument opened on a worker thread is moved to the GUI thread before it is shared; the last copy
// may go away on a worker, so it is deleted where it lives.
void deletePdf(QPdfDocument *pdf)
{
    if (pdf->thread() == QThread::currentThread())
        delete pdf;
    else
        pdf->deleteLater();
}

QSizeF saneSize(QSizeF size)
{
    if (!size.isValid() || size.isEmpty() || !std::isfinite(size.width()) || !std::isfinite(size.height()))
        return QSizeF(612, 792); // US Letter: something sane to lay out
    return QSizeF(qBound<qreal>(1, size.width(), ViewerDocument::MaxPagePoints),
                  qBound<qreal>(1, size.height(), ViewerDocument::MaxPagePoints));
}

} // namespace

ViewerDocument::LoadResult ViewerDocument::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{},
                tr("The file %1 cannot be read: %2.").arg(QFileInfo(path).fileName(), file.errorString())};
    if (file.size() > MaxFileBytes)
        return {{},
                tr("The file is too large to show (%1 MB; the viewer opens files up to %2 MB).")
                    .arg(file.size() / (1024 * 1024))
                    .arg(MaxFileBytes / (1024 * 1024))};
    const QByteArray head = file.read(8);
    file.close();
    if (head.isEmpty())
        return {{}, tr("The file is empty.")};
    const std::optional<las::ContentType> type = las::ContentTypes::sniff(head);
    if (!type)
        return {{}, tr("This file is neither a PDF nor a JPEG image, so it cannot be shown.")};
    return *type == las::ContentType::Pdf ? loadPdf(path) : loadJpeg(path);
}

ViewerDocument::LoadResult ViewerDocument::loadPdf(const QString &path)
{
    std::shared_ptr<QPdfDocument> pdf(new QPdfDocument, deletePdf);
    const QPdfDocument::Error error = pdf->load(path);
    switch (error) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return {{}, tr("This PDF is protected by a password, so it cannot be shown.")};
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return {{}, tr("This PDF is encrypted in a way the viewer does not support.")};
    case QPdfDocument::Error::FileNotFound:
        return {{}, tr("The file %1 no longer exists.").arg(QFileInfo(path).fileName())};
    default:
        return {{}, tr("This PDF is damaged or incomplete and cannot be shown.")};
    }
    const int pages = pdf->pageCount();
    if (pages <= 0)
        return {{}, tr("This PDF has no pages.")};
    if (pages > MaxPages)
        return {{}, tr("This PDF has %1 pages, more than the %2 the viewer opens.").arg(pages).arg(MaxPages)};

    ViewerDocument doc;
    doc.m_kind = Kind::Pdf;
    doc.m_path = path;
    doc.m_pageSizes.reserve(pages);
    for (int i = 0; i < pages; ++i)
        doc.m_pageSizes.append(saneSize(pdf->pagePointSize(i)));
    if (QCoreApplication *app = QCoreApplication::instance())
        pdf->moveToThread(app->thread());
    doc.m_pdf = std::move(pdf);
    return {doc, {}};
}

ViewerDocument::LoadResult ViewerDocument::loadJpeg(const QString &path)
{
    QImageReader reader(path, "jpeg");
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // EXIF orientation
    reader.setAllocationLimit(ImageAllocationLimitMb);
    const QSize claimed = reader.size();
    if (claimed.isValid() && qint64(claimed.width()) * claimed.height() > MaxImagePixels)
        return {{},
                tr("The image claims %1 × %2 pixels, more than the viewer decodes (%3 megapixels at most).")
                    .arg(claimed.width())
                    .arg(claimed.height())
                    .arg(MaxImagePixels / 1'000'000)};
    QImage image = reader.read();
    if (image.isNull())
        return {{}, tr("This JPEG image is damaged or incomplete and cannot be shown.")};

    ViewerDocument doc;
    doc.m_kind = Kind::Jpeg;
    doc.m_path = path;
    doc.m_pageSizes.append(saneSize(QSizeF(image.size()) * 0.75));
    doc.m_image = std::make_shared<const QImage>(std::move(image));
    return {doc, {}};
}

QSizeF ViewerDocument::pageSize(int page) const
{
    if (page < 0 || page >= m_pageSizes.size())
        return {};
    return m_pageSizes.at(page);
}

QSize ViewerDocument::cappedRenderSize(QSize size)
{
    if (size.isEmpty())
        return size;
    qreal factor = 1.0;
    const qreal pixels = qreal(size.width()) * size.height();
    if (pixels > MaxRenderPixels)
        factor = std::sqrt(MaxRenderPixels / pixels);
    factor = qMin(factor, qreal(MaxRenderSide) / qMax(size.width(), size.height()));
    if (factor >= 1.0)
        return size;
    return QSize(qMax(1, int(size.width() * factor)), qMax(1, int(size.height() * factor)));
}

QImage ViewerDocument::render(int page, QSize size, int rotation) const
{
    if (page < 0 || page >= pageCount() || size.isEmpty())
        return {};
    rotation = ((rotation % 360) + 360) % 360;
    const bool sideways = rotation == 90 || rotation == 270;
    QSize target = cappedRenderSize(size);
    const QSize unrotated = sideways ? target.transposed() : target;

    QImage image;
    if (m_pdf) {
        QPdfDocumentRenderOptions options;
        options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations);
        image = m_pdf->render(page, unrotated, options);
        if (image.isNull())
            return {};
        // PDFium leaves the paper transparent; reviewers expect white paper (also in dark themes).
        QImage paper(image.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        {
            QPainter painter(&paper);
            painter.drawImage(0, 0, image);
        }
        image = std::move(paper);
    } else if (m_image) {
        image = m_image->scaled(unrotated, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    if (rotation != 0 && !image.isNull())
        image = image.transformed(QTransform().rotate(rotation));
    return image;
}
