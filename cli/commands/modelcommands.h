#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `models` commands of lasctl.
class ModelCommands
{
    Q_DECLARE_TR_FUNCTIONS(ModelCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
