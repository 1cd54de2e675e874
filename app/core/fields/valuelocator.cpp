#include "core/fields/valuelocator.h"

#include "core/common/offthread.h"

#include "core/fields/locatorkeywords.h"
#include "core/fields/valuenormaliser.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = ValueNormaliser::Kind;

// The words of one page, case folded and without surrounding punctuation, for keyword matching.
struct LocatorPageIndex
{
    QStringList folded;
};

struct LocatorKeywordHit
{
    qsizetype first = 0; // word indices, inclusive
    qsizetype last = 0;
    int line = 0;
    bool own = true;
    QString text;
};

struct LocatorWindow
{
    qsizetype firstWord = 0;
    qsizetype lastWord = 0;
    qsizetype start = 0; // characters in the page text
    qsizetype length = 0;
    double quality = 0;
    QString text;
};

QList<LocatorPageIndex> indexLocatorPages(const TextLayer &layer)
{
    QList<LocatorPageIndex> pages;
    for (int p = 0; p < layer.pageCount(); ++p) {
        LocatorPageIndex index;
        for (const TextLayer::Word &w : layer.page(p).words)
            index.folded.append(ValueNormaliser::normaliseText(w.text));
        pages.append(index);
    }
    return pages;
}

QList<LocatorKeywordHit> findLocatorKeywords(const TextLayer::Page &page, const LocatorPageIndex &index,
                                             const QStringList &own, const QStringList &rivals)
{
    QList<LocatorKeywordHit> hits;
    auto scan = [&](const QStringList &keywords, bool isOwn) {
        for (const QString &keyword : keywords) {
            const QStringList parts = keyword.split(u' ', Qt::SkipEmptyParts);
            if (parts.isEmpty())
                continue;
            for (qsizetype i = 0; i + parts.size() <= index.folded.size(); ++i) {
                bool match = true;
                for (qsizetype k = 0; k < parts.size() && match; ++k)
                    match = index.folded.at(i + k) == parts.at(k);
                if (match)
                    hits.append(
                        {i, i + parts.size() - 1, page.words.at(i).line, isOwn,
                         page.text
                             .mid(page.words.at(i).start, page.words.at(i + parts.size() - 1).start +
                                                              page.words.at(i + parts.size() - 1).length -
                                                              page.words.at(i).start)
                             .simplified()});
            }
        }
    };
    scan(own, true);
    scan(rivals, false);
    // Longest match wins where matches overlap: "Total excl. VAT" is the net amount's label, not "Total".
    std::stable_sort(hits.begin(), hits.end(), [](const LocatorKeywordHit &a, const LocatorKeywordHit &b) {
        return (a.last - a.first) > (b.last - b.first);
    });
    QList<LocatorKeywordHit> kept;
    for (const LocatorKeywordHit &h : hits) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const LocatorKeywordHit &k) {
            return h.first <= k.last && k.first <= h.last;
        });
        if (!overlaps)
            kept.append(h);
    }
    return kept;
}

bool isLocatorDigits(QStringView s, qsizetype minLen, qsizetype maxLen)
{
    if (s.size() < minLen || s.size() > maxLen)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isLocatorPhoneish(QStringView s)
{
    static const QRegularExpression re(u"^[+(]?[0-9][0-9()\\-/. ]*$"_s);
    return re.match(s).hasMatch();
}

bool isLocatorPhoneWord(const QString &folded)
{
    static const QStringList words = {u"tel"_s,   u"tlf"_s,       u"phone"_s, u"telephone"_s, u"telefon"_s,
                                      u"tél"_s,   u"téléphone"_s, u"fax"_s,   u"mob"_s,       u"mobile"_s,
                                      u"mobil"_s, u"telefax"_s,   u"handy"_s, u"gsm"_s,       u"ph"_s};
    return words.contains(folded);
}

// The window's text without a glued label ("Nr:12345" -> "12345") and stray punctuation at its ends.
QString locatorCoreText(const QString &text, qsizetype *offset)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    const qsizetype firstSpace = text.indexOf(u' ');
    const qsizetype colon = text.indexOf(u':');
    if (colon >= 0 && colon + 1 < text.size() && (firstSpace < 0 || colon < firstSpace) &&
        !text.at(colon + 1).isSpace())
        from = colon + 1;
    static const QString leading = u"#:;*\"'“«"_s;
    static const QString trailing = u",;:*\"'”»"_s;
    while (from < to && leading.contains(text.at(from)))
        ++from;
    while (to > from && trailing.contains(text.at(to - 1)))
        --to;
    // A full stop ends sentences, not amounts or IDs ("... is 42183017.").
    if (to - from > 1 && text.at(to - 1) == u'.' && text.at(to - 2).isDigit())
        --to;
    *offset = from;
    return text.mid(from, to - from);
}

bool locatorHasLetters(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

struct LocatorScored
{
    LocatedValue::Candidate candidate;
    qsizetype order = 0;
};

} // namespace

struct ValueLocator::Cache
{
    QMutex mutex;
    QList<std::pair<ViewerDocument, TextLayer>> entries; // most recent last
};

ValueLocator::ValueLocator(QObject *parent)
    : QObject(parent)
    , m_cache(std::make_shared<Cache>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"ValueLocator"_s);
}

ValueLocator::~ValueLocator()
{
    m_pool.waitForDone();
}

namespace {

bool sameLocatorDocument(const ViewerDocument &a, const ViewerDocument &b)
{
    if (a.pdf() || b.pdf())
        return a.pdf() == b.pdf();
    return a.path() == b.path() && a.kind() == b.kind();
}

} // namespace

TextLayer ValueLocator::textLayer(const ViewerDocument &document)
{
    return cachedLayer(m_cache, document);
}

TextLayer ValueLocator::cachedLayer(const std::shared_ptr<Cache> &cache, const ViewerDocument &document)
{
    {
        QMutexLocker lock(&cache->mutex);
        for (qsizetype i = 0; i < cache->entries.size(); ++i) {
            if (sameLocatorDocument(cache->entries.at(i).first, document)) {
                auto entry = cache->entries.takeAt(i);
                cache->entries.append(entry);
                return entry.second;
            }
        }
    }
    const TextLayer layer = TextLayer::extract(document);
    QMutexLocker lock(&cache->mutex);
    cache->entries.append({document, layer});
    while (cache->entries.size() > ValueLocator::CachedDocuments)
        cache->entries.removeFirst();
    return layer;
}

quint64 ValueLocator::locate(const ViewerDocument &document, const QList<LocateRequest> &requests)
{
    const quint64 ticket = ++m_nextTicket;
    runOffThread(
        &m_pool, this,
        [cache = m_cache, document, requests] { return locateIn(cachedLayer(cache, document), requests); },
        [this, ticket](const QList<LocatedValue> &values) { Q_EMIT located(ticket, values); });
    return ticket;
}

QList<LocatedValue> ValueLocator::locateIn(const TextLayer &layer, const QList<LocateRequest> &requests)
{
    QList<LocatedValue> out;
    out.reserve(requests.size());
    for (const LocateRequest &request : requests)
        out.append(locateOne(layer, request));
    return out;
}

LocatedValue ValueLocator::locateOne(const TextLayer &layer, const LocateRequest &request)
{
    LocatedValue result;
    result.request = request;
    const QString value = request.value.simplified();
    const QString lowered = value.toLower();
    if (value.isEmpty() || lowered == u"null"_s || lowered == u"true"_s || lowered == u"false"_s) {
        result.status = LocatedValue::Status::EmptyValue;
        return result;
    }
    if (request.page && request.location && *request.page >= 0 && request.location->isValid()) {
        result.status = LocatedValue::Status::FromPrediction;
        result.best.page = *request.page;
        result.best.rects = {*request.location};
        result.best.matchedText = value;
        result.best.score = 1;
        result.confidence = 1;
        return result;
    }
    if (!layer.hasText()) {
        result.status = LocatedValue::Status::NoTextLayer;
        return result;
    }

    Kind kind = ValueNormaliser::kindFor(request.label, value);
    QStringList targets = ValueNormaliser::keys(kind, value);
    if (targets.isEmpty()) {
        kind = Kind::Text;
        targets = ValueNormaliser::keys(kind, value);
    }
    if (targets.isEmpty()) {
        result.status = LocatedValue::Status::EmptyValue;
        return result;
    }
    const QString preferred = targets.front();
    const qsizetype valueWords = value.count(u' ') + 1;
    const qsizetype targetLength = preferred.size();
    qsizetype maxWords = 1;
    switch (kind) {
    case Kind::Amount:
        maxWords = 4; // "EUR 1 234 567,00"
        break;
    case Kind::Date:
        maxWords = 5; // "Monday, August 3 , 2014"
        break;
    case Kind::Identifier:
        maxWords = std::max<qsizetype>(valueWords + 2, 9); // IBAN in groups of four
        break;
    case Kind::Text:
        maxWords = valueWords + 3;
        break;
    }

    const LocatorKeywords::Concept fieldConcept = LocatorKeywords::conceptFor(request.label);
    const QStringList ownKeywords = LocatorKeywords::keywordsFor(request.label);
    const QStringList rivalKeywords = LocatorKeywords::rivalKeywords(fieldConcept);
    const QList<LocatorPageIndex> indexes = indexLocatorPages(layer);

    QList<LocatorScored> scored;
    qsizetype order = 0;
    for (int p = 0; p < layer.pageCount(); ++p) {
        const TextLayer::Page &page = layer.page(p);
        const QList<TextLayer::Word> &words = page.words;
        if (words.isEmpty())
            continue;
        QList<LocatorWindow> windows;
        for (qsizetype i = 0; i < words.size(); ++i) {
            for (qsizetype n = 1; n <= maxWords && i + n <= words.size(); ++n) {
                const TextLayer::Word &first = words.at(i);
                const TextLayer::Word &last = words.at(i + n - 1);
                const QString raw = page.text.mid(first.start, last.start + last.length - first.start);
                qsizetype offset = 0;
                const QString core = locatorCoreText(raw, &offset);
                if (core.isEmpty())
                    continue;
                const QString simple = core.simplified();
                if (kind == Kind::Identifier &&
                    ValueNormaliser::normaliseIdentifier(simple).size() > targetLength + 2)
                    break;
                if (kind == Kind::Text && simple.size() > targetLength + 8)
                    break;
                if ((kind == Kind::Amount || kind == Kind::Date) &&
                    !std::any_of(simple.begin(), simple.end(), [](QChar c) { return c.isDigit(); }))
                    continue;
                const QStringList keys = ValueNormaliser::keys(kind, simple);
                const bool hit = std::any_of(keys.cbegin(), keys.cend(),
                                             [&](const QString &k) { return targets.contains(k); });
                if (!hit)
                    continue;
                // Not inside a longer number ("1 234.50" is not "234.50"), nor a date inside a phone number.
                const QString previous = i > 0 ? words.at(i - 1).text : QString();
                const QString next = i + n < words.size() ? words.at(i + n).text : QString();
                if (kind == Kind::Amount && offset == 0) {
                    if (isLocatorDigits(previous, 1, 3) && simple.front().isDigit() &&
                        !ValueNormaliser::amountReadings(QString(previous + u' ' + simple)).isEmpty())
                        continue;
                    static const QRegularExpression group(u"^\\d{3}(?:[.,]\\d+)?$"_s);
                    if (group.match(next).hasMatch() && simple.back().isDigit() &&
                        !ValueNormaliser::amountReadings(QString(simple + u' ' + next)).isEmpty())
                        continue;
                }
                if (kind == Kind::Date && !locatorHasLetters(simple)) {
                    if ((!previous.isEmpty() && isLocatorPhoneish(previous) && offset == 0) ||
                        isLocatorDigits(next, 1, 12))
                        continue;
                    bool phone = false;
                    for (qsizetype k = std::max<qsizetype>(0, i - 2); k < i; ++k)
                        phone = phone || isLocatorPhoneWord(indexes.at(p).folded.at(k));
                    if (phone)
                        continue;
                }
                if (kind == Kind::Identifier) {
                    // An ID written in groups ("NL50 INGB 0683 ...") is not the head or tail of a longer code
                    // written the same way.
                    static const QRegularExpression codeGroup(u"^(?=.*[0-9])[A-Z0-9]{2,6}$"_s);
                    auto isGroup = [](const QString &word) {
                        return codeGroup.match(ValueNormaliser::normaliseIdentifier(word)).hasMatch();
                    };
                    bool allGroups = n > 1 && offset == 0;
                    for (qsizetype k = i; k < i + n && allGroups; ++k)
                        allGroups = isGroup(words.at(k).text);
                    if (allGroups && (isGroup(previous) || isGroup(next)))
                        continue;
                }
                LocatorWindow w;
                w.firstWord = i;
                w.lastWord = i + n - 1;
                w.start = first.start + offset;
                w.length = core.size();
                w.quality = keys.contains(preferred) ? 1.0 : 0.85;
                w.text = simple;
                windows.append(w);
                break; // the shortest window starting here
            }
        }
        if (windows.isEmpty())
            continue;
        // Windows inside one another: keep the tighter one.
        QList<LocatorWindow> tight;
        for (const LocatorWindow &w : windows) {
            const bool containsOther =
                std::any_of(windows.cbegin(), windows.cend(), [&](const LocatorWindow &o) {
                    return &o != &w && o.firstWord >= w.firstWord && o.lastWord <= w.lastWord &&
                           (o.lastWord - o.firstWord) < (w.lastWord - w.firstWord);
                });
            if (!containsOther)
                tight.append(w);
        }
        const QList<LocatorKeywordHit> keywordHits =
            findLocatorKeywords(page, indexes.at(p), ownKeywords, rivalKeywords);
        for (const LocatorWindow &w : tight) {
            const int line = words.at(w.firstWord).line;
            double bestOwn = -1;
            double bestRival = -1;
            QString nearText;
            for (const LocatorKeywordHit &k : keywordHits) {
                double distance;
                if (k.last < w.firstWord) {
                    distance = double(w.firstWord - k.last - 1) + 2.0 * std::max(0, line - k.line);
                } else if (k.first > w.lastWord) {
                    // A label after its value is unusual: penalised.
                    distance = 3.0 + double(k.first - w.lastWord - 1) + 2.0 * std::max(0, k.line - line);
                } else {
                    continue; // the keyword is part of the value itself
                }
                const double proximity = 1.0 / (1.0 + 0.5 * distance);
                if (k.own && proximity > bestOwn) {
                    bestOwn = proximity;
                    nearText = k.text;
                } else if (!k.own && proximity > bestRival) {
                    bestRival = proximity;
                }
            }
            double proximity = std::max(0.0, bestOwn);
            if (bestRival > bestOwn)
                proximity *= 0.5; // nearer to another field's label ("Subtotal" for the total)
            double score = w.quality * (0.3 + 0.7 * proximity);
            if (request.page && *request.page != p)
                score *= 0.5;
            LocatorScored s;
            s.candidate.page = p;
            s.candidate.matchedText = w.text;
            s.candidate.score = score;
            s.candidate.nearLabelText = bestOwn > 0 && bestRival <= bestOwn ? nearText : QString();
            s.candidate.textStart = w.start;
            s.candidate.textLength = w.length;
            s.order = order++;
            scored.append(s);
        }
    }
    if (scored.isEmpty()) {
        result.status = LocatedValue::Status::NotFound;
        return result;
    }
    std::stable_sort(scored.begin(), scored.end(), [](const LocatorScored &a, const LocatorScored &b) {
        return a.candidate.score > b.candidate.score;
    });
    // Boxes only for the candidates reported (each costs PDFium a page load).
    QList<LocatedValue::Candidate> ranked;
    for (const LocatorScored &s : scored) {
        // Runners-up far behind the best are not worth a box (nor PDFium's time).
        if (ranked.size() > MaxRunnersUp ||
            (!ranked.isEmpty() && s.candidate.score < 0.5 * ranked.front().score))
            break;
        LocatedValue::Candidate c = s.candidate;
        c.rects = layer.rects(c.page, c.textStart, c.textLength);
        if (c.rects.isEmpty())
            continue; // no geometry for these characters (invisible text)
        ranked.append(c);
    }
    if (ranked.isEmpty()) {
        result.status = LocatedValue::Status::NotFound;
        return result;
    }
    result.best = ranked.takeFirst();
    result.runnersUp = ranked;
    const double second = result.runnersUp.isEmpty() ? 0 : result.runnersUp.front().score;
    const bool ambiguous = second >= AmbiguityRatio * result.best.score;
    result.status = ambiguous ? LocatedValue::Status::Ambiguous : LocatedValue::Status::Found;
    result.confidence =
        result.best.score * (1.0 - 0.5 * (result.best.score > 0 ? second / result.best.score : 0));
    return result;
}
