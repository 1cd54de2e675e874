#pragma once

#include "shell/viewer/pageoverlayitem.h"

#include <QList>
#include <QObject>
#include <QTransform>

#include <optional>

class QPainter;

// A set of overlay items in page coordinates, drawn by the page view above the page images. The view owns
// no overlay state: features own layers (search hits, the fields of the next issue) and the view draws
// them in the order they were added, asking each layer which item lies under the mouse.
class OverlayLayer : public QObject
{
    Q_OBJECT
public:
    explicit OverlayLayer(QObject *parent = nullptr);

    void setItems(const QList<PageOverlayItem> &items);
    // Adds, or replaces the item with the same id.
    void addItem(const PageOverlayItem &item);
    bool removeItem(const QString &id);
    void clear();
    QList<PageOverlayItem> items() const { return m_items; }
    QList<PageOverlayItem> itemsOnPage(int page) const;
    std::optional<PageOverlayItem> item(const QString &id) const;

    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    // A layer that does not take the mouse (search hits) lets clicks through to the layers below.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    QString hoveredItemId() const { return m_hovered; }

    // The topmost item under `point` (page points), or an empty id.
    QString itemAt(int page, QPointF point) const;
    // Draws the items of `page`; `pageToView` maps page points to the painter's coordinates.
    void paint(QPainter *painter, int page, const QTransform &pageToView) const;

    // Called by the view.
    void setHoveredItem(const QString &id);
    void click(const QString &id);

Q_SIGNALS:
    void changed();
    void itemHovered(const QString &id); // empty when the mouse left the layer's items
    void itemClicked(const QString &id);

private:
    QList<PageOverlayItem> m_items;
    QString m_hovered;
    bool m_visible = true;
    bool m_interactive = true;
};
