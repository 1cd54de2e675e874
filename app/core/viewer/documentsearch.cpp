#include "core/viewer/documentsearch.h"

#include "core/common/offthread.h"

#include <QPdfDocument>
#include <QPdfSelection>

DocumentSearch::DocumentSearch(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("DocumentSearch"));
}

DocumentSearch::~DocumentSearch()
{
    cancel();
    m_pool.waitForDone();
}

void DocumentSearch::cancel()
{
    ++m_generation;
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelled.reset();
}

void DocumentSearch::start(const ViewerDocument &document, const QString &text)
{
    cancel();
    const quint64 generation = m_generation;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    runOffThread(
        &m_pool, this, [document, text, cancelled] { return find(document, text, cancelled.get()); },
        [this, generation, text](const QList<SearchHit> &hits) {
            if (generation == m_generation)
                Q_EMIT finished(text, hits);
        });
}

QList<SearchHit> DocumentSearch::find(const ViewerDocument &document, const QString &text,
                                      const std::atomic_bool *cancelled)
{
    QList<SearchHit> hits;
    const QString needle = text.simplified();
    QPdfDocument *pdf = document.pdf();
    if (needle.isEmpty() || !pdf)
        return hits;
    for (int page = 0; page < document.pageCount(); ++page) {
        if (cancelled && cancelled->load())
            return {};
        const QString pageText = pdf->getAllText(page).text();
        qsizetype from = 0;
        while ((from = pageText.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
            const QPdfSelection selection = pdf->getSelectionAtIndex(page, int(from), int(needle.size()));
            SearchHit hit;
            hit.page = page;
            for (const QPolygonF &polygon : selection.bounds())
                hit.rects.append(polygon.boundingRect());
            if (!hit.rects.isEmpty())
                hits.append(hit);
            if (hits.size() >= MaxHits)
                return hits;
            from += needle.size();
        }
    }
    return hits;
}
