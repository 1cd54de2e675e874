#pragma once

#include "core/fields/fieldconflict.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QTableWidget;

// Someone else saved this document's ground truth while the reviewer edited it: both versions side by side,
// one row per field, and the reviewer chooses per field which to keep. Nothing is sent before they do.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const QList<FieldConflict::Row> &rows, QWidget *parent = nullptr);

    QList<FieldConflict::Choice> choices() const;
    QList<las::GroundTruth> merged() const { return FieldConflict::merge(m_rows, choices()); }
    void setChoice(int row, FieldConflict::Choice choice);
    QTableWidget *table() const { return m_table; }

private:
    QList<FieldConflict::Row> m_rows;
    QTableWidget *m_table;
    QList<QButtonGroup *> m_groups;
};
