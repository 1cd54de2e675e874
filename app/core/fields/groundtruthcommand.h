#pragma once

#include "core/fields/groundtruthrow.h"

#include <QUndoCommand>

class GroundTruthModel;

// One undoable edit of the ground truth: the rows before and after. Rows are few (tens), so a snapshot is
// simpler and safer than a command per kind of edit. Typing into the same cell merges into one command, so
// Ctrl+Z undoes a word, not a letter.
class GroundTruthCommand : public QUndoCommand
{
public:
    enum class Kind { Label, Value, Structure };

    GroundTruthCommand(GroundTruthModel *model, GroundTruthRows before, GroundTruthRows after, Kind kind,
                       quint64 rowKey, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    GroundTruthModel *m_model;
    GroundTruthRows m_before;
    GroundTruthRows m_after;
    Kind m_kind;
    quint64 m_rowKey;
};
