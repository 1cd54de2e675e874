#include "commands/logcommands.h"

#include "api/client.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void LogCommands::addTo(CommandTable &table)
{
    table.addById(u"logs"_s, u"get"_s, u"getLog"_s, tr("get the log of a docker transition execution"),
                  u"LOG_ID"_s, &las::Client::getLog);
}

} // namespace lasctl
