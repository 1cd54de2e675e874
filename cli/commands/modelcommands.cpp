#include "commands/modelcommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void ModelCommands::addTo(CommandTable &table)
{
    CommandSpec list;
    list.resource = u"models"_s;
    list.verb = u"list"_s;
    list.clientMethod = u"listModels"_s;
    list.summary = tr("list the models available");
    list.listKey = u"models"_s;
    list.options = CommandTable::paginationOptions();
    list.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        return Call([&client, inv](const QString &pageToken) -> las::Reply * {
            las::PaginationOptions options;
            QString ignored;
            CommandSupport::pagination(inv, pageToken, &options, &ignored);
            return client.listModels(options);
        });
    };
    table.add(list);
}

} // namespace lasctl
