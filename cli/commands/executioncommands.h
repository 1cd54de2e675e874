#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `executions` commands of lasctl (executions of transitions).
class ExecutionCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExecutionCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
