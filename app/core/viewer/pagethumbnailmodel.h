#pragma once

#include "core/viewer/renderkey.h"

#include <QAbstractListModel>
#include <QImage>
#include <QList>

class PageRenderer;

// One row per page of the renderer's document: the page number as text and, as decoration, a thumbnail
// rendered on demand. Only the rows a view asks for get rendered (a view asks for the rows it shows), and
// the wish is replaced on every pass, so scrolling the thumbnails of 300 pages renders what is seen.
class PageThumbnailModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit PageThumbnailModel(PageRenderer *renderer, QObject *parent = nullptr);

    // Width of a thumbnail in device-independent pixels, and the screen's device pixel ratio.
    void setThumbnailWidth(int width);
    int thumbnailWidth() const { return m_width; }
    void setDevicePixelRatio(qreal ratio);
    // Rotation (degrees clockwise) the pages are shown with.
    void setRotation(int rotation);
    // Call after the renderer's document changed.
    void reset();

    // The size (device-independent pixels) of the thumbnail of `page`.
    QSize thumbnailSize(int page) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    RenderKey keyFor(int page) const;
    void onPageRendered(const RenderKey &key);
    void flushWishes();

    PageRenderer *m_renderer;
    int m_width = 96;
    qreal m_ratio = 1.0;
    int m_rotation = 0;
    int m_rows = 0;
    mutable QList<RenderKey> m_wishes;
    mutable bool m_flushScheduled = false;
};
