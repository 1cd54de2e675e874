#include "core/fields/fieldsmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

FieldsModel::FieldsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void FieldsModel::setPredictions(const QList<las::Prediction> &predictions)
{
    beginResetModel();
    m_groups.clear();
    QHash<QString, int> groupOf;
    for (const las::Prediction &prediction : predictions) {
        auto it = groupOf.constFind(prediction.label);
        if (it == groupOf.cend()) {
            it = groupOf.insert(prediction.label, int(m_groups.size()));
            m_groups.append(Group{prediction.label, {}});
        }
        Field field;
        field.prediction = prediction;
        m_groups[*it].candidates.append(field);
    }
    for (Group &group : m_groups) {
        std::stable_sort(
            group.candidates.begin(), group.candidates.end(),
            [](const Field &a, const Field &b) { return a.prediction.confidence > b.prediction.confidence; });
        for (int i = 0; i < group.candidates.size(); ++i) {
            group.candidates[i].id = u"%1#%2"_s.arg(group.label).arg(i);
            group.candidates[i].isBest = i == 0;
        }
    }
    endResetModel();
}

void FieldsModel::setConfidenceBand(const ConfidenceBand &band)
{
    m_band = band;
    if (!m_groups.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int g = 0; g < m_groups.size(); ++g) {
            const QModelIndex parent = index(g, 0);
            if (rowCount(parent) > 0)
                Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
        }
    }
}

void FieldsModel::setLocation(const QString &id, const LocatedValue &location)
{
    const auto at = find(id);
    if (!at)
        return;
    m_groups[at->first].candidates[at->second].location = location;
    Q_EMIT dataChanged(indexOf(id, LabelColumn), indexOf(id, PositionColumn));
}

int FieldsModel::fieldCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.candidates.size());
    return count;
}

QList<FieldsModel::Field> FieldsModel::fields() const
{
    QList<Field> all;
    for (const Group &group : m_groups)
        all.append(group.candidates);
    return all;
}

QList<FieldsModel::Field> FieldsModel::bestFields() const
{
    QList<Field> best;
    for (const Group &group : m_groups)
        best.append(group.candidates.first());
    return best;
}

std::optional<std::pair<int, int>> FieldsModel::find(const QString &id) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Field> &candidates = m_groups.at(g).candidates;
        for (int c = 0; c < candidates.size(); ++c) {
            if (candidates.at(c).id == id)
                return std::pair{g, c};
        }
    }
    return std::nullopt;
}

const FieldsModel::Field *FieldsModel::field(const QString &id) const
{
    const auto at = find(id);
    return at ? &m_groups.at(at->first).candidates.at(at->second) : nullptr;
}

const FieldsModel::Field *FieldsModel::fieldAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == 0) {
        if (index.row() >= m_groups.size())
            return nullptr;
        return &m_groups.at(index.row()).candidates.first();
    }
    const int group = int(index.internalId()) - 1;
    if (group >= m_groups.size() || index.row() + 1 >= m_groups.at(group).candidates.size())
        return nullptr;
    return &m_groups.at(group).candidates.at(index.row() + 1);
}

QModelIndex FieldsModel::indexOf(const QString &id, int column) const
{
    const auto at = find(id);
    if (!at)
        return {};
    if (at->second == 0)
        return index(at->first, column);
    return index(at->second - 1, column, index(at->first, 0));
}

QModelIndex FieldsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row + 1 >= m_groups.at(parent.row()).candidates.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FieldsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int FieldsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).candidates.size()) - 1;
}

int FieldsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FieldsModel::valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("true") : tr("false");
    if (value.isString())
        return value.toString();
    return u"\u2014"_s; // null: an em dash
}

QString FieldsModel::positionText(const Field &field)
{
    if (!field.location)
        return tr("Looking…");
    const LocatedValue &located = *field.location;
    switch (located.status) {
    case LocatedValue::Status::Found:
    case LocatedValue::Status::FromPrediction:
        return tr("Page %1").arg(located.best.page + 1);
    case LocatedValue::Status::Ambiguous:
        return tr("Page %1, %2 places: pick one")
            .arg(located.best.page + 1)
            .arg(located.runnersUp.size() + 1);
    case LocatedValue::Status::NotFound:
        return tr("Not found on the page");
    case LocatedValue::Status::NoTextLayer:
        return tr("No text on the page: position unknown");
    case LocatedValue::Status::EmptyValue:
        return tr("No value to place");
    }
    return {};
}

QVariant FieldsModel::data(const QModelIndex &index, int role) const
{
    const Field *f = fieldAt(index);
    if (!f)
        return {};
    const las::Prediction &p = f->prediction;
    const ConfidenceBand::Band band = m_band.bandOf(p.confidence);
    const bool located = f->location && f->location->hasPosition();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return p.label;
        case ValueColumn:
            return valueText(p.value);
        case ConfidenceColumn:
            return tr("%1 %2 %").arg(ConfidenceBand::glyph(band)).arg(qRound(p.confidence * 100));
        case PositionColumn:
            return positionText(*f);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %2\n%3 (%4 %)\n%5")
                          .arg(p.label, valueText(p.value), ConfidenceBand::name(band))
                          .arg(qRound(p.confidence * 100))
                          .arg(positionText(*f));
        if (f->location && !f->location->reason().isEmpty())
            tip += u'\n' + f->location->reason();
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3 %, %4")
            .arg(p.label, valueText(p.value))
            .arg(qRound(p.confidence * 100))
            .arg(ConfidenceBand::name(band));
    case FieldIdRole:
        return f->id;
    case LabelRole:
        return p.label;
    case ValueRole:
        return p.value.isString() ? p.value.toString() : (p.value.isBool() ? valueText(p.value) : QString());
    case ConfidenceRole:
        return p.confidence;
    case BandRole:
        return int(band);
    case LocatedRole:
        return located;
    case FlaggedRole:
        return band == ConfidenceBand::Band::Low ||
               (f->location && !located && f->location->status != LocatedValue::Status::EmptyValue);
    }
    return {};
}

QVariant FieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case ConfidenceColumn:
        return tr("Confidence");
    case PositionColumn:
        return tr("On the page");
    }
    return {};
}
