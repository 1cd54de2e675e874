#include "shell/fields/conflictdialog.h"

#include "core/fields/fieldsmodel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString conflictDialogText(const std::optional<QJsonValue> &value)
{
    return value ? FieldsModel::valueText(*value) : ConflictDialog::tr("(not there)");
}

} // namespace

ConflictDialog::ConflictDialog(const QList<FieldConflict::Row> &rows, QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("The ground truth was changed meanwhile"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Someone else saved this document's ground truth while you were editing it. "
                                "Choose for each field which value to keep; nothing is saved until you do."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("On the server"), tr("Keep")});
    m_table->setRowCount(int(rows.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAccessibleName(tr("Fields side by side"));
    for (int i = 0; i < rows.size(); ++i) {
        const FieldConflict::Row &row = rows.at(i);
        auto *label = new QTableWidgetItem(row.label);
        auto *mine = new QTableWidgetItem(conflictDialogText(row.mine));
        auto *theirs = new QTableWidgetItem(conflictDialogText(row.theirs));
        if (row.differs()) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            mine->setFont(bold);
            theirs->setFont(bold);
        }
        m_table->setItem(i, 0, label);
        m_table->setItem(i, 1, mine);
        m_table->setItem(i, 2, theirs);
        auto *cell = new QWidget(m_table);
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(4, 0, 4, 0);
        auto *keepMine = new QRadioButton(tr("Yours"), cell);
        auto *keepTheirs = new QRadioButton(tr("Server"), cell);
        keepMine->setAccessibleName(tr("Keep your value of %1").arg(row.label));
        keepTheirs->setAccessibleName(tr("Keep the server's value of %1").arg(row.label));
        auto *group = new QButtonGroup(cell);
        group->addButton(keepMine, int(FieldConflict::Choice::Mine));
        group->addButton(keepTheirs, int(FieldConflict::Choice::Theirs));
        (row.suggested() == FieldConflict::Choice::Mine ? keepMine : keepTheirs)->setChecked(true);
        cellLayout->addWidget(keepMine);
        cellLayout->addWidget(keepTheirs);
        cell->setEnabled(row.differs());
        m_table->setCellWidget(i, 3, cell);
        m_groups.append(group);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Save the Chosen Values"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

QList<FieldConflict::Choice> ConflictDialog::choices() const
{
    QList<FieldConflict::Choice> result;
    for (const QButtonGroup *group : m_groups)
        result.append(FieldConflict::Choice(group->checkedId()));
    return result;
}

void ConflictDialog::setChoice(int row, FieldConflict::Choice choice)
{
    if (row >= 0 && row < m_groups.size())
        m_groups.at(row)->button(int(choice))->setChecked(true);
}
