#include "shell/viewer/pageview.h"

#include "core/viewer/pagerenderer.h"
#include "shell/viewer/overlaylayer.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal Margin = 12;
constexpr qreal PageGap = 12;
constexpr int PrefetchBefore = 1;
constexpr int PrefetchAfter = 2;
// Zoom steps of Ctrl +/-, as in most viewers.
constexpr qreal ZoomSteps[] = {0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25,
                               1.5, 1.75, 2.0,  2.5, 3.0,  4.0,  5.0, 6.0, 8.0};

// Maps points of an unrotated page of size `size` to points of the page turned clockwise by `rotation`.
QTransform rotationTransform(QSizeF size, int rotation)
{
    switch (rotation) {
    case 90:
        return QTransform(0, 1, -1, 0, size.height(), 0);
    case 180:
        return QTransform(-1, 0, 0, -1, size.width(), size.height());
    case 270:
        return QTransform(0, -1, 1, 0, 0, size.width());
    default:
        return {};
    }
}

} // namespace

PageView::PageView(PageRenderer *renderer, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_renderer(renderer)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // so that fit width does not oscillate
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Mid);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
    setAccessibleName(tr("Document pages"));
    connect(m_renderer, &PageRenderer::pageRendered, this, [this](const RenderKey &key) {
        if (key.page < pageCount() && key == keyFor(key.page))
            viewport()->update(pageRectInViewport(key.page).toAlignedRect());
    });
    connect(m_renderer, &PageRenderer::pageFailed, this, [this] { viewport()->update(); });
}

void PageView::documentChanged()
{
    m_pageRects.clear();
    m_currentPage = 0;
    m_hovered = {};
    m_pressed = {};
    const int pages = m_renderer->document().pageCount();
    m_pageRects.resize(pages);
    if (m_zoomMode != ZoomMode::Custom)
        m_zoom = fitZoom(m_zoomMode);
    relayout();
    m_programmaticScroll = true;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    m_programmaticScroll = false;
    Q_EMIT currentPageChanged(0);
    viewport()->update();
    scheduleRenders();
}

QSizeF PageView::rotatedPageSize(int page) const
{
    const QSizeF size = m_renderer->document().pageSize(page);
    return (m_rotation == 90 || m_rotation == 270) ? size.transposed() : size;
}

void PageView::setZoom(qreal zoom)
{
    applyZoom(zoom, ZoomMode::Custom, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void PageView::setZoomMode(ZoomMode mode)
{
    if (mode == ZoomMode::Custom) {
        m_zoomMode = mode;
        Q_EMIT zoomChanged(m_zoom, m_zoomMode);
        return;
    }
    applyZoom(fitZoom(mode), mode, QPointF(0, 0));
    if (mode == ZoomMode::FitPage && pageCount() > 0)
        goToPage(m_currentPage);
}

void PageView::zoomIn()
{
    for (qreal step : ZoomSteps) {
        if (step > m_zoom * 1.01) {
            setZoom(step);
            return;
        }
    }
    setZoom(MaxZoom);
}

void PageView::zoomOut()
{
    for (auto it = std::rbegin(ZoomSteps); it != std::rend(ZoomSteps); ++it) {
        if (*it < m_zoom * 0.99) {
            setZoom(*it);
            return;
        }
    }
    setZoom(MinZoom);
}

qreal PageView::fitZoom(ZoomMode mode) const
{
    if (pageCount() == 0 || mode == ZoomMode::Custom)
        return m_zoom;
    const qreal availableWidth = qMax<qreal>(50, viewport()->width() - 2 * Margin);
    const qreal availableHeight = qMax<qreal>(50, viewport()->height() - 2 * Margin);
    qreal zoom = 1.0;
    if (mode == ZoomMode::FitWidth) {
        qreal widest = 0;
        for (int i = 0; i < pageCount(); ++i)
            widest = qMax(widest, rotatedPageSize(i).width());
        zoom = availableWidth / (widest * PixelsPerPointAt100);
    } else {
        const QSizeF size = rotatedPageSize(qBound(0, m_currentPage, pageCount() - 1));
        zoom = qMin(availableWidth / (size.width() * PixelsPerPointAt100),
                    availableHeight / (size.height() * PixelsPerPointAt100));
    }
    return qBound(MinZoom, zoom, MaxZoom);
}

void PageView::applyZoom(qreal zoom, ZoomMode mode, QPointF anchor)
{
    zoom = qBound(MinZoom, zoom, MaxZoom);
    // Keep the spot under `anchor` where it is: remember it as a fraction of its page.
    const int page = pageUnder(anchor) >= 0 ? pageUnder(anchor) : m_currentPage;
    QPointF fraction(0.5, 0);
    if (page >= 0 && page < pageCount()) {
        const QRectF r = pageRectInViewport(page);
        fraction = QPointF((anchor.x() - r.left()) / r.width(), (anchor.y() - r.top()) / r.height());
    }
    const bool changed = !qFuzzyCompare(zoom, m_zoom) || mode != m_zoomMode;
    m_zoom = zoom;
    m_zoomMode = mode;
    relayout();
    if (page >= 0 && page < pageCount()) {
        const QRectF r = m_pageRects.at(page);
        m_programmaticScroll = true;
        horizontalScrollBar()->setValue(qRound(r.left() + fraction.x() * r.width() - anchor.x()));
        verticalScrollBar()->setValue(qRound(r.top() + fraction.y() * r.height() - anchor.y()));
        m_programmaticScroll = false;
    }
    viewport()->update();
    scheduleRenders();
    if (changed)
        Q_EMIT zoomChanged(m_zoom, m_zoomMode);
}

void PageView::setRotation(int degrees)
{
    degrees = ((degrees % 360) + 360) % 360;
    degrees -= degrees % 90;
    if (degrees == m_rotation)
        return;
    const int page = m_currentPage;
    m_rotation = degrees;
    if (m_zoomMode != ZoomMode::Custom)
        m_zoom = fitZoom(m_zoomMode);
    relayout();
    goToPage(page);
    viewport()->update();
    scheduleRenders();
    Q_EMIT rotationChanged(m_rotation);
}

void PageView::relayout()
{
    const qreal ppp = pixelsPerPoint();
    qreal widest = 0;
    for (int i = 0; i < pageCount(); ++i)
        widest = qMax(widest, rotatedPageSize(i).width() * ppp);
    const qreal contentWidth = qMax<qreal>(viewport()->width(), std::ceil(widest + 2 * Margin));
    qreal y = Margin;
    for (int i = 0; i < pageCount(); ++i) {
        const QSizeF size = rotatedPageSize(i) * ppp;
        // Whole pixels, so that the image drawn and the image rendered have the same size.
        const QSizeF whole(std::round(size.width()), std::round(size.height()));
        m_pageRects[i] = QRectF(QPointF(std::round((contentWidth - whole.width()) / 2), y), whole);
        y += whole.height() + PageGap;
    }
    m_contentSize = QSizeF(contentWidth, pageCount() > 0 ? y - PageGap + Margin : 0);

    m_programmaticScroll = true;
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, qMax(0, int(std::ceil(m_contentSize.height())) - viewport()->height()));
    v->setPageStep(viewport()->height());
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, qMax(0, int(std::ceil(m_contentSize.width())) - viewport()->width()));
    h->setPageStep(viewport()->width());
    m_programmaticScroll = false;
}

QPointF PageView::scrollOffset() const
{
    return QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QRectF PageView::pageRectInViewport(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    return m_pageRects.at(page).translated(-scrollOffset());
}

QTransform PageView::pageToViewport(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    const QRectF r = pageRectInViewport(page);
    const QSizeF rotated = rotatedPageSize(page);
    // Whole-pixel page rectangles: scale each axis to the rectangle actually drawn.
    return rotationTransform(m_renderer->document().pageSize(page), m_rotation) *
           QTransform::fromScale(r.width() / rotated.width(), r.height() / rotated.height()) *
           QTransform::fromTranslate(r.left(), r.top());
}

int PageView::pageAt(qreal contentY) const
{
    // The first page whose bottom (with the gap below it) is below contentY.
    const auto it = std::lower_bound(m_pageRects.cbegin(), m_pageRects.cend(), contentY,
                                     [](const QRectF &r, qreal y) { return r.bottom() + PageGap < y; });
    if (it == m_pageRects.cend())
        return pageCount() - 1;
    return int(it - m_pageRects.cbegin());
}

int PageView::pageUnder(QPointF viewportPoint) const
{
    if (pageCount() == 0)
        return -1;
    const int page = pageAt(viewportPoint.y() + scrollOffset().y());
    return pageRectInViewport(page).contains(viewportPoint) ? page : -1;
}

void PageView::goToPage(int page)
{
    if (pageCount() == 0)
        return;
    page = qBound(0, page, pageCount() - 1);
    m_programmaticScroll = true;
    verticalScrollBar()->setValue(qRound(m_pageRects.at(page).top() - Margin));
    m_programmaticScroll = false;
    if (page != m_currentPage) {
        m_currentPage = page;
        Q_EMIT currentPageChanged(page);
    }
    viewport()->update();
    scheduleRenders();
}

void PageView::ensureVisible(int page, const QRectF &rect)
{
    if (page < 0 || page >= pageCount())
        return;
    const QRectF target = pageToViewport(page).mapRect(rect).translated(scrollOffset());
    const QRectF visible(scrollOffset(), viewport()->size());
    if (!visible.contains(target)) {
        m_programmaticScroll = true;
        verticalScrollBar()->setValue(qRound(target.center().y() - viewport()->height() / 2.0));
        if (target.left() < visible.left() || target.right() > visible.right())
            horizontalScrollBar()->setValue(qRound(target.center().x() - viewport()->width() / 2.0));
        m_programmaticScroll = false;
    }
    if (page != m_currentPage) {
        m_currentPage = page;
        Q_EMIT currentPageChanged(page);
    }
    viewport()->update();
    scheduleRenders();
}

void PageView::addOverlayLayer(OverlayLayer *layer)
{
    if (!layer || m_layers.contains(layer))
        return;
    m_layers.append(layer);
    connect(layer, &OverlayLayer::changed, viewport(), qOverload<>(&QWidget::update));
    connect(layer, &QObject::destroyed, this, [this, layer] { m_layers.removeAll(layer); });
    viewport()->update();
}

void PageView::removeOverlayLayer(OverlayLayer *layer)
{
    if (!m_layers.removeAll(layer))
        return;
    disconnect(layer, nullptr, this, nullptr);
    disconnect(layer, nullptr, viewport(), nullptr);
    viewport()->update();
}

RenderKey PageView::keyFor(int page) const
{
    const qreal ratio = viewport()->devicePixelRatioF();
    const QSizeF size = m_pageRects.at(page).size() * ratio;
    return {page, QSize(qRound(size.width()), qRound(size.height())), m_rotation};
}

bool PageView::isPageRendered(int page) const
{
    return page >= 0 && page < pageCount() && m_renderer->cache().contains(keyFor(page));
}

void PageView::scheduleRenders()
{
    if (m_rendersScheduled)
        return;
    m_rendersScheduled = true;
    QTimer::singleShot(0, this, &PageView::requestRenders);
}

void PageView::requestRenders()
{
    m_rendersScheduled = false;
    if (pageCount() == 0) {
        m_renderer->setWanted(PageRenderer::Lane::View, {});
        return;
    }
    const qreal top = scrollOffset().y();
    const int first = pageAt(top);
    const int last = pageAt(top + viewport()->height());
    QList<int> pages;
    // Visible pages nearest the current one first, then the neighbours.
    for (int p = first; p <= last; ++p)
        pages.append(p);
    std::stable_sort(pages.begin(), pages.end(), [this](int a, int b) {
        return std::abs(a - m_currentPage) < std::abs(b - m_currentPage);
    });
    for (int p = last + 1; p <= qMin(pageCount() - 1, last + PrefetchAfter); ++p)
        pages.append(p);
    for (int p = first - 1; p >= qMax(0, first - PrefetchBefore); --p)
        pages.append(p);
    QList<RenderKey> keys;
    for (int p : std::as_const(pages))
        keys.append(keyFor(p));
    m_renderer->setWanted(PageRenderer::Lane::View, keys);
}

void PageView::updateCurrentPage()
{
    if (pageCount() == 0)
        return;
    // The page that covers the upper part of the viewport: the one a reviewer reads.
    const int page = pageAt(scrollOffset().y() + viewport()->height() * 0.25);
    if (page != m_currentPage) {
        m_currentPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

void PageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    if (pageCount() == 0)
        return;
    const QRect dirty = event->rect();
    const qreal top = scrollOffset().y();
    const int first = pageAt(top + dirty.top());
    const int last = pageAt(top + dirty.bottom());
    RenderCache &cache = m_renderer->cache();
    for (int page = first; page <= last; ++page) {
        const QRectF r = pageRectInViewport(page);
        painter.fillRect(r.translated(2, 2), QColor(0, 0, 0, 60)); // shadow
        painter.fillRect(r, Qt::white);
        const RenderKey key = keyFor(page);
        QImage image = cache.find(key);
        if (image.isNull())
            image = cache.findClosest(page, m_rotation, key.size); // scaled until the exact one arrives
        if (!image.isNull()) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform, image.size() != key.size);
            painter.drawImage(r, image);
        } else if (m_renderer->hasFailed(key)) {
            painter.setPen(Qt::darkGray);
            painter.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, tr("This page cannot be shown."));
        }
        for (const QPointer<OverlayLayer> &layer : std::as_const(m_layers)) {
            if (layer)
                layer->paint(&painter, page, pageToViewport(page));
        }
    }
    if (m_pickPage >= 0 && m_pickStart != m_pickEnd) { // the text being picked
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(60);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRect(QRectF(m_pickStart, m_pickEnd).normalized());
    }
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (pageCount() == 0)
        return;
    if (m_zoomMode != ZoomMode::Custom) {
        const int page = m_currentPage;
        const qreal zoom = fitZoom(m_zoomMode);
        const bool changed = !qFuzzyCompare(zoom, m_zoom);
        m_zoom = zoom;
        relayout();
        if (changed) {
            goToPage(page);
            Q_EMIT zoomChanged(m_zoom, m_zoomMode);
        }
    } else {
        relayout();
    }
    scheduleRenders();
}

void PageView::scrollContentsBy(int dx, int dy)
{
    viewport()->scroll(dx, dy);
    if (!m_programmaticScroll)
        updateCurrentPage();
    scheduleRenders();
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            applyZoom(m_zoom * std::pow(1.1, delta / 120.0), ZoomMode::Custom, event->position());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Home:
        goToPage(0);
        return;
    case Qt::Key_End:
        goToPage(pageCount() - 1);
        return;
    case Qt::Key_Space:
        verticalScrollBar()->triggerAction(event->modifiers() & Qt::ShiftModifier
                                               ? QAbstractSlider::SliderPageStepSub
                                               : QAbstractSlider::SliderPageStepAdd);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

PageView::Hit PageView::overlayHit(QPointF viewportPoint) const
{
    const int page = pageUnder(viewportPoint);
    if (page < 0)
        return {};
    bool invertible = false;
    const QPointF point = pageToViewport(page).inverted(&invertible).map(viewportPoint);
    if (!invertible)
        return {};
    for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it) {
        OverlayLayer *layer = it->data();
        if (!layer)
            continue;
        const QString id = layer->itemAt(page, point);
        if (!id.isEmpty())
            return {layer, id};
    }
    return {};
}

void PageView::setHovered(const Hit &hit)
{
    if (hit.layer == m_hovered.layer && hit.id == m_hovered.id)
        return;
    if (m_hovered.layer && m_hovered.layer != hit.layer)
        m_hovered.layer->setHoveredItem({});
    if (hit.layer)
        hit.layer->setHoveredItem(hit.id);
    m_hovered = hit;
    viewport()->setCursor(hit.layer ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        m_panScrollStart = scrollOffset().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressed = overlayHit(event->position());
    // Picking text may start on a box too: a press that does not move is a click on the box.
    if (m_textPicking && pageUnder(event->position()) >= 0) {
        m_pickPage = pageUnder(event->position());
        m_pickStart = m_pickEnd = event->position();
        viewport()->setCursor(Qt::IBeamCursor);
    } else if (!m_pressed.layer) {
        m_panning = true; // drag the paper
        m_panStart = event->position().toPoint();
        m_panScrollStart = scrollOffset().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pickPage >= 0) {
        m_pickEnd = event->position();
        viewport()->update();
        return;
    }
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panStart;
        horizontalScrollBar()->setValue(m_panScrollStart.x() - delta.x());
        verticalScrollBar()->setValue(m_panScrollStart.y() - delta.y());
        return;
    }
    setHovered(overlayHit(event->position()));
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton && m_panning) {
        m_panning = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const bool moved =
        (event->position() - m_pickStart).manhattanLength() >= QApplication::startDragDistance();
    if (m_pickPage >= 0 && m_pressed.layer && !moved) {
        m_pickPage = -1;
        viewport()->update();
        const Hit hit = overlayHit(event->position());
        if (hit.layer == m_pressed.layer && hit.id == m_pressed.id)
            hit.layer->click(hit.id);
    } else if (m_pickPage >= 0) {
        const int page = std::exchange(m_pickPage, -1);
        viewport()->setCursor(Qt::ArrowCursor);
        viewport()->update();
        bool invertible = false;
        const QTransform toPage = pageToViewport(page).inverted(&invertible);
        if (invertible) {
            const QRectF picked = toPage.mapRect(QRectF(m_pickStart, event->position()).normalized());
            Q_EMIT textPicked(page, picked);
        }
    } else if (m_panning) {
        m_panning = false;
        viewport()->setCursor(Qt::ArrowCursor);
    } else {
        const Hit hit = overlayHit(event->position());
        if (hit.layer && hit.layer == m_pressed.layer && hit.id == m_pressed.id)
            hit.layer->click(hit.id);
    }
    m_pressed = {};
}

void PageView::leaveEvent(QEvent *event)
{
    setHovered({});
    QAbstractScrollArea::leaveEvent(event);
}

bool PageView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = overlayHit(help->pos());
        if (hit.layer) {
            if (const auto item = hit.layer->item(hit.id); item && !item->toolTip.isEmpty()) {
                QToolTip::showText(help->globalPos(), item->toolTip, viewport());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}
