#include "core/fields/pagetextpicker.h"

#include "core/fields/textlayer.h"

#include <QFutureWatcher>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QtConcurrent>

namespace {

struct PageTextPick
{
    QString text;
    QList<QRectF> rects;
};

QList<QRectF> pageTextPickerBounds(const QPdfSelection &selection)
{
    QList<QRectF> rects;
    for (const QPolygonF &polygon : selection.bounds())
        rects.append(polygon.boundingRect());
    return rects;
}

PageTextPick pageTextPickerRun(const ViewerDocument &document, int page, QRectF rect)
{
    QPdfDocument *pdf = document.pdf();
    if (!pdf || page < 0 || page >= document.pageCount())
        return {};
    const bool click = rect.width() < PageTextPicker::ClickSize && rect.height() < PageTextPicker::ClickSize;
    if (!click) {
        const QPdfSelection selection = pdf->getSelection(page, rect.topLeft(), rect.bottomRight());
        if (selection.isValid() && !selection.text().trimmed().isEmpty()) {
            // Whole words: a drag that starts or ends inside a word takes all of it.
            const qsizetype first = qMin(selection.startIndex(), selection.endIndex());
            const qsizetype last = qMax(selection.startIndex(), selection.endIndex());
            QStringList words;
            qsizetype start = -1;
            qsizetype end = -1;
            for (const TextLayer::Word &word : TextLayer::splitWords(pdf->getAllText(page).text())) {
                if (word.start + word.length > first && word.start <= last) {
                    words.append(word.text);
                    start = start < 0 ? word.start : start;
                    end = word.start + word.length;
                }
            }
            if (words.isEmpty())
                return {selection.text().simplified(), pageTextPickerBounds(selection)};
            const QPdfSelection exact = pdf->getSelectionAtIndex(page, int(start), int(end - start));
            return {words.join(u' '),
                    exact.isValid() ? pageTextPickerBounds(exact) : pageTextPickerBounds(selection)};
        }
    }
    // A click: the character under the point (PDFium needs two different characters, so widen a little),
    // then the whole word around it from the text layer.
    const QPointF point = rect.center();
    for (qreal spread : {1.5, 4.0}) {
        const QPdfSelection selection =
            pdf->getSelection(page, point - QPointF(spread, 0), point + QPointF(spread, 0));
        if (!selection.isValid() || selection.startIndex() < 0)
            continue;
        const int index = selection.startIndex();
        const QString text = pdf->getAllText(page).text();
        for (const TextLayer::Word &word : TextLayer::splitWords(text)) {
            if (index >= word.start && index < word.start + word.length) {
                const QPdfSelection exact = pdf->getSelectionAtIndex(page, int(word.start), int(word.length));
                return {word.text,
                        exact.isValid() ? pageTextPickerBounds(exact) : pageTextPickerBounds(selection)};
            }
        }
        return {selection.text().simplified(), pageTextPickerBounds(selection)};
    }
    return {};
}

} // namespace

PageTextPicker::PageTextPicker(QObject *parent)
    : QObject(parent)
{}

void PageTextPicker::pick(const ViewerDocument &document, int page, const QRectF &rect)
{
    if (!document.pdf()) {
        Q_EMIT nothingPicked(tr("This image has no text layer: type the value instead."));
        return;
    }
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<PageTextPick>(this);
    connect(watcher, &QFutureWatcher<PageTextPick>::finished, this, [this, watcher, generation, page] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const PageTextPick result = watcher->result();
        if (result.text.isEmpty())
            Q_EMIT nothingPicked(tr("There is no text there."));
        else
            Q_EMIT picked(page, result.text, result.rects);
    });
    watcher->setFuture(
        QtConcurrent::run([document, page, rect] { return pageTextPickerRun(document, page, rect); }));
}
