#include "commands/usercommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void UserCommands::addTo(CommandTable &table)
{
    const QList<OptionSpec> profile{
        {u"name"_s, u"TEXT"_s, tr("the user's name")},
        {u"avatar"_s, u"TEXT"_s, tr("the user's avatar (an image as a data URL or base64)")},
    };

    CommandSpec create;
    create.resource = u"users"_s;
    create.verb = u"create"_s;
    create.clientMethod = u"createUser"_s;
    create.summary = tr("invite a user by email");
    create.positionals = {u"EMAIL"_s};
    create.options = profile;
    create.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        las::CreateUserOptions data;
        data.name = CommandSupport::optionalText(inv, u"name"_s);
        data.avatar = CommandSupport::optionalText(inv, u"avatar"_s);
        return CommandSupport::single(
            [&client, email = inv.positional(0), data] { return client.createUser(email, data); });
    };
    table.add(create);

    CommandSpec list;
    list.resource = u"users"_s;
    list.verb = u"list"_s;
    list.clientMethod = u"listUsers"_s;
    list.summary = tr("list users");
    list.listKey = u"users"_s;
    list.options = CommandTable::paginationOptions();
    list.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        return Call([&client, inv](const QString &pageToken) -> las::Reply * {
            las::PaginationOptions options;
            QString ignored;
            CommandSupport::pagination(inv, pageToken, &options, &ignored);
            return client.listUsers(options);
        });
    };
    table.add(list);

    CommandSpec get;
    get.resource = u"users"_s;
    get.verb = u"get"_s;
    get.clientMethod = u"getUser"_s;
    get.summary = tr("get a user");
    get.positionals = {u"USER_ID"_s};
    get.prepare = [](las::Client &client, const Invocation &inv, QString *) {
        return CommandSupport::single([&client, id = inv.positional(0)] { return client.getUser(id); });
    };
    table.add(get);

    CommandSpec update;
    update.resource = u"users"_s;
    update.verb = u"update"_s;
    update.clientMethod = u"updateUser"_s;
    update.summary = tr("change a user's name or avatar");
    update.positionals = {u"USER_ID"_s};
    update.options = profile;
    update.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        las::UpdateUserOptions data;
        data.name = CommandSupport::nullableText(inv, u"name"_s);
        data.avatar = CommandSupport::nullableText(inv, u"avatar"_s);
        if (!data.name && !data.avatar) {
            *error = tr("nothing to update: give --name or --avatar");
            return std::nullopt;
        }
        return CommandSupport::single(
            [&client, id = inv.positional(0), data] { return client.updateUser(id, data); });
    };
    table.add(update);

    CommandSpec del;
    del.resource = u"users"_s;
    del.verb = u"delete"_s;
    del.clientMethod = u"deleteUser"_s;
    del.summary = tr("delete a user");
    del.positionals = {u"USER_ID"_s};
    del.prepare = [](las::Client &client, const Invocation &inv, QString *) {
        return CommandSupport::single([&client, id = inv.positional(0)] { return client.deleteUser(id); });
    };
    table.add(del);
}

} // namespace lasctl
