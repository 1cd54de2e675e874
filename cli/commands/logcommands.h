#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `logs` commands of lasctl.
class LogCommands
{
    Q_DECLARE_TR_FUNCTIONS(LogCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
