#pragma once

#include "args/invocation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lasctl {

class CommandTable;
struct CommandSpec;

// Parses `lasctl [global options] <resource> <verb> [args] [options]` against a CommandTable.
// Global options may appear anywhere; a command's own options after its verb. `--name=value` and
// `--name value` both work; `--` ends option parsing (for arguments that start with a dash).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Action { Run, Help, Version, Error };

    struct Result
    {
        Action action = Action::Error;
        Invocation invocation;             // filled as far as parsing got (also for Help)
        const CommandSpec *spec = nullptr; // the command, when resource and verb were recognised
        QString error;                     // for Action::Error: one translated line
    };

    static Result parse(const QStringList &arguments, const CommandTable &table);
};

} // namespace lasctl
