#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `predictions` commands of lasctl.
class PredictionCommands
{
    Q_DECLARE_TR_FUNCTIONS(PredictionCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
