#pragma once

#include "core/fields/confidenceband.h"
#include "core/fields/locatedvalue.h"

#include "types/prediction.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

// The model's predicted fields of one document, for the fields pane: one top-level row per label showing
// its best candidate (highest confidence), the other candidates of that label folded under it. Each
// candidate has a stable id ("label#n"), which is also the id of its box over the page, and, once the
// locator answered, where its value stands on the page (or why no position is known).
class FieldsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, ValueColumn, ConfidenceColumn, PositionColumn, ColumnCount };
    enum Role {
        FieldIdRole = Qt::UserRole + 1,
        LabelRole,      // QString
        ValueRole,      // QString; null QString for a null value
        ConfidenceRole, // double 0..1
        BandRole,       // int(ConfidenceBand::Band)
        LocatedRole,    // bool: a position is known
        FlaggedRole,    // bool: low confidence, or the value could not be placed
    };

    struct Field
    {
        QString id;
        las::Prediction prediction;
        std::optional<LocatedValue> location; // unset until located
        bool isBest = false;
    };

    explicit FieldsModel(QObject *parent = nullptr);

    void setPredictions(const QList<las::Prediction> &predictions);
    void clear() { setPredictions({}); }
    void setConfidenceBand(const ConfidenceBand &band);
    ConfidenceBand confidenceBand() const { return m_band; }
    // Where `id`'s value is (from the locator); the position column and the flags follow.
    void setLocation(const QString &id, const LocatedValue &location);

    bool isEmpty() const { return m_groups.isEmpty(); }
    int fieldCount() const;
    QList<Field> fields() const;     // every candidate, best ones first within their label
    QList<Field> bestFields() const; // one per label, in the order of the labels
    const Field *field(const QString &id) const;
    const Field *fieldAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &id, int column = LabelColumn) const;
    // The text shown for a value (null: an em dash; booleans: true/false).
    static QString valueText(const QJsonValue &value);
    // The position column's text: "Page 2", "Not found on the page", ... for the reviewer.
    static QString positionText(const Field &field);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString label;
        QList<Field> candidates; // sorted by confidence, best first
    };
    std::optional<std::pair<int, int>> find(const QString &id) const; // group, candidate

    QList<Group> m_groups;
    ConfidenceBand m_band;
};
