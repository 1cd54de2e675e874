#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `workflow-executions` commands of lasctl.
class WorkflowExecutionCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowExecutionCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
