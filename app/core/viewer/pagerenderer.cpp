#include "core/viewer/pagerenderer.h"

#include "core/common/offthread.h"

PageRenderer::PageRenderer(qint64 cacheBytes, QObject *parent)
    : QObject(parent)
    , m_cache(cacheBytes)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("PageRenderer"));
}

PageRenderer::~PageRenderer()
{
    m_wanted[0].clear();
    m_wanted[1].clear();
    // At most one page render is running; its result is dropped (the continuation's context is gone).
    m_pool.waitForDone();
}

void PageRenderer::setDocument(const ViewerDocument &document)
{
    ++m_generation;
    m_document = document;
    m_cache.clear();
    m_failed.clear();
    m_wanted[0].clear();
    m_wanted[1].clear();
}

void PageRenderer::setWanted(Lane lane, const QList<RenderKey> &keys)
{
    QList<RenderKey> &wanted = m_wanted[int(lane)];
    wanted.clear();
    for (const RenderKey &key : keys) {
        if (!key.isValid() || key.page >= m_document.pageCount() || m_cache.contains(key) ||
            m_failed.contains(key) || (m_running && key == m_runningKey) || wanted.contains(key))
            continue;
        wanted.append(key);
    }
    startNext();
}

void PageRenderer::startNext()
{
    if (m_running)
        return;
    QList<RenderKey> *lane = !m_wanted[0].isEmpty() ? &m_wanted[0] : &m_wanted[1];
    if (lane->isEmpty()) {
        Q_EMIT idle();
        return;
    }
    const RenderKey key = lane->takeFirst();
    m_running = true;
    m_runningKey = key;
    const quint64 generation = m_generation;
    const ViewerDocument document = m_document;
    runOffThread(
        &m_pool, this, [document, key] { return document.render(key.page, key.size, key.rotation); },
        [this, generation, key](const QImage &image) {
            m_running = false;
            m_runningKey = {};
            if (generation == m_generation) {
                if (image.isNull()) {
                    m_failed.insert(key);
                    Q_EMIT pageFailed(key);
                } else {
                    ++m_renderedCount;
                    m_cache.insert(key, image);
                    Q_EMIT pageRendered(key);
                }
            }
            startNext();
        });
}
