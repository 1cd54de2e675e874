#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

class QPdfDocument;

// A document opened for viewing: a PDF (through QtPdf/PDFium) or a decoded JPEG, with the size of every
// page in points. A cheap, shared, immutable value: copies share the underlying document, and render()
// may be called from any thread (QtPdf serialises PDFium calls behind its own global lock).
//
// Every file is untrusted: load() sniffs the type by magic bytes, caps file size, page count, image
// dimensions and decoder allocations, and render() caps the pixels of one page, so a hostile file costs a
// bounded amount of memory and gives a clear, translated message instead of a crash or a hang.
class ViewerDocument
{
    Q_DECLARE_TR_FUNCTIONS(ViewerDocument)
public:
    enum class Kind { None, Pdf, Jpeg };

    static constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;
    static constexpr int MaxPages = 2000;
    static constexpr int ImageAllocationLimitMb = 256;
    static constexpr qint64 MaxImagePixels = 100'000'000; // and decoding stays under the allocation limit
    // One rendered page never exceeds this many pixels (about 96 MB); beyond it the page is rendered at a
    // lower resolution and scaled up by the view.
    static constexpr qint64 MaxRenderPixels = 24'000'000;
    static constexpr int MaxRenderSide = 16384;
    static constexpr qreal MaxPagePoints = 14400; // the PDF limit: 200 inches

    struct LoadResult;

    ViewerDocument() = default;

    // Blocking: reads, sniffs and opens `path`. Meant for a worker thread (DocumentLoader).
    static LoadResult load(const QString &path);

    bool isNull() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    int pageCount() const { return int(m_pageSizes.size()); }
    // Size of the unrotated page in points (1/72 inch). A JPEG pixel is 0.75 pt, so 100 % shows it 1:1 at
    // 96 dpi.
    QSizeF pageSize(int page) const;
    const QList<QSizeF> &pageSizes() const { return m_pageSizes; }
    // The PDF (null for a JPEG). Thread-safe to call into; never delete it.
    QPdfDocument *pdf() const { return m_pdf.get(); }

    // Renders `page` into an image of `size` pixels (the size after rotation), rotated clockwise by
    // `rotation` degrees (0, 90, 180, 270). Thread-safe. The image may be smaller than `size` when that
    // exceeds the render cap; a null image when the page cannot be rendered.
    QImage render(int page, QSize size, int rotation) const;

    // The size `size` is reduced to by the render cap (aspect ratio kept).
    static QSize cappedRenderSize(QSize size);

private:
    static LoadResult loadPdf(const QString &path);
    static LoadResult loadJpeg(const QString &path);

    Kind m_kind = Kind::None;
    QString m_path;
    QList<QSizeF> m_pageSizes;
    std::shared_ptr<QPdfDocument> m_pdf;
    std::shared_ptr<const QImage> m_image;
};

struct ViewerDocument::LoadResult
{
    ViewerDocument document; // null on failure
    QString errorMessage;    // translated, for the reviewer; empty on success
};
