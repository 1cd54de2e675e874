#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `secrets` commands of lasctl.
class SecretCommands
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
