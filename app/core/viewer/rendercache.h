#pragma once

#include "core/viewer/renderkey.h"

#include <QHash>
#include <QImage>

#include <list>

// Rendered page images, bounded in bytes, least recently used evicted first. The newest image is always
// kept (even when it alone exceeds the budget) so that the page being looked at can be shown; the render
// cap (ViewerDocument::MaxRenderPixels) bounds that one image. GUI thread only.
class RenderCache
{
public:
    explicit RenderCache(qint64 maxBytes);

    void setMaxBytes(qint64 maxBytes);
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 usedBytes() const { return m_usedBytes; }
    int count() const { return int(m_entries.size()); }
    // The most bytes held after any insertion since construction or resetPeak().
    qint64 peakBytes() const { return m_peakBytes; }
    void resetPeak() { m_peakBytes = m_usedBytes; }

    void insert(const RenderKey &key, const QImage &image);
    bool contains(const RenderKey &key) const { return m_index.contains(key); }
    // The image for exactly this key (marked as recently used), or a null image.
    QImage find(const RenderKey &key);
    // Any image of this page and rotation, the one closest in width to `size`: a placeholder to scale
    // while the exact one renders. Does not change the order of eviction.
    QImage findClosest(int page, int rotation, QSize size) const;
    void clear();

private:
    struct Entry
    {
        RenderKey key;
        QImage image;
    };
    void evict();

    qint64 m_maxBytes;
    qint64 m_usedBytes = 0;
    qint64 m_peakBytes = 0;
    std::list<Entry> m_entries; // front = most recently used
    QHash<RenderKey, std::list<Entry>::iterator> m_index;
    QMultiHash<int, RenderKey> m_byPage;
};
