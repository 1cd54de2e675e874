#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lasctl {

// A parsed command line: `lasctl [global options] <resource> <verb> [positionals] [options]`.
// The typed getters report malformed values through *error naming the option, and never guess.
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)
public:
    QString resource;
    QString verb;
    QStringList positionals;
    QMap<QString, QStringList> options; // option name (no dashes) → values in order; flags hold one ""

    bool isSet(const QString &name) const { return options.contains(name); }
    // The (last) value of an option, or `fallback` when it was not given.
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const { return options.value(name); }
    QString positional(int index) const { return positionals.value(index); }

    // An integer in [min, max]; nullopt (and *error) when not an integer or out of range; `fallback` when
    // unset.
    std::optional<int> intValue(const QString &name, int min, int max, int fallback, QString *error) const;
    // "true"/"false" (also yes/no, 1/0); a flag without a value counts as true.
    std::optional<bool> boolValue(const QString &name, QString *error) const;
    // JSON from inline text, @file or @- (see JsonArgument).
    std::optional<QJsonValue> jsonValue(const QString &name, QString *error) const;
    std::optional<QJsonObject> jsonObject(const QString &name, QString *error) const;
    std::optional<QJsonArray> jsonArray(const QString &name, QString *error) const;
    // One of `allowed` (case-sensitive, as the API spells them).
    std::optional<QString> choice(const QString &name, const QStringList &allowed, QString *error) const;
};

} // namespace lasctl
