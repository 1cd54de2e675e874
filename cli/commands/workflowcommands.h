#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `workflows` commands of lasctl.
class WorkflowCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
