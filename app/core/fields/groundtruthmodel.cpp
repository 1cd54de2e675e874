#include "core/fields/groundtruthmodel.h"

#include "core/fields/groundtruthcommand.h"

#include "api/inputvalidator.h"

#include <QRegularExpression>
#include <QUndoStack>

using namespace Qt::StringLiterals;

GroundTruthModel::GroundTruthModel(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{}

void GroundTruthModel::reset(const QList<las::GroundTruth> &items)
{
    m_undo->clear();
    m_rows.clear();
    for (const las::GroundTruth &item : items)
        m_rows.append(
            GroundTruthRow{m_nextKey++, item.label, item.value.isUndefined() ? QJsonValue() : item.value});
    Q_EMIT rowsReset(0);
    Q_EMIT changed();
}

QList<las::GroundTruth> GroundTruthModel::groundTruth() const
{
    QList<las::GroundTruth> items;
    items.reserve(m_rows.size());
    for (const GroundTruthRow &row : m_rows)
        items.append(las::GroundTruth(row.label, row.value));
    return items;
}

int GroundTruthModel::rowOfKey(quint64 key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

void GroundTruthModel::push(GroundTruthRows after, int kind, quint64 rowKey, const QString &text)
{
    if (after == m_rows)
        return;
    m_undo->push(
        new GroundTruthCommand(this, m_rows, std::move(after), GroundTruthCommand::Kind(kind), rowKey, text));
}

void GroundTruthModel::setLabel(int row, const QString &label)
{
    if (row < 0 || row >= m_rows.size())
        return;
    GroundTruthRows after = m_rows;
    after[row].label = label;
    push(std::move(after), int(GroundTruthCommand::Kind::Label), m_rows.at(row).key, tr("Edit label"));
}

void GroundTruthModel::setValue(int row, const QJsonValue &value)
{
    if (row < 0 || row >= m_rows.size() || !(value.isString() || value.isBool() || value.isNull()))
        return;
    GroundTruthRows after = m_rows;
    after[row].value = value;
    push(std::move(after), int(GroundTruthCommand::Kind::Value), m_rows.at(row).key, tr("Edit value"));
}

quint64 GroundTruthModel::insertRow(int at, const QString &label, const QJsonValue &value)
{
    at = qBound(0, at, int(m_rows.size()));
    GroundTruthRows after = m_rows;
    const quint64 key = m_nextKey++;
    after.insert(at, GroundTruthRow{key, label, value});
    push(std::move(after), int(GroundTruthCommand::Kind::Structure), key, tr("Add field"));
    return key;
}

void GroundTruthModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    GroundTruthRows after = m_rows;
    after.removeAt(row);
    // Afterwards the focus goes to the row that took its place (or the one above).
    const quint64 focus = after.isEmpty() ? 0 : after.at(qMin(row, int(after.size()) - 1)).key;
    push(std::move(after), int(GroundTruthCommand::Kind::Structure), focus, tr("Remove field"));
}

void GroundTruthModel::moveRow(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return;
    GroundTruthRows after = m_rows;
    after.move(from, to);
    push(std::move(after), int(GroundTruthCommand::Kind::Structure), m_rows.at(from).key, tr("Move field"));
}

void GroundTruthModel::replaceAll(const QList<las::GroundTruth> &items, const QString &text)
{
    GroundTruthRows after;
    for (const las::GroundTruth &item : items)
        after.append(
            GroundTruthRow{m_nextKey++, item.label, item.value.isUndefined() ? QJsonValue() : item.value});
    push(std::move(after), int(GroundTruthCommand::Kind::Structure), 0, text);
}

void GroundTruthModel::restore(const GroundTruthRows &rows, bool structural, quint64 rowKey)
{
    const bool sameShape = [&] {
        if (rows.size() != m_rows.size())
            return false;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).key != m_rows.at(i).key)
                return false;
        }
        return true;
    }();
    m_rows = rows;
    if (structural || !sameShape) {
        Q_EMIT rowsReset(rowKey);
    } else {
        const int row = rowOfKey(rowKey);
        if (row >= 0)
            Q_EMIT rowChanged(row);
    }
    Q_EMIT changed();
}

QString GroundTruthModel::labelProblem(const QString &label)
{
    if (label.isEmpty())
        return tr("Enter a label.");
    if (label.size() > las::InputValidator::MaxLabelLength)
        return tr("A label has at most %1 characters.").arg(las::InputValidator::MaxLabelLength);
    static const QRegularExpression allowed(u"^[0-9A-Za-z_]+$"_s);
    if (!allowed.match(label).hasMatch())
        return tr("A label may contain only letters A–Z, digits and _.");
    // The contract's own check, in case it is stricter than the message above says.
    if (las::InputValidator::label(u"label"_s, label))
        return tr("The service does not accept this label.");
    return {};
}

QString GroundTruthModel::valueProblem(const QJsonValue &value)
{
    if (value.isNull() || value.isBool())
        return {};
    if (!value.isString())
        return tr("A value is text, true/false, or no value.");
    const QString text = value.toString();
    if (text.isEmpty())
        return tr("Enter a value, or choose “No value”.");
    if (text.size() > las::InputValidator::MaxValueLength)
        return tr("A value has at most %1 characters (this one has %2).")
            .arg(las::InputValidator::MaxValueLength)
            .arg(text.size());
    if (las::InputValidator::groundTruthValue(u"value"_s, value))
        return tr("The service does not accept this value.");
    return {};
}

int GroundTruthModel::firstInvalidRow() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!labelProblem(i).isEmpty() || !valueProblem(i).isEmpty())
            return i;
    }
    return -1;
}
