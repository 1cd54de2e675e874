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

    table.add({.resource = u"users"_s,
               .verb = u"create"_s,
               .clientMethod = u"createUser"_s,
               .summary = tr("invite a user by email"),
               .positionals = {u"EMAIL"_s},
               .options = profile,
               .prepare = [](las::Client &client, const Invocation &inv, QString *) {
                   las::CreateUserOptions data;
                   data.name = CommandSupport::optionalText(inv, u"name"_s);
                   data.avatar = CommandSupport::optionalText(inv, u"avatar"_s);
                   return CommandSupport::withId(client, inv, &las::Client::createUser, data);
               }});
    table.addList(u"users"_s, u"listUsers"_s, tr("list users"), u"users"_s, &las::Client::listUsers);
    table.addById(u"users"_s, u"get"_s, u"getUser"_s, tr("get a user"), u"USER_ID"_s, &las::Client::getUser);
    table.add(
        {.resource = u"users"_s,
         .verb = u"update"_s,
         .clientMethod = u"updateUser"_s,
         .summary = tr("change a user's name or avatar"),
         .positionals = {u"USER_ID"_s},
         .options = profile,
         .prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
             las::UpdateUserOptions data;
             data.name = CommandSupport::nullableText(inv, u"name"_s);
             data.avatar = CommandSupport::nullableText(inv, u"avatar"_s);
             if (!data.name && !data.avatar) {
                 *error = tr("nothing to update: give --name or --avatar");
                 return std::nullopt;
             }
             return CommandSupport::withId(client, inv, &las::Client::updateUser, data);
         }});
    table.addById(u"users"_s, u"delete"_s, u"deleteUser"_s, tr("delete a user"), u"USER_ID"_s,
                  &las::Client::deleteUser);
}

} // namespace lasctl
