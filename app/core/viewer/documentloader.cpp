#include "core/viewer/documentloader.h"

#include "core/common/offthread.h"

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("DocumentLoader"));
}

DocumentLoader::~DocumentLoader()
{
    ++m_generation;
    m_pool.waitForDone();
}

void DocumentLoader::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    runOffThread(
        &m_pool, this, [path] { return ViewerDocument::load(path); },
        [this, generation, path](const ViewerDocument::LoadResult &result) {
            if (generation != m_generation)
                return;
            if (result.document.isNull())
                Q_EMIT failed(path, result.errorMessage);
            else
                Q_EMIT loaded(result.document);
        });
}
