#pragma once

#include <QCoreApplication>

namespace lasctl {

class CommandTable;

// The `raw` commands of lasctl: makeGetRequest and friends, for scripting paths lasctl has no verb for.
class RawCommands
{
    Q_DECLARE_TR_FUNCTIONS(RawCommands)
public:
    static void addTo(CommandTable &table);
};

} // namespace lasctl
