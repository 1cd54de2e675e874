#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `documents` commands of lasctl.
class DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
