#include "commands/assetcommands.h"

#include "api/client.h"
#include "api/inputvalidator.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void AssetCommands::addTo(CommandTable &table)
{
    table.add({.resource = u"assets"_s,
               .verb = u"create"_s,
               .clientMethod = u"createAssetFromFile"_s,
               .summary = tr("upload a file as an asset (e.g. a field configuration)"),
               .positionals = {u"FILE"_s},
               .options = {{u"name"_s, u"TEXT"_s, tr("name of the asset")},
                           {u"description"_s, u"TEXT"_s, tr("description of the asset")}},
               .prepare = [](las::Client &client, const Invocation &inv, QString *) {
                   las::CreateAssetOptions options;
                   CommandSupport::describe(inv, &options);
                   return CommandSupport::withId(client, inv, &las::Client::createAssetFromFile, options);
               }});
    table.addList(u"assets"_s, u"listAssets"_s, tr("list assets (without their content)"), u"assets"_s,
                  &las::Client::listAssets);
    table.addById(u"assets"_s, u"get"_s, u"getAsset"_s, tr("get an asset with its content (base64)"),
                  u"ASSET_ID"_s, &las::Client::getAsset, CommandSupport::contentToOptions(),
                  &CommandSupport::presentContentTo);
    table.add(
        {.resource = u"assets"_s,
         .verb = u"update"_s,
         .clientMethod = u"updateAsset"_s,
         .summary = tr("replace an asset's content, name or description"),
         .positionals = {u"ASSET_ID"_s},
         .options = QList<OptionSpec>{{u"content"_s, u"FILE"_s, tr("the new content, read from FILE")}} +
                    CommandSupport::renameOptions(),
         .prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
             las::UpdateAssetOptions data;
             if (inv.isSet(u"content"_s)) {
                 const auto bytes = CommandSupport::readFile(inv.value(u"content"_s),
                                                             las::InputValidator::MaxContentBytes, error);
                 if (!bytes)
                     return std::nullopt;
                 data.content = *bytes;
             }
             CommandSupport::redescribe(inv, &data);
             if (!data.content && !data.name && !data.description) {
                 *error = tr("nothing to update: give --content, --name or --description");
                 return std::nullopt;
             }
             return CommandSupport::withId(client, inv, &las::Client::updateAsset, data);
         }});
}

} // namespace lasctl
