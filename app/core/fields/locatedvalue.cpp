#include "core/fields/locatedvalue.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QJsonArray locatedRectJson(const QRectF &r)
{
    auto round2 = [](qreal v) { return std::round(v * 100) / 100; };
    return QJsonArray{round2(r.x()), round2(r.y()), round2(r.width()), round2(r.height())};
}

} // namespace

QRectF LocatedValue::Candidate::boundingRect() const
{
    QRectF out;
    for (const QRectF &r : rects)
        out = out.united(r);
    return out;
}

QJsonObject LocatedValue::Candidate::toJson() const
{
    QJsonObject o;
    o.insert(u"page"_s, page);
    o.insert(u"rect"_s, locatedRectJson(boundingRect()));
    QJsonArray all;
    for (const QRectF &r : rects)
        all.append(locatedRectJson(r));
    o.insert(u"rects"_s, all);
    o.insert(u"matchedText"_s, matchedText);
    o.insert(u"score"_s, std::round(score * 1000) / 1000);
    if (!nearLabelText.isEmpty())
        o.insert(u"nearLabel"_s, nearLabelText);
    return o;
}

QString LocatedValue::statusName(Status status)
{
    switch (status) {
    case Status::Found:
        return u"found"_s;
    case Status::Ambiguous:
        return u"ambiguous"_s;
    case Status::FromPrediction:
        return u"fromPrediction"_s;
    case Status::NotFound:
        return u"notFound"_s;
    case Status::NoTextLayer:
        return u"noTextLayer"_s;
    case Status::EmptyValue:
        return u"emptyValue"_s;
    }
    return {};
}

QString LocatedValue::reason() const
{
    switch (status) {
    case Status::Found:
    case Status::FromPrediction:
        return {};
    case Status::Ambiguous:
        return tr("The value appears in %1 places; the one nearest to its label is shown.")
            .arg(runnersUp.size() + 1);
    case Status::NotFound:
        return tr("The value was not found in the document's text, so no position is known.");
    case Status::NoTextLayer:
        return tr("The document has no text layer (it is an image or a scan), so no position is known.");
    case Status::EmptyValue:
        return tr("The value is empty, so there is nothing to show on the page.");
    }
    return {};
}

QJsonObject LocatedValue::toJson() const
{
    QJsonObject o;
    o.insert(u"label"_s, request.label);
    o.insert(u"value"_s, request.value);
    o.insert(u"status"_s, statusName(status));
    o.insert(u"confidence"_s, std::round(confidence * 1000) / 1000);
    if (hasPosition()) {
        const QJsonObject b = best.toJson();
        for (auto it = b.begin(); it != b.end(); ++it)
            o.insert(it.key(), it.value());
    } else {
        o.insert(u"page"_s, QJsonValue::Null);
        o.insert(u"rect"_s, QJsonValue::Null);
    }
    QJsonArray others;
    for (const Candidate &c : runnersUp)
        others.append(c.toJson());
    o.insert(u"runnersUp"_s, others);
    const QString why = reason();
    if (!why.isEmpty())
        o.insert(u"reason"_s, why);
    return o;
}
