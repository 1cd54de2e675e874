#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `assets` commands of lasctl.
class AssetCommands
{
    Q_DECLARE_TR_FUNCTIONS(AssetCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
