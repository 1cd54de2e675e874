#include "core/fields/textlayer.h"

#include "core/viewer/viewerdocument.h"

#include <QMutexLocker>
#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>

namespace {

// PDFium gives one rectangle per text object, which is one per glyph in PDFs that place every glyph
// (QPdfWriter, many invoice generators): merge those on the same line into one box per line.
QList<QRectF> mergeTextLayerLineRects(const QList<QRectF> &rects)
{
    QList<QRectF> lines;
    for (const QRectF &r : rects) {
        bool merged = false;
        for (QRectF &line : lines) {
            const qreal overlap = std::min(line.bottom(), r.bottom()) - std::max(line.top(), r.top());
            if (overlap > 0.5 * std::min(line.height(), r.height())) {
                line = line.united(r);
                merged = true;
                break;
            }
        }
        if (!merged)
            lines.append(r);
    }
    return lines;
}

} // namespace

QList<TextLayer::Word> TextLayer::splitWords(const QString &text)
{
    QList<Word> words;
    int line = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (!space && start < 0)
            start = i;
        if (space && start >= 0) {
            words.append({start, i - start, line, text.mid(start, i - start)});
            start = -1;
        }
        if (i < text.size()) {
            const QChar c = text.at(i);
            // "\r\n" counts once; a lone '\r' or '\n', U+2028 and U+2029 end a line too.
            if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator ||
                (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
                ++line;
        }
    }
    return words;
}

TextLayer TextLayer::fromTexts(const QList<QString> &pageTexts, GeometryFunction geometry)
{
    TextLayer layer;
    layer.m_d = std::make_shared<Data>();
    for (const QString &text : pageTexts)
        layer.m_d->pages.append({text, splitWords(text)});
    layer.m_d->geometry = std::move(geometry);
    return layer;
}

TextLayer TextLayer::extract(const ViewerDocument &document)
{
    QPdfDocument *pdf = document.pdf();
    QList<QString> texts;
    if (pdf) {
        for (int page = 0; page < document.pageCount(); ++page)
            texts.append(pdf->getAllText(page).text());
    } else {
        // A JPEG (or nothing): pages without text.
        for (int page = 0; page < document.pageCount(); ++page)
            texts.append(QString());
    }
    // The function holds a copy of the document, so the QPdfDocument lives as long as the layer.
    TextLayer layer = fromTexts(texts, [document](int page, qsizetype start, qsizetype length) {
        QList<QRectF> rects;
        if (QPdfDocument *pdf = document.pdf()) {
            const QPdfSelection selection = pdf->getSelectionAtIndex(page, int(start), int(length));
            for (const QPolygonF &polygon : selection.bounds()) {
                const QRectF r = polygon.boundingRect();
                if (r.isValid())
                    rects.append(r);
            }
        }
        return mergeTextLayerLineRects(rects);
    });
    return layer;
}

const TextLayer::Page &TextLayer::page(int index) const
{
    static const Page empty;
    if (!m_d || index < 0 || index >= m_d->pages.size())
        return empty;
    return m_d->pages.at(index);
}

bool TextLayer::hasText() const
{
    if (!m_d)
        return false;
    for (const Page &p : m_d->pages) {
        if (!p.words.isEmpty())
            return true;
    }
    return false;
}

QList<QRectF> TextLayer::rects(int page, qsizetype start, qsizetype length) const
{
    if (!m_d || !m_d->geometry || page < 0 || page >= m_d->pages.size() || length <= 0)
        return {};
    // Page texts beyond a million characters are not cached (the key packs page, start and length).
    const bool cacheable = start < (1 << 20) && length < (1 << 20);
    const quint64 key = (quint64(quint32(page)) << 40) | (quint64(start) << 20) | quint64(length);
    if (cacheable) {
        QMutexLocker lock(&m_d->mutex);
        if (const auto it = m_d->rectCache.constFind(key); it != m_d->rectCache.cend())
            return *it;
    }
    // Outside the lock: PDFium serialises itself, and other threads may read the cache meanwhile.
    const QList<QRectF> rects = m_d->geometry(page, start, length);
    if (cacheable) {
        QMutexLocker lock(&m_d->mutex);
        m_d->rectCache.insert(key, rects);
    }
    return rects;
}
