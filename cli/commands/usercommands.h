#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `users` commands of lasctl.
class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
