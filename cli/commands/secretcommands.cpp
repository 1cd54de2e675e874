#include "commands/secretcommands.h"

#include "api/client.h"
#include "args/jsonargument.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void SecretCommands::addTo(CommandTable &table)
{
    table.add(
        {.resource = u"secrets"_s,
         .verb = u"create"_s,
         .clientMethod = u"createSecret"_s,
         .summary = tr("store a secret (DATA: a JSON object; use @FILE or @- to keep it off the command "
                       "line)"),
         .positionals = {u"DATA"_s},
         .options = {{u"name"_s, u"TEXT"_s, tr("name of the secret")},
                     {u"description"_s, u"TEXT"_s, tr("description of the secret")}},
         .prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
             const auto data = JsonArgument::parseObject(inv.positional(0), u"DATA"_s, error);
             if (!data)
                 return std::nullopt;
             las::CreateSecretOptions options;
             CommandSupport::describe(inv, &options);
             return CommandSupport::single(
                 [&client, data = *data, options] { return client.createSecret(data, options); });
         }});
    table.addList(u"secrets"_s, u"listSecrets"_s, tr("list secrets (never their data)"), u"secrets"_s,
                  &las::Client::listSecrets);
    table.add(
        {.resource = u"secrets"_s,
         .verb = u"update"_s,
         .clientMethod = u"updateSecret"_s,
         .summary = tr("replace a secret's data, name or description"),
         .positionals = {u"SECRET_ID"_s},
         .options = QList<OptionSpec>{{u"data"_s, u"JSON"_s,
                                       tr("the new data (a JSON object; prefer @FILE or @-)")}} +
                    CommandSupport::renameOptions(),
         .prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
             las::UpdateSecretOptions data;
             if (!CommandSupport::optionalObject(inv, u"data"_s, &data.data, error))
                 return std::nullopt;
             CommandSupport::redescribe(inv, &data);
             if (!data.data && !data.name && !data.description) {
                 *error = tr("nothing to update: give --data, --name or --description");
                 return std::nullopt;
             }
             return CommandSupport::withId(client, inv, &las::Client::updateSecret, data);
         }});
}

} // namespace lasctl
