#pragma once

#include <QList>
#include <QRectF>

// One occurrence of the searched text: its page and its rectangles in page points (unrotated page,
// origin top left), one per line it spans.
struct SearchHit
{
    int page = -1;
    QList<QRectF> rects;

    QRectF boundingRect() const
    {
        QRectF r;
        for (const QRectF &rect : rects)
            r = r.united(rect);
        return r;
    }
};
