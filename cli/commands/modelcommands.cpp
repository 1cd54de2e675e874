#include "commands/modelcommands.h"

#include "api/client.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void ModelCommands::addTo(CommandTable &table)
{
    table.addList(u"models"_s, u"listModels"_s, tr("list the models available"), u"models"_s,
                  &las::Client::listModels);
}

} // namespace lasctl
