#include "shell/viewer/overlaylayer.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {

QColor styleColor(PageOverlayItem::Style style)
{
    switch (style) {
    case PageOverlayItem::Style::Box:
        return QColor(0x1e, 0x6f, 0xd9);
    case PageOverlayItem::Style::Highlight:
        return QColor(0xff, 0xc1, 0x07);
    case PageOverlayItem::Style::Selection:
        return QColor(0x30, 0x8c, 0xe8);
    case PageOverlayItem::Style::SearchHit:
        return QColor(0xff, 0xd5, 0x00);
    case PageOverlayItem::Style::CurrentSearchHit:
        return QColor(0xff, 0x6d, 0x00);
    }
    return Qt::blue;
}

} // namespace

OverlayLayer::OverlayLayer(QObject *parent)
    : QObject(parent)
{}

void OverlayLayer::setItems(const QList<PageOverlayItem> &items)
{
    m_items = items;
    if (!item(m_hovered))
        m_hovered.clear();
    Q_EMIT changed();
}

void OverlayLayer::addItem(const PageOverlayItem &newItem)
{
    for (PageOverlayItem &existing : m_items) {
        if (existing.id == newItem.id) {
            existing = newItem;
            Q_EMIT changed();
            return;
        }
    }
    m_items.append(newItem);
    Q_EMIT changed();
}

bool OverlayLayer::removeItem(const QString &id)
{
    const qsizetype removed = m_items.removeIf([&id](const PageOverlayItem &i) { return i.id == id; });
    if (removed == 0)
        return false;
    if (m_hovered == id)
        m_hovered.clear();
    Q_EMIT changed();
    return true;
}

void OverlayLayer::clear()
{
    if (m_items.isEmpty())
        return;
    m_items.clear();
    m_hovered.clear();
    Q_EMIT changed();
}

QList<PageOverlayItem> OverlayLayer::itemsOnPage(int page) const
{
    QList<PageOverlayItem> result;
    for (const PageOverlayItem &i : m_items) {
        if (i.page == page)
            result.append(i);
    }
    return result;
}

std::optional<PageOverlayItem> OverlayLayer::item(const QString &id) const
{
    for (const PageOverlayItem &i : m_items) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

void OverlayLayer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    Q_EMIT changed();
}

QString OverlayLayer::itemAt(int page, QPointF point) const
{
    if (!m_visible || !m_interactive)
        return {};
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        if (it->page == page && it->rect.contains(point))
            return it->id;
    }
    return {};
}

void OverlayLayer::setHoveredItem(const QString &id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    Q_EMIT changed();
    Q_EMIT itemHovered(id);
}

void OverlayLayer::click(const QString &id)
{
    if (item(id))
        Q_EMIT itemClicked(id);
}

void OverlayLayer::paint(QPainter *painter, int page, const QTransform &pageToView) const
{
    if (!m_visible)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const PageOverlayItem &i : m_items) {
        if (i.page != page)
            continue;
        // Rotations are multiples of 90 degrees, so a mapped rectangle stays a rectangle.
        const QRectF r = pageToView.mapRect(i.rect);
        const QColor base = i.color.isValid() ? i.color : styleColor(i.style);
        const bool hovered = i.id == m_hovered;
        QColor fill = base;
        switch (i.style) {
        case PageOverlayItem::Style::Box:
            fill.setAlpha(hovered ? 60 : 25);
            painter->setPen(QPen(base, hovered ? 2.5 : 1.5));
            break;
        case PageOverlayItem::Style::Highlight:
        case PageOverlayItem::Style::Selection:
            fill.setAlpha(hovered ? 110 : 80);
            painter->setPen(Qt::NoPen);
            break;
        case PageOverlayItem::Style::SearchHit:
            fill.setAlpha(110);
            painter->setPen(Qt::NoPen);
            break;
        case PageOverlayItem::Style::CurrentSearchHit:
            fill.setAlpha(140);
            painter->setPen(QPen(base.darker(130), 2));
            break;
        }
        painter->setBrush(fill);
        painter->drawRect(r.adjusted(-1, -1, 1, 1));
        if (!i.label.isEmpty() && i.style == PageOverlayItem::Style::Box) {
            const QFontMetricsF metrics(painter->font());
            const QRectF text(r.left(), r.top() - metrics.height() - 2,
                              metrics.horizontalAdvance(i.label) + 8, metrics.height() + 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(base);
            painter->drawRoundedRect(text, 2, 2);
            painter->setPen(Qt::white);
            painter->drawText(text, Qt::AlignCenter, i.label);
        }
    }
    painter->restore();
}
