#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

// One value to find on the page: a prediction's (or ground truth's) label and value, and where the
// prediction says it is, when it says so.
struct LocateRequest
{
    QString label; // e.g. "total_amount", "due_date", "iban"
    QString value; // as predicted: "1234.50", "2014-04-19", ...
    // From a prediction carrying them: the 0-based page, and the value's rectangle in page points
    // (unrotated page, origin top left). A page alone narrows the search to that page (others are still
    // searched when nothing is found there); a page and a location are used as they are.
    std::optional<int> page;
    std::optional<QRectF> location;
};
