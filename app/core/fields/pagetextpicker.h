#pragma once

#include "core/viewer/viewerdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>

// "Click a word, or drag across words, and the text goes into the focused field": reads the text of a
// page under a point or a rectangle (page points) off the UI thread. A click takes the whole word under the
// point; a drag the words the rectangle spans, in reading order.
class PageTextPicker : public QObject
{
    Q_OBJECT
public:
    // Rectangles smaller than this (points) are clicks.
    static constexpr qreal ClickSize = 3.0;

    explicit PageTextPicker(QObject *parent = nullptr);

    void pick(const ViewerDocument &document, int page, const QRectF &rect);

Q_SIGNALS:
    // `rects`: where the picked text stands (page points), for feedback on the page.
    void picked(int page, const QString &text, const QList<QRectF> &rects);
    // No text there (an image, a blank spot): a translated message.
    void nothingPicked(const QString &message);

private:
    quint64 m_generation = 0;
};
