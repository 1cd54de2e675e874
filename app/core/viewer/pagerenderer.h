#pragma once

#include "core/viewer/rendercache.h"
#include "core/viewer/renderkey.h"
#include "core/viewer/viewerdocument.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

// Renders pages off the GUI thread into a RenderCache bounded in bytes.
//
// Callers say what they want now (setWanted, per lane, in priority order) instead of queueing requests:
// a new wish replaces the old one, so scrolling fast through 300 pages never builds a backlog of pages
// that are no longer on screen. One page renders at a time on one worker thread (PDFium is serialised by
// QtPdf's global lock anyway, and one thread keeps a hostile page from hogging more than one core). The
// view lane goes before the thumbnail lane.
class PageRenderer : public QObject
{
    Q_OBJECT
public:
    enum class Lane { View = 0, Thumbnails = 1 };

    explicit PageRenderer(qint64 cacheBytes, QObject *parent = nullptr);
    ~PageRenderer() override;

    // Drops the cache and every wish; a render still running for the old document is discarded.
    void setDocument(const ViewerDocument &document);
    const ViewerDocument &document() const { return m_document; }
    RenderCache &cache() { return m_cache; }
    const RenderCache &cache() const { return m_cache; }

    // Replaces the wishes of `lane`. Keys already cached, failed or invalid are skipped.
    void setWanted(Lane lane, const QList<RenderKey> &keys);
    bool isIdle() const { return !m_running && m_wanted[0].isEmpty() && m_wanted[1].isEmpty(); }
    // True when the page could not be rendered at this key (PDFium gave up); it is not tried again.
    bool hasFailed(const RenderKey &key) const { return m_failed.contains(key); }
    int renderedCount() const { return m_renderedCount; }

Q_SIGNALS:
    void pageRendered(const RenderKey &key);
    void pageFailed(const RenderKey &key);
    // Nothing is running or wanted any more.
    void idle();

private:
    void startNext();

    ViewerDocument m_document;
    RenderCache m_cache;
    QThreadPool m_pool;
    QList<RenderKey> m_wanted[2];
    QSet<RenderKey> m_failed;
    RenderKey m_runningKey;
    bool m_running = false;
    quint64 m_generation = 0;
    int m_renderedCount = 0;
};
