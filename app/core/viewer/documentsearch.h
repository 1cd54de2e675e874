#pragma once

#include "core/viewer/searchhit.h"
#include "core/viewer/viewerdocument.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

// Finds every occurrence of a text in a PDF's text layer, case-insensitively, on a worker thread (page
// text extraction takes PDFium's lock, which the GUI thread must never wait for). A new search cancels
// the previous one. Results are capped at MaxHits.
class DocumentSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxHits = 5000;

    explicit DocumentSearch(QObject *parent = nullptr);
    ~DocumentSearch() override;

    // Emits finished() later (also for an empty text or a document without text: no hits).
    void start(const ViewerDocument &document, const QString &text);
    void cancel();

    // Blocking: the search itself, for a worker thread (and tests). Stops early when *cancelled is set.
    static QList<SearchHit> find(const ViewerDocument &document, const QString &text,
                                 const std::atomic_bool *cancelled = nullptr);

Q_SIGNALS:
    void finished(const QString &text, const QList<SearchHit> &hits);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    quint64 m_generation = 0;
};
