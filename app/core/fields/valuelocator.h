#pragma once

#include "core/fields/locatedvalue.h"
#include "core/fields/locaterequest.h"
#include "core/fields/textlayer.h"
#include "core/viewer/viewerdocument.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

// Finds predicted values on a document's text layer (this API generation returns no coordinates).
//
// Both sides are normalised (ValueNormaliser: amounts, dates, identifiers, text), candidates are runs of
// whole words (across line breaks), an amount never matches inside a longer number nor a date inside a
// phone number, and candidates are ranked by how near they are to the label's own words
// (LocatorKeywords). A request carrying page and location is used as given.
//
// locate() runs off the UI thread and emits located(); the text layer of the last few documents is cached.
// locateIn() is the same work, synchronous and pure, for tests, the CLI and workers.
class ValueLocator : public QObject
{
    Q_OBJECT
public:
    // Runners-up reported (each with its boxes), and only those scoring at least half the best.
    static constexpr int MaxRunnersUp = 3;
    // A runner-up at least this share of the best score makes the result Ambiguous.
    static constexpr double AmbiguityRatio = 0.85;
    static constexpr int CachedDocuments = 4;

    explicit ValueLocator(QObject *parent = nullptr);
    ~ValueLocator() override;

    // Starts locating `requests` in `document` on a worker thread; emits located(ticket, ...) later, in
    // the order of `requests`. A newer call does not cancel older ones (each ticket is answered), but
    // results for a document are computed on the same cached text layer.
    quint64 locate(const ViewerDocument &document, const QList<LocateRequest> &requests);

    // Blocking: the text layer of `document`, from the cache or extracted now (thread-safe).
    TextLayer textLayer(const ViewerDocument &document);

    // Blocking and pure: where each request stands in `layer`.
    static QList<LocatedValue> locateIn(const TextLayer &layer, const QList<LocateRequest> &requests);
    static LocatedValue locateOne(const TextLayer &layer, const LocateRequest &request);

Q_SIGNALS:
    void located(quint64 ticket, const QList<LocatedValue> &values);

private:
    struct Cache;
    static TextLayer cachedLayer(const std::shared_ptr<Cache> &cache, const ViewerDocument &document);

    QThreadPool m_pool;
    std::shared_ptr<Cache> m_cache;
    quint64 m_nextTicket = 0;
};
