#pragma once

#include "types/groundtruth.h"

#include <QList>
#include <QString>

#include <optional>

// Someone else changed a document's ground truth while the reviewer edited it: what each side has, per
// field, and the merge of the reviewer's choices. Fields are matched by label (and by occurrence, for a
// label used twice).
class FieldConflict
{
public:
    enum class Choice { Mine, Theirs };

    struct Row
    {
        QString label;
        int occurrence = 0;               // 0 for the first row with this label, 1 for the second, ...
        std::optional<QJsonValue> base;   // when the edit started; unset: the field did not exist
        std::optional<QJsonValue> mine;   // the reviewer's; unset: removed or never added
        std::optional<QJsonValue> theirs; // on the server now; unset: not there
        bool differs() const { return mine != theirs; }
        // What a reviewer most likely wants: the side that changed the field (mine when both did).
        Choice suggested() const { return mine == base && theirs != base ? Choice::Theirs : Choice::Mine; }
    };

    // Every field of any side, in the reviewer's order, then the server's new ones.
    static QList<Row> compare(const QList<las::GroundTruth> &base, const QList<las::GroundTruth> &mine,
                              const QList<las::GroundTruth> &theirs);
    // The ground truth with `choices[i]` applied to `rows[i]` (rows that do not differ keep their value).
    static QList<las::GroundTruth> merge(const QList<Row> &rows, const QList<Choice> &choices);
};
