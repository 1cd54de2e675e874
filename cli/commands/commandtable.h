#pragma once

#include "commands/commandspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lasctl {

// Every `<resource> <verb>` lasctl knows, plus the global options, and the help texts built from them.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CommandTable)
public:
    // The full table of lasctl: one verb per las::Client method.
    static CommandTable standard();
    // Options accepted before or after the command: --profile, --credentials, --verbose, --compact ...
    static QList<OptionSpec> globalOptions();
    // Options every list verb takes: --max-results, --next-token, --all.
    static QList<OptionSpec> paginationOptions();

    void add(CommandSpec spec);
    const CommandSpec *find(const QString &resource, const QString &verb) const;
    bool hasResource(const QString &resource) const;
    QStringList resources() const;                    // in registration order
    QStringList verbs(const QString &resource) const; // in registration order
    const QList<CommandSpec> &commands() const { return m_commands; }

    QString helpText() const;                            // lasctl --help
    QString resourceHelp(const QString &resource) const; // lasctl documents --help
    static QString commandHelp(const CommandSpec &spec); // lasctl documents create --help

private:
    QList<CommandSpec> m_commands;
};

} // namespace lasctl
