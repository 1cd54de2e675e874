#pragma once

#include "core/fields/groundtruthrow.h"

#include "types/groundtruth.h"

#include <QCoreApplication>
#include <QObject>

class QUndoStack;

// The ground truth being edited: label/value rows, every edit undoable (QUndoStack), each row checked
// against the contract's rules (label pattern and length, value length) before anything is sent.
class GroundTruthModel : public QObject
{
    Q_OBJECT
public:
    explicit GroundTruthModel(QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }

    // Starts over with `items` (not undoable; clears the undo history).
    void reset(const QList<las::GroundTruth> &items);
    QList<las::GroundTruth> groundTruth() const;
    const GroundTruthRows &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    int rowOfKey(quint64 key) const;

    // Undoable edits.
    void setLabel(int row, const QString &label);
    void setValue(int row, const QJsonValue &value);
    // Inserts a row at `at` (0..rowCount) and returns its key.
    quint64 insertRow(int at, const QString &label = {}, const QJsonValue &value = QJsonValue(QString()));
    void removeRow(int row);
    void moveRow(int from, int to);
    // Replaces every row, as one undoable step (`text` names it in the undo history).
    void replaceAll(const QList<las::GroundTruth> &items, const QString &text);

    // Why a label or value is refused, for the reviewer; empty when fine.
    static QString labelProblem(const QString &label);
    static QString valueProblem(const QJsonValue &value);
    QString labelProblem(int row) const { return labelProblem(m_rows.value(row).label); }
    QString valueProblem(int row) const { return valueProblem(m_rows.value(row).value); }
    bool isValid() const { return firstInvalidRow() < 0; }
    int firstInvalidRow() const;

    // Used by GroundTruthCommand.
    void restore(const GroundTruthRows &rows, bool structural, quint64 rowKey);

Q_SIGNALS:
    // Rows were added, removed, moved or replaced: views rebuild, and put the focus on `focusKey` if set.
    void rowsReset(quint64 focusKey);
    // One row's label or value changed.
    void rowChanged(int row);
    // Any change (edits, undo, redo, reset): the draft is written.
    void changed();

private:
    void push(GroundTruthRows after, int kind, quint64 rowKey, const QString &text);

    QUndoStack *m_undo;
    GroundTruthRows m_rows;
    quint64 m_nextKey = 1;
};
