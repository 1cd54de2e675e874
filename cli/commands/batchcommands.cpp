#include "commands/batchcommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void BatchCommands::addTo(CommandTable &table)
{
    CommandSpec create;
    create.resource = u"batches"_s;
    create.verb = u"create"_s;
    create.clientMethod = u"createBatch"_s;
    create.summary = tr("create a batch to group documents");
    create.options = {
        {u"name"_s, u"TEXT"_s, tr("name of the batch")},
        {u"description"_s, u"TEXT"_s, tr("description of the batch")},
    };
    create.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        las::CreateBatchOptions options;
        options.name = CommandSupport::optionalText(inv, u"name"_s);
        options.description = CommandSupport::optionalText(inv, u"description"_s);
        return CommandSupport::single([&client, options] { return client.createBatch(options); });
    };
    table.add(create);
}

} // namespace lasctl
