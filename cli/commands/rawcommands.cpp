#include "commands/rawcommands.h"

#include "api/client.h"
#include "args/jsonargument.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

// --query KEY=VALUE (repeatable; repeated keys stay repeated, as the API's array filters want).
static std::optional<las::Client::Query> parseQuery(const Invocation &inv, QString *error)
{
    las::Client::Query query;
    for (const QString &item : inv.values(u"query"_s)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0) {
            *error = RawCommands::tr("--query: expected KEY=VALUE, got \"%1\"").arg(item);
            return std::nullopt;
        }
        query.append({item.left(eq), item.mid(eq + 1)});
    }
    return query;
}

void RawCommands::addTo(CommandTable &table)
{
    const OptionSpec queryOption{u"query"_s, u"KEY=VALUE"_s, tr("a query parameter"), true};

    CommandSpec get;
    get.resource = u"raw"_s;
    get.verb = u"get"_s;
    get.clientMethod = u"makeGetRequest"_s;
    get.summary = tr("GET a path of the API (e.g. /documents) and print the answer");
    get.positionals = {u"PATH"_s};
    get.options = {queryOption};
    get.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const auto query = parseQuery(inv, error);
        if (!query)
            return std::nullopt;
        return CommandSupport::single([&client, path = inv.positional(0), query = *query] {
            return client.makeGetRequest(path, query);
        });
    };
    table.add(get);

    CommandSpec post;
    post.resource = u"raw"_s;
    post.verb = u"post"_s;
    post.clientMethod = u"makePostRequest"_s;
    post.summary = tr("POST a JSON BODY (inline, @FILE or @-) to a path of the API");
    post.positionals = {u"PATH"_s, u"BODY"_s};
    post.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const auto body = JsonArgument::parse(inv.positional(1), u"BODY"_s, error);
        if (!body)
            return std::nullopt;
        return CommandSupport::single(
            [&client, path = inv.positional(0), body = *body] { return client.makePostRequest(path, body); });
    };
    table.add(post);

    CommandSpec patch;
    patch.resource = u"raw"_s;
    patch.verb = u"patch"_s;
    patch.clientMethod = u"makePatchRequest"_s;
    patch.summary = tr("PATCH a path of the API with a JSON BODY (inline, @FILE or @-)");
    patch.positionals = {u"PATH"_s, u"BODY"_s};
    patch.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const auto body = JsonArgument::parse(inv.positional(1), u"BODY"_s, error);
        if (!body)
            return std::nullopt;
        return CommandSupport::single([&client, path = inv.positional(0), body = *body] {
            return client.makePatchRequest(path, body);
        });
    };
    table.add(patch);

    CommandSpec del;
    del.resource = u"raw"_s;
    del.verb = u"delete"_s;
    del.clientMethod = u"makeDeleteRequest"_s;
    del.summary = tr("DELETE a path of the API");
    del.positionals = {u"PATH"_s};
    del.options = {queryOption};
    del.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const auto query = parseQuery(inv, error);
        if (!query)
            return std::nullopt;
        return CommandSupport::single([&client, path = inv.positional(0), query = *query] {
            return client.makeDeleteRequest(path, query);
        });
    };
    table.add(del);
}

} // namespace lasctl
