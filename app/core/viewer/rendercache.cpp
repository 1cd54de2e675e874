#include "core/viewer/rendercache.h"

#include <cstdlib>

RenderCache::RenderCache(qint64 maxBytes)
    : m_maxBytes(qMax<qint64>(0, maxBytes))
{}

void RenderCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = qMax<qint64>(0, maxBytes);
    evict();
}

void RenderCache::insert(const RenderKey &key, const QImage &image)
{
    if (image.isNull())
        return;
    if (auto it = m_index.constFind(key); it != m_index.constEnd()) {
        m_usedBytes -= (*it)->image.sizeInBytes();
        m_entries.erase(*it);
        m_index.erase(it);
        m_byPage.remove(key.page, key);
    }
    m_entries.push_front({key, image});
    m_index.insert(key, m_entries.begin());
    m_byPage.insert(key.page, key);
    m_usedBytes += image.sizeInBytes();
    evict();
    m_peakBytes = qMax(m_peakBytes, m_usedBytes);
}

QImage RenderCache::find(const RenderKey &key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd())
        return {};
    m_entries.splice(m_entries.begin(), m_entries, *it);
    return m_entries.front().image;
}

QImage RenderCache::findClosest(int page, int rotation, QSize size) const
{
    QImage best;
    int bestDistance = 0;
    for (auto it = m_byPage.constFind(page); it != m_byPage.constEnd() && it.key() == page; ++it) {
        if (it->rotation != rotation)
            continue;
        const int distance = std::abs(it->size.width() - size.width());
        if (best.isNull() || distance < bestDistance) {
            best = (*m_index.value(*it)).image;
            bestDistance = distance;
        }
    }
    return best;
}

void RenderCache::clear()
{
    m_entries.clear();
    m_index.clear();
    m_byPage.clear();
    m_usedBytes = 0;
}

void RenderCache::evict()
{
    while (m_usedBytes > m_maxBytes && m_entries.size() > 1) {
        const Entry &last = m_entries.back();
        m_usedBytes -= last.image.sizeInBytes();
        m_index.remove(last.key);
        m_byPage.remove(last.key.page, last.key);
        m_entries.pop_back();
    }
}
