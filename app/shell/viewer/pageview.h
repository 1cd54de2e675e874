#pragma once

#include "core/viewer/renderkey.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <QTransform>

class OverlayLayer;
class PageRenderer;

// The pages of a document one under another, scrolled continuously. Draws what PageRenderer has in its
// cache (scaling a nearby size while the exact one renders), asks it for the visible pages and the next
// few at the zoom in use and the screen's device pixel ratio, and draws the overlay layers above.
//
// Zoom 1.0 shows a page at its printed size on a 96 dpi screen. Rotation turns every page clockwise.
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class ZoomMode { Custom, FitWidth, FitPage };
    Q_ENUM(ZoomMode)

    static constexpr qreal MinZoom = 0.1;
    static constexpr qreal MaxZoom = 8.0;
    static constexpr qreal PixelsPerPointAt100 = 96.0 / 72.0;

    explicit PageView(PageRenderer *renderer, QWidget *parent = nullptr);

    // Re-reads the renderer's document (after PageRenderer::setDocument) and shows its first page.
    void documentChanged();
    int pageCount() const { return int(m_pageRects.size()); }

    qreal zoom() const { return m_zoom; }
    ZoomMode zoomMode() const { return m_zoomMode; }
    void setZoom(qreal zoom); // switches to ZoomMode::Custom
    void setZoomMode(ZoomMode mode);
    void zoomIn();
    void zoomOut();

    int rotation() const { return m_rotation; }
    void setRotation(int degrees);
    void rotateClockwise() { setRotation(m_rotation + 90); }

    int currentPage() const { return m_currentPage; }
    void goToPage(int page);
    // Scrolls so that `rect` (points of `page`) is in view, centred when it was not.
    void ensureVisible(int page, const QRectF &rect);

    // Layers are drawn in the order added (later on top); the view does not own them.
    void addOverlayLayer(OverlayLayer *layer);
    void removeOverlayLayer(OverlayLayer *layer);

    // Where `page` is in the viewport, and the mapping from its points to viewport pixels.
    QRectF pageRectInViewport(int page) const;
    QTransform pageToViewport(int page) const;
    qreal pixelsPerPoint() const { return m_zoom * PixelsPerPointAt100; }
    // True when `page` is drawn from an image rendered at the current zoom, rotation and pixel ratio.
    bool isPageRendered(int page) const;

    // Text picking: when on, a left click or drag on a page (not on an overlay item) picks text instead of
    // dragging the paper, and textPicked() says where; the middle button still drags the paper.
    void setTextPicking(bool on) { m_textPicking = on; }
    bool isTextPicking() const { return m_textPicking; }

Q_SIGNALS:
    void currentPageChanged(int page);
    void zoomChanged(qreal zoom, PageView::ZoomMode mode);
    void rotationChanged(int degrees);
    // A click (a rectangle smaller than 3 points) or a drag on `page`, in points of the unrotated page.
    void textPicked(int page, const QRectF &rect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Hit
    {
        OverlayLayer *layer = nullptr;
        QString id;
    };

    void applyZoom(qreal zoom, ZoomMode mode, QPointF anchor);
    qreal fitZoom(ZoomMode mode) const;
    void relayout();
    QSizeF rotatedPageSize(int page) const; // points
    QPointF scrollOffset() const;
    int pageAt(qreal contentY) const;
    int pageUnder(QPointF viewportPoint) const;
    RenderKey keyFor(int page) const;
    void scheduleRenders();
    void requestRenders();
    void updateCurrentPage();
    Hit overlayHit(QPointF viewportPoint) const;
    void setHovered(const Hit &hit);

    PageRenderer *m_renderer;
    QList<QRectF> m_pageRects; // content coordinates, device-independent pixels
    QSizeF m_contentSize;
    QList<QPointer<OverlayLayer>> m_layers;
    qreal m_zoom = 1.0;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    int m_rotation = 0;
    int m_currentPage = 0;
    bool m_rendersScheduled = false;
    bool m_programmaticScroll = false;
    Hit m_hovered;
    Hit m_pressed;
    QPoint m_panStart;
    QPoint m_panScrollStart;
    bool m_panning = false;
    bool m_textPicking = false;
    int m_pickPage = -1; // a pick in progress
    QPointF m_pickStart;
    QPointF m_pickEnd;
};
