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

// GET and DELETE: PATH plus --query.
static Prepare withQuery(las::Reply *(las::Client::*method)(const QString &, const las::Client::Query &))
{
    return [method](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const auto query = parseQuery(inv, error);
        if (!query)
            return std::nullopt;
        return CommandSupport::withId(client, inv, method, *query);
    };
}

// POST and PATCH: PATH plus a JSON BODY.
static Prepare withBody(las::Reply *(las::Client::*method)(const QString &, const QJsonValue &))
{
    return [method](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const auto body = JsonArgument::parse(inv.positional(1), u"BODY"_s, error);
        if (!body)
            return std::nullopt;
        return CommandSupport::withId(client, inv, method, *body);
    };
}

void RawCommands::addTo(CommandTable &table)
{
    const OptionSpec queryOption{u"query"_s, u"KEY=VALUE"_s, tr("a query parameter"), true};

    table.add({.resource = u"raw"_s,
               .verb = u"get"_s,
               .clientMethod = u"makeGetRequest"_s,
               .summary = tr("GET a path of the API (e.g. /documents) and print the answer"),
               .positionals = {u"PATH"_s},
               .options = {queryOption},
               .prepare = withQuery(&las::Client::makeGetRequest)});
    table.add({.resource = u"raw"_s,
               .verb = u"post"_s,
               .clientMethod = u"makePostRequest"_s,
               .summary = tr("POST a JSON BODY (inline, @FILE or @-) to a path of the API"),
               .positionals = {u"PATH"_s, u"BODY"_s},
               .prepare = withBody(&las::Client::makePostRequest)});
    table.add({.resource = u"raw"_s,
               .verb = u"patch"_s,
               .clientMethod = u"makePatchRequest"_s,
               .summary = tr("PATCH a path of the API with a JSON BODY (inline, @FILE or @-)"),
               .positionals = {u"PATH"_s, u"BODY"_s},
               .prepare = withBody(&las::Client::makePatchRequest)});
    table.add({.resource = u"raw"_s,
               .verb = u"delete"_s,
               .clientMethod = u"makeDeleteRequest"_s,
               .summary = tr("DELETE a path of the API"),
               .positionals = {u"PATH"_s},
               .options = {queryOption},
               .prepare = withQuery(&las::Client::makeDeleteRequest)});
}

} // namespace lasctl
