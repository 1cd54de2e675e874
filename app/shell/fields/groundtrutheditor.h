#pragma once

#include <QList>
#include <QWidget>

class GroundTruthModel;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

// The ground-truth rows as editable fields: label, kind (text, yes, no, no value) and value, each checked
// as typed against the contract (a label is letters, digits and _, at most 36; a value at most 64
// characters): characters the service would refuse are not taken, and what is still missing is said under
// the row. Ctrl+Z / Ctrl+Shift+Z go to the model's undo stack, not the line edit's own.
class GroundTruthEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Part { Label, Kind, Value };

    explicit GroundTruthEditor(GroundTruthModel *model, QWidget *parent = nullptr);

    // The row being edited (the last one that had the focus), or -1.
    int currentRow() const { return m_currentRow; }
    void focusRow(int row, Part part = Part::Value);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QLineEdit *labelEdit(int row) const;
    QLineEdit *valueEdit(int row) const;
    QComboBox *kindBox(int row) const;
    QLabel *problemLabel(int row) const;

Q_SIGNALS:
    void currentRowChanged(int row);
    // Enter in a row: the reviewer accepts it (the focus moves to the next row).
    void rowAccepted(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct RowWidgets
    {
        quint64 key = 0;
        QLineEdit *label = nullptr;
        QComboBox *kind = nullptr;
        QLineEdit *value = nullptr;
        QLabel *problem = nullptr;
    };

    void rebuild(quint64 focusKey);
    void updateRow(int row);
    int rowOf(QObject *widget) const;
    void setCurrentRow(int row);

    GroundTruthModel *m_model;
    QScrollArea *m_scroll;
    QWidget *m_body = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_empty;
    QList<RowWidgets> m_rows;
    int m_currentRow = -1;
    bool m_readOnly = false;
    bool m_updating = false;
};
