#include "commands/batchcommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void BatchCommands::addTo(CommandTable &table)
{
    table.add({.resource = u"batches"_s,
               .verb = u"create"_s,
               .clientMethod = u"createBatch"_s,
               .summary = tr("create a batch to group documents"),
               .options = {{u"name"_s, u"TEXT"_s, tr("name of the batch")},
                           {u"description"_s, u"TEXT"_s, tr("description of the batch")}},
               .prepare = [](las::Client &client, const Invocation &inv, QString *) {
                   las::CreateBatchOptions options;
                   CommandSupport::describe(inv, &options);
                   return CommandSupport::single([&client, options] { return client.createBatch(options); });
               }});
}

} // namespace lasctl
