#pragma once

#include "core/fields/locaterequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>

// Where one requested value stands on the page, or why no position is known.
struct LocatedValue
{
    Q_DECLARE_TR_FUNCTIONS(LocatedValue)
public:
    enum class Status {
        Found,          // one clear best candidate
        Ambiguous,      // a best candidate, but the runners-up are nearly as good: let the reviewer pick
        FromPrediction, // the prediction carried page and location; used as given
        NotFound,       // the document has a text layer, but the value is not on it
        NoTextLayer,    // an image or a scan without text: no position can be known
        EmptyValue,     // nothing to look for (null, empty, or a boolean)
    };

    // One place the value was read on the page.
    struct Candidate
    {
        int page = -1;
        QList<QRectF> rects;   // page points, unrotated page, origin top left; one per line spanned
        QString matchedText;   // the words on the page, as written there
        double score = 0;      // 0..1: how well it matches and how near it is to the label's words
        QString nearLabelText; // the label words it was found next to (e.g. "Invoice no."), if any
        qsizetype textStart =
            -1; // index of the first character in the page's text (QPdfDocument::getAllText)
        qsizetype textLength = 0;

        bool isValid() const { return page >= 0 && !rects.isEmpty(); }
        QRectF boundingRect() const;
        QJsonObject toJson() const;
    };

    LocateRequest request;
    Status status = Status::NotFound;
    Candidate best;             // valid when hasPosition()
    QList<Candidate> runnersUp; // next best, ranked, at most ValueLocator::MaxRunnersUp
    double confidence = 0;      // 0..1 confidence of the match itself (not of the prediction)

    bool hasPosition() const { return best.isValid(); }
    // For the reviewer: why there is no box, or that the value is ambiguous. Empty when found.
    QString reason() const;
    static QString statusName(Status status);
    // {"label","value","status","page","rect":[x,y,w,h],"rects":[...],"matchedText","confidence",
    //  "nearLabel","runnersUp":[...],"reason"}
    QJsonObject toJson() const;
};
