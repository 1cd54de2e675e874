#include "core/viewer/pagethumbnailmodel.h"

#include "core/viewer/pagerenderer.h"

#include <QTimer>

PageThumbnailModel::PageThumbnailModel(PageRenderer *renderer, QObject *parent)
    : QAbstractListModel(parent)
    , m_renderer(renderer)
{
    connect(m_renderer, &PageRenderer::pageRendered, this, &PageThumbnailModel::onPageRendered);
}

void PageThumbnailModel::setThumbnailWidth(int width)
{
    m_width = qBound(16, width, 512);
    reset();
}

void PageThumbnailModel::setDevicePixelRatio(qreal ratio)
{
    if (qFuzzyCompare(ratio, m_ratio) || ratio <= 0)
        return;
    m_ratio = ratio;
    reset();
}

void PageThumbnailModel::setRotation(int rotation)
{
    rotation = ((rotation % 360) + 360) % 360;
    if (rotation == m_rotation)
        return;
    m_rotation = rotation;
    reset();
}

void PageThumbnailModel::reset()
{
    beginResetModel();
    m_rows = m_renderer->document().pageCount();
    m_wishes.clear();
    endResetModel();
}

QSize PageThumbnailModel::thumbnailSize(int page) const
{
    QSizeF points = m_renderer->document().pageSize(page);
    if (points.isEmpty())
        return {};
    if (m_rotation == 90 || m_rotation == 270)
        points.transpose();
    return QSize(m_width, qMax(1, qRound(m_width * points.height() / points.width())));
}

RenderKey PageThumbnailModel::keyFor(int page) const
{
    const QSize size = thumbnailSize(page);
    return {page, QSize(qRound(size.width() * m_ratio), qRound(size.height() * m_ratio)), m_rotation};
}

int PageThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant PageThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("Page %1 of %2").arg(page + 1).arg(m_rows);
    case Qt::SizeHintRole:
        return thumbnailSize(page);
    case Qt::DecorationRole: {
        const RenderKey key = keyFor(page);
        QImage image = m_renderer->cache().find(key);
        if (image.isNull()) {
            if (!m_renderer->hasFailed(key) && !m_wishes.contains(key)) {
                m_wishes.append(key);
                if (!m_flushScheduled) {
                    m_flushScheduled = true;
                    QTimer::singleShot(0, const_cast<PageThumbnailModel *>(this),
                                       &PageThumbnailModel::flushWishes);
                }
            }
            image = QImage(key.size, QImage::Format_RGB32);
            image.fill(Qt::white);
        }
        image.setDevicePixelRatio(m_ratio);
        return image;
    }
    default:
        return {};
    }
}

void PageThumbnailModel::flushWishes()
{
    m_flushScheduled = false;
    m_renderer->setWanted(PageRenderer::Lane::Thumbnails, m_wishes);
    m_wishes.clear();
}

void PageThumbnailModel::onPageRendered(const RenderKey &key)
{
    if (key.page < m_rows && key == keyFor(key.page)) {
        const QModelIndex i = index(key.page);
        Q_EMIT dataChanged(i, i, {Qt::DecorationRole});
    }
}
