#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `batches` commands of lasctl.
class BatchCommands
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
