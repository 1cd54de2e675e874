#include "core/fields/fieldconflict.h"

#include <QHash>

namespace {

struct FieldConflictKey
{
    QString label;
    int occurrence;
};

QList<std::pair<FieldConflictKey, QJsonValue>> fieldConflictKeyed(const QList<las::GroundTruth> &items)
{
    QHash<QString, int> seen;
    QList<std::pair<FieldConflictKey, QJsonValue>> keyed;
    for (const las::GroundTruth &item : items)
        keyed.append({{item.label, seen[item.label]++}, item.value});
    return keyed;
}

std::optional<QJsonValue> fieldConflictValue(const QList<std::pair<FieldConflictKey, QJsonValue>> &keyed,
                                             const QString &label, int occurrence)
{
    for (const auto &[key, value] : keyed) {
        if (key.label == label && key.occurrence == occurrence)
            return value;
    }
    return std::nullopt;
}

} // namespace

QList<FieldConflict::Row> FieldConflict::compare(const QList<las::GroundTruth> &base,
                                                 const QList<las::GroundTruth> &mine,
                                                 const QList<las::GroundTruth> &theirs)
{
    const auto b = fieldConflictKeyed(base);
    const auto m = fieldConflictKeyed(mine);
    const auto t = fieldConflictKeyed(theirs);
    QList<Row> rows;
    auto add = [&](const FieldConflictKey &key) {
        for (const Row &row : std::as_const(rows)) {
            if (row.label == key.label && row.occurrence == key.occurrence)
                return;
        }
        rows.append(Row{key.label, key.occurrence, fieldConflictValue(b, key.label, key.occurrence),
                        fieldConflictValue(m, key.label, key.occurrence),
                        fieldConflictValue(t, key.label, key.occurrence)});
    };
    for (const auto &entry : m)
        add(entry.first);
    for (const auto &entry : t)
        add(entry.first);
    for (const auto &entry : b)
        add(entry.first);
    return rows;
}

QList<las::GroundTruth> FieldConflict::merge(const QList<Row> &rows, const QList<Choice> &choices)
{
    QList<las::GroundTruth> merged;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const Choice choice = i < choices.size() ? choices.at(i) : row.suggested();
        const std::optional<QJsonValue> &value = choice == Choice::Mine ? row.mine : row.theirs;
        if (value)
            merged.append(las::GroundTruth(row.label, *value));
    }
    return merged;
}
