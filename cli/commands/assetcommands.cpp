#include "commands/assetcommands.h"

#include "api/client.h"
#include "api/inputvalidator.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void AssetCommands::addTo(CommandTable &table)
{
    CommandSpec create;
    create.resource = u"assets"_s;
    create.verb = u"create"_s;
    create.clientMethod = u"createAssetFromFile"_s;
    create.summary = tr("upload a file as an asset (e.g. a field configuration)");
    create.positionals = {u"FILE"_s};
    create.options = {
        {u"name"_s, u"TEXT"_s, tr("name of the asset")},
        {u"description"_s, u"TEXT"_s, tr("description of the asset")},
    };
    create.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        las::CreateAssetOptions options;
        options.name = CommandSupport::optionalText(inv, u"name"_s);
        options.description = CommandSupport::optionalText(inv, u"description"_s);
        return CommandSupport::single([&client, path = inv.positional(0), options] {
            return client.createAssetFromFile(path, options);
        });
    };
    table.add(create);

    CommandSpec list;
    list.resource = u"assets"_s;
    list.verb = u"list"_s;
    list.clientMethod = u"listAssets"_s;
    list.summary = tr("list assets (without their content)");
    list.listKey = u"assets"_s;
    list.options = CommandTable::paginationOptions();
    list.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        return Call([&client, inv](const QString &pageToken) -> las::Reply * {
            las::PaginationOptions options;
            QString ignored;
            CommandSupport::pagination(inv, pageToken, &options, &ignored);
            return client.listAssets(options);
        });
    };
    table.add(list);

    CommandSpec get;
    get.resource = u"assets"_s;
    get.verb = u"get"_s;
    get.clientMethod = u"getAsset"_s;
    get.summary = tr("get an asset with its content (base64)");
    get.positionals = {u"ASSET_ID"_s};
    get.options = {
        {u"content-to"_s, u"FILE"_s, tr("write the decoded content to FILE and leave it out of the output")},
    };
    get.prepare = [](las::Client &client, const Invocation &inv, QString *) {
        return CommandSupport::single([&client, id = inv.positional(0)] { return client.getAsset(id); });
    };
    get.present = [](const QJsonValue &result, const Invocation &inv,
                     QString *error) -> std::optional<QJsonValue> {
        if (!inv.isSet(u"content-to"_s))
            return result;
        return CommandSupport::writeContent(result, u"content"_s, inv.value(u"content-to"_s), error);
    };
    table.add(get);

    CommandSpec update;
    update.resource = u"assets"_s;
    update.verb = u"update"_s;
    update.clientMethod = u"updateAsset"_s;
    update.summary = tr("replace an asset's content, name or description");
    update.positionals = {u"ASSET_ID"_s};
    update.options = {
        {u"content"_s, u"FILE"_s, tr("the new content, read from FILE")},
        {u"name"_s, u"TEXT"_s, tr("new name")},
        {u"description"_s, u"TEXT"_s, tr("new description")},
    };
    update.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        las::UpdateAssetOptions data;
        if (inv.isSet(u"content"_s)) {
            const auto bytes = CommandSupport::readFile(inv.value(u"content"_s),
                                                        las::InputValidator::MaxContentBytes, error);
            if (!bytes)
                return std::nullopt;
            data.content = *bytes;
        }
        data.name = CommandSupport::nullableText(inv, u"name"_s);
        data.description = CommandSupport::nullableText(inv, u"description"_s);
        if (!data.content && !data.name && !data.description) {
            *error = tr("nothing to update: give --content, --name or --description");
            return std::nullopt;
        }
        return CommandSupport::single(
            [&client, id = inv.positional(0), data] { return client.updateAsset(id, data); });
    };
    table.add(update);
}

} // namespace lasctl
