#include "core/fields/groundtruthcommand.h"

#include "core/fields/groundtruthmodel.h"

GroundTruthCommand::GroundTruthCommand(GroundTruthModel *model, GroundTruthRows before, GroundTruthRows after,
                                       Kind kind, quint64 rowKey, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_kind(kind)
    , m_rowKey(rowKey)
{}

void GroundTruthCommand::undo()
{
    m_model->restore(m_before, m_kind == Kind::Structure, m_rowKey);
}

void GroundTruthCommand::redo()
{
    m_model->restore(m_after, m_kind == Kind::Structure, m_rowKey);
}

int GroundTruthCommand::id() const
{
    // Only typing into a cell merges; structure edits never do.
    return m_kind == Kind::Structure ? -1 : 0x4754;
}

bool GroundTruthCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const GroundTruthCommand *>(other);
    if (next->m_kind != m_kind || next->m_rowKey != m_rowKey)
        return false;
    // A type change (string → boolean → null) is its own step.
    if (m_kind == Kind::Value && m_after.size() == next->m_before.size()) {
        for (int i = 0; i < m_after.size(); ++i) {
            if (m_after.at(i).key == m_rowKey &&
                m_after.at(i).value.type() != next->m_after.at(i).value.type())
                return false;
        }
    }
    m_after = next->m_after;
    return true;
}
