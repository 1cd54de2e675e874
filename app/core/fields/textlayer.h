#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class ViewerDocument;

// A document's text layer, per page: the text as QPdfDocument::getAllText() gives it, split into words
// (character ranges), and the geometry of any range of it on demand.
//
// Geometry is computed lazily: with QtPdf 6.4 every QPdfDocument::getSelectionAtIndex() call reloads the
// page inside PDFium (2-5 ms each on the sample invoices), so boxing every word of a page up front would
// cost seconds, while the locator needs the boxes of a handful of candidates. Boxes already asked for are
// cached. A cheap value: copies share the pages and the geometry cache; safe to use from any thread.
class TextLayer
{
public:
    // One word: a run of non-whitespace characters of the page's text.
    struct Word
    {
        qsizetype start = 0; // index into Page::text
        qsizetype length = 0;
        int line = 0; // 0-based line of the page text (lines are split at '\n' / '\r')
        QString text;
    };

    struct Page
    {
        QString text;
        QList<Word> words;
    };

    // Rectangles (page points, unrotated page, origin top left) of `length` characters from `start` of
    // `page`'s text; one per line or text run.
    using GeometryFunction = std::function<QList<QRectF>(int page, qsizetype start, qsizetype length)>;

    TextLayer() = default;

    // Blocking (one getAllText() per page; meant for a worker thread). A JPEG, an empty document, or a PDF
    // whose pages carry no text gives a layer with hasText() false.
    static TextLayer extract(const ViewerDocument &document);
    // From texts and a geometry function (tests, other sources of text).
    static TextLayer fromTexts(const QList<QString> &pageTexts, GeometryFunction geometry);
    // Splits a page's text into words.
    static QList<Word> splitWords(const QString &text);

    int pageCount() const { return m_d ? int(m_d->pages.size()) : 0; }
    const Page &page(int index) const;
    bool hasText() const;
    // The rectangles of a character range (cached); empty when unknown.
    QList<QRectF> rects(int page, qsizetype start, qsizetype length) const;

private:
    struct Data
    {
        QList<Page> pages;
        GeometryFunction geometry;
        QMutex mutex;
        QHash<quint64, QList<QRectF>> rectCache;
    };
    std::shared_ptr<Data> m_d;
};
