#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `transitions` commands of lasctl.
class TransitionCommands
{
    Q_DECLARE_TR_FUNCTIONS(TransitionCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
