#include "shell/fields/groundtrutheditor.h"

#include "core/fields/groundtruthmodel.h"

#include "api/inputvalidator.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum GroundTruthKindIndex { KindText, KindTrue, KindFalse, KindNull };

int groundTruthEditorKindOf(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? KindTrue : KindFalse;
    if (value.isNull() || value.isUndefined())
        return KindNull;
    return KindText;
}

QColor groundTruthEditorProblemColor(const QPalette &palette)
{
    // Readable on light and dark palettes.
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                           : QColor(0xb3, 0x26, 0x1e);
}

} // namespace

GroundTruthEditor::GroundTruthEditor(GroundTruthModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_scroll(new QScrollArea(this))
    , m_empty(new QLabel(this))
{
    setAccessibleName(tr("Ground truth"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_empty->setText(tr("No ground truth yet. Add a field, or fill it from the predictions."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    connect(m_model, &GroundTruthModel::rowsReset, this, &GroundTruthEditor::rebuild);
    connect(m_model, &GroundTruthModel::rowChanged, this, &GroundTruthEditor::updateRow);
    rebuild(0);
}

QLineEdit *GroundTruthEditor::labelEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).label : nullptr;
}

QLineEdit *GroundTruthEditor::valueEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : nullptr;
}

QComboBox *GroundTruthEditor::kindBox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : nullptr;
}

QLabel *GroundTruthEditor::problemLabel(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).problem : nullptr;
}

void GroundTruthEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (int i = 0; i < m_rows.size(); ++i)
        updateRow(i);
}

void GroundTruthEditor::rebuild(quint64 focusKey)
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    const quint64 currentKey =
        m_currentRow >= 0 && m_currentRow < m_rows.size() ? m_rows.at(m_currentRow).key : 0;
    m_rows.clear();
    // Later: this may run inside an event of one of the old rows' widgets (Ctrl+Z in a line edit).
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_body = new QWidget;
    m_grid = new QGridLayout(m_body);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(2, 3);

    auto *labelRegex = new QRegularExpressionValidator(QRegularExpression(u"^[0-9A-Za-z_]*$"_s), m_body);
    const GroundTruthRows &rows = m_model->rows();
    QWidget *previous = nullptr;
    for (int i = 0; i < rows.size(); ++i) {
        RowWidgets w;
        w.key = rows.at(i).key;
        w.label = new QLineEdit(m_body);
        w.label->setMaxLength(las::InputValidator::MaxLabelLength);
        w.label->setValidator(labelRegex);
        w.label->setPlaceholderText(tr("label"));
        w.label->setAccessibleName(tr("Label of field %1").arg(i + 1));
        w.kind = new QComboBox(m_body);
        w.kind->addItems({tr("Text"), tr("Yes"), tr("No"), tr("No value")});
        w.kind->setAccessibleName(tr("Kind of value of field %1").arg(i + 1));
        w.kind->setToolTip(tr("Text, yes (true), no (false), or no value (null)"));
        w.value = new QLineEdit(m_body);
        w.value->setMaxLength(las::InputValidator::MaxValueLength);
        w.value->setPlaceholderText(tr("value"));
        w.value->setClearButtonEnabled(true);
        w.problem = new QLabel(m_body);
        w.problem->setWordWrap(true);
        QPalette problemPalette = w.problem->palette();
        problemPalette.setColor(QPalette::WindowText, groundTruthEditorProblemColor(palette()));
        w.problem->setPalette(problemPalette);
        w.problem->hide();
        m_grid->addWidget(w.label, i * 2, 0);
        m_grid->addWidget(w.kind, i * 2, 1);
        m_grid->addWidget(w.value, i * 2, 2);
        m_grid->addWidget(w.problem, i * 2 + 1, 0, 1, 3);
        for (QWidget *widget : {static_cast<QWidget *>(w.label), static_cast<QWidget *>(w.kind),
                                static_cast<QWidget *>(w.value)}) {
            widget->installEventFilter(this);
            if (previous)
                QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
        connect(w.label, &QLineEdit::textEdited, this, [this, key = w.key](const QString &text) {
            if (!m_updating)
                m_model->setLabel(m_model->rowOfKey(key), text);
        });
        connect(w.value, &QLineEdit::textEdited, this, [this, key = w.key](const QString &text) {
            if (!m_updating)
                m_model->setValue(m_model->rowOfKey(key), QJsonValue(text));
        });
        connect(w.kind, &QComboBox::activated, this, [this, key = w.key](int index) {
            const int row = m_model->rowOfKey(key);
            if (m_updating || row < 0)
                return;
            switch (index) {
            case KindTrue:
                m_model->setValue(row, QJsonValue(true));
                break;
            case KindFalse:
                m_model->setValue(row, QJsonValue(false));
                break;
            case KindNull:
                m_model->setValue(row, QJsonValue());
                break;
            default:
                m_model->setValue(row, QJsonValue(m_rows.at(row).value->text()));
                break;
            }
        });
        m_rows.append(w);
        updateRow(i);
    }
    m_grid->setRowStretch(int(rows.size()) * 2, 1);
    m_scroll->setWidget(m_body);
    m_empty->setVisible(rows.isEmpty());
    m_scroll->setVisible(!rows.isEmpty());

    const quint64 want = focusKey ? focusKey : currentKey;
    int row = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == want)
            row = i;
    }
    if (row < 0 && !m_rows.isEmpty() && m_currentRow >= 0)
        row = qMin(m_currentRow, int(m_rows.size()) - 1);
    setCurrentRow(row);
    if (row >= 0 && (hadFocus || focusKey))
        focusRow(row, focusKey && m_model->rows().at(row).label.isEmpty() ? Part::Label : Part::Value);
}

void GroundTruthEditor::updateRow(int row)
{
    if (row < 0 || row >= m_rows.size() || row >= m_model->rowCount())
        return;
    const GroundTruthRow &data = m_model->rows().at(row);
    RowWidgets &w = m_rows[row];
    m_updating = true;
    if (w.label->text() != data.label)
        w.label->setText(data.label);
    const int kind = groundTruthEditorKindOf(data.value);
    w.kind->setCurrentIndex(kind);
    if (kind == KindText && w.value->text() != data.value.toString())
        w.value->setText(data.value.toString());
    w.value->setEnabled(kind == KindText && !m_readOnly);
    w.value->setPlaceholderText(kind == KindText ? tr("value") : w.kind->currentText());
    if (kind != KindText)
        w.value->clear();
    w.label->setReadOnly(m_readOnly);
    w.kind->setEnabled(!m_readOnly);
    m_updating = false;
    w.value->setAccessibleName(data.label.isEmpty() ? tr("Value of field %1").arg(row + 1)
                                                    : tr("Value of %1").arg(data.label));

    QStringList problems;
    const QString label = m_model->labelProblem(row);
    const QString value = m_model->valueProblem(row);
    if (!label.isEmpty())
        problems.append(label);
    if (!value.isEmpty())
        problems.append(value);
    const QString text = problems.isEmpty() ? QString() : tr("\u26A0 %1").arg(problems.join(u' '));
    w.problem->setText(text);
    w.problem->setVisible(!text.isEmpty());
    w.label->setAccessibleDescription(label);
    w.value->setAccessibleDescription(value);
}

int GroundTruthEditor::rowOf(QObject *widget) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const RowWidgets &w = m_rows.at(i);
        if (widget == w.label || widget == w.kind || widget == w.value)
            return i;
    }
    return -1;
}

void GroundTruthEditor::setCurrentRow(int row)
{
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    Q_EMIT currentRowChanged(row);
}

void GroundTruthEditor::focusRow(int row, Part part)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const RowWidgets &w = m_rows.at(row);
    QWidget *target = part == Part::Label                           ? static_cast<QWidget *>(w.label)
                      : part == Part::Kind || !w.value->isEnabled() ? static_cast<QWidget *>(w.kind)
                                                                    : static_cast<QWidget *>(w.value);
    target->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->selectAll();
    m_scroll->ensureWidgetVisible(target);
    setCurrentRow(row);
}

bool GroundTruthEditor::eventFilter(QObject *watched, QEvent *event)
{
    const int row = rowOf(watched);
    if (row < 0)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn) {
        setCurrentRow(row);
        m_scroll->ensureWidgetVisible(static_cast<QWidget *>(watched));
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            m_model->undoStack()->undo();
            return true;
        }
        if (key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)) {
            m_model->undoStack()->redo();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ControlModifier)) {
            Q_EMIT rowAccepted(row);
            if (row + 1 < m_rows.size())
                focusRow(row + 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
