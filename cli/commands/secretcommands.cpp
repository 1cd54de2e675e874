#include "commands/secretcommands.h"

#include "api/client.h"
#include "args/jsonargument.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void SecretCommands::addTo(CommandTable &table)
{
    CommandSpec create;
    create.resource = u"secrets"_s;
    create.verb = u"create"_s;
    create.clientMethod = u"createSecret"_s;
    create.summary =
        tr("store a secret (DATA: a JSON object; use @FILE or @- to keep it off the command line)");
    create.positionals = {u"DATA"_s};
    create.options = {
        {u"name"_s, u"TEXT"_s, tr("name of the secret")},
        {u"description"_s, u"TEXT"_s, tr("description of the secret")},
    };
    create.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const auto data = JsonArgument::parseObject(inv.positional(0), u"DATA"_s, error);
        if (!data)
            return std::nullopt;
        las::CreateSecretOptions options;
        options.name = CommandSupport::optionalText(inv, u"name"_s);
        options.description = CommandSupport::optionalText(inv, u"description"_s);
        return CommandSupport::single(
            [&client, data = *data, options] { return client.createSecret(data, options); });
    };
    table.add(create);

    CommandSpec list;
    list.resource = u"secrets"_s;
    list.verb = u"list"_s;
    list.clientMethod = u"listSecrets"_s;
    list.summary = tr("list secrets (never their data)");
    list.listKey = u"secrets"_s;
    list.options = CommandTable::paginationOptions();
    list.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        return Call([&client, inv](const QString &pageToken) -> las::Reply * {
            las::PaginationOptions options;
            QString ignored;
            CommandSupport::pagination(inv, pageToken, &options, &ignored);
            return client.listSecrets(options);
        });
    };
    table.add(list);

    CommandSpec update;
    update.resource = u"secrets"_s;
    update.verb = u"update"_s;
    update.clientMethod = u"updateSecret"_s;
    update.summary = tr("replace a secret's data, name or description");
    update.positionals = {u"SECRET_ID"_s};
    update.options = {
        {u"data"_s, u"JSON"_s, tr("the new data (a JSON object; prefer @FILE or @-)")},
        {u"name"_s, u"TEXT"_s, tr("new name")},
        {u"description"_s, u"TEXT"_s, tr("new description")},
    };
    update.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        las::UpdateSecretOptions data;
        if (!CommandSupport::optionalObject(inv, u"data"_s, &data.data, error))
            return std::nullopt;
        data.name = CommandSupport::nullableText(inv, u"name"_s);
        data.description = CommandSupport::nullableText(inv, u"description"_s);
        if (!data.data && !data.name && !data.description) {
            *error = tr("nothing to update: give --data, --name or --description");
            return std::nullopt;
        }
        return CommandSupport::single(
            [&client, id = inv.positional(0), data] { return client.updateSecret(id, data); });
    };
    table.add(update);
}

} // namespace lasctl
