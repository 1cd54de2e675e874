#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

// One thing drawn over a page: a box around a field's value, a highlight, a selection, a search hit.
// `rect` is in points (1/72 inch) of the unrotated page, origin at its top left, as PDF text geometry
// comes; the view maps it through zoom and rotation.
struct PageOverlayItem
{
    enum class Style {
        Box,             // an outlined rectangle, for a field's value
        Highlight,       // a translucent fill
        Selection,       // the reviewer's text selection
        SearchHit,       // a search result
        CurrentSearchHit // the search result the reviewer is on
    };

    QString id; // unique within its layer
    int page = -1;
    QRectF rect;
    Style style = Style::Box;
    QString label;   // drawn above a box; may be empty
    QString toolTip; // shown on hover; may be empty
    QColor color;    // invalid: the style's colour

    bool operator==(const PageOverlayItem &other) const = default;
};
