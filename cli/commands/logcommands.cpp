#include "commands/logcommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void LogCommands::addTo(CommandTable &table)
{
    CommandSpec get;
    get.resource = u"logs"_s;
    get.verb = u"get"_s;
    get.clientMethod = u"getLog"_s;
    get.summary = tr("get the log of a docker transition execution");
    get.positionals = {u"LOG_ID"_s};
    get.prepare = [](las::Client &client, const Invocation &inv, QString *) {
        return CommandSupport::single([&client, id = inv.positional(0)] { return client.getLog(id); });
    };
    table.add(get);
}

} // namespace lasctl
