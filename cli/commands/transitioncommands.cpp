#include "commands/transitioncommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lasctl {

// --parameters JSON → the typed parameters of the transition type. Unknown keys are refused rather than
// silently dropped: the typed options could not carry them.
static std::optional<las::CreateTransitionParams> parseParameters(const QString &type,
                                                                  const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<las::CreateTransitionParams> {
        *error = message;
        return std::nullopt;
    };
    const QStringList known =
        type == "docker"_L1 ? QStringList{u"imageUrl"_s,           u"memory"_s,  u"cpu"_s, u"environment"_s,
                                          u"environmentSecrets"_s, u"secretId"_s}
                            : QStringList{u"assets"_s};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(
                TransitionCommands::tr("--parameters: unknown key \"%1\" for a %2 transition (known: %3)")
                    .arg(it.key(), type, known.join(u", "_s)));
    }
    if (type == "manual"_L1) {
        las::CreateTransitionManualParams manual;
        if (object.contains(u"assets"_s)) {
            if (!object.value(u"assets"_s).isObject())
                return fail(TransitionCommands::tr("--parameters: \"assets\" must be an object"));
            manual.assets = object.value(u"assets"_s).toObject();
        }
        return las::CreateTransitionParams(manual);
    }
    las::CreateTransitionDockerParams docker;
    if (!object.value(u"imageUrl"_s).isString())
        return fail(
            TransitionCommands::tr("--parameters: a docker transition needs \"imageUrl\" (a string)"));
    docker.imageUrl = object.value(u"imageUrl"_s).toString();
    for (const QString &key : {u"memory"_s, u"cpu"_s}) {
        if (!object.contains(key))
            continue;
        const QJsonValue v = object.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return fail(TransitionCommands::tr("--parameters: \"%1\" must be a whole number").arg(key));
        (key == "memory"_L1 ? docker.memory : docker.cpu) = v.toInt();
    }
    if (object.contains(u"environment"_s)) {
        if (!object.value(u"environment"_s).isObject())
            return fail(TransitionCommands::tr("--parameters: \"environment\" must be an object"));
        docker.environment = object.value(u"environment"_s).toObject();
    }
    if (object.contains(u"environmentSecrets"_s)) {
        const QJsonValue v = object.value(u"environmentSecrets"_s);
        if (!v.isArray())
            return fail(
                TransitionCommands::tr("--parameters: \"environmentSecrets\" must be an array of IDs"));
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString())
                return fail(
                    TransitionCommands::tr("--parameters: \"environmentSecrets\" must be an array of IDs"));
            docker.environmentSecrets.append(item.toString());
        }
    }
    if (object.contains(u"secretId"_s)) {
        if (!object.value(u"secretId"_s).isString())
            return fail(TransitionCommands::tr("--parameters: \"secretId\" must be a string"));
        docker.secretId = object.value(u"secretId"_s).toString();
    }
    return las::CreateTransitionParams(docker);
}

static QList<OptionSpec> describingOptions()
{
    return {
        {u"name"_s, u"TEXT"_s, TransitionCommands::tr("name of the transition")},
        {u"description"_s, u"TEXT"_s, TransitionCommands::tr("description of the transition")},
        {u"input-json-schema"_s, u"JSON"_s, TransitionCommands::tr("JSON schema the input must match")},
        {u"output-json-schema"_s, u"JSON"_s, TransitionCommands::tr("JSON schema the output must match")},
    };
}

void TransitionCommands::addTo(CommandTable &table)
{
    CommandSpec create;
    create.resource = u"transitions"_s;
    create.verb = u"create"_s;
    create.clientMethod = u"createTransition"_s;
    create.summary = tr("create a transition (TYPE docker or manual)");
    create.positionals = {u"TYPE"_s};
    create.options = describingOptions();
    create.options.append(
        {u"parameters"_s, u"JSON"_s,
         tr("docker: {\"imageUrl\", \"memory\", \"cpu\", \"environment\", \"environmentSecrets\", "
            "\"secretId\"}; manual: {\"assets\": {…}}")});
    create.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const QString type = inv.positional(0);
        las::CreateTransitionOptions options;
        CommandSupport::describe(inv, &options);
        if (!CommandSupport::optionalObject(inv, u"input-json-schema"_s, &options.inputJsonSchema, error) ||
            !CommandSupport::optionalObject(inv, u"output-json-schema"_s, &options.outputJsonSchema, error))
            return std::nullopt;
        if (inv.isSet(u"parameters"_s)) {
            if (type != "docker"_L1 && type != "manual"_L1) {
                *error = tr("TYPE must be docker or manual, got \"%1\"").arg(type);
                return std::nullopt;
            }
            const auto object = inv.jsonObject(u"parameters"_s, error);
            if (!object)
                return std::nullopt;
            const auto parameters = parseParameters(type, *object, error);
            if (!parameters)
                return std::nullopt;
            options.parameters = *parameters;
        }
        return CommandSupport::single(
            [&client, type, options] { return client.createTransition(type, options); });
    };
    table.add(create);

    table.addFilteredList<las::ListTransitionOptions>(
        {.resource = u"transitions"_s,
         .clientMethod = u"listTransitions"_s,
         .summary = tr("list transitions"),
         .options = {{u"transition-type"_s, u"TYPE"_s, tr("only transitions of this type"), true}},
         .listKey = u"transitions"_s},
        [](las::Client &client, const Invocation &inv, las::ListTransitionOptions options) {
            options.transitionType = inv.values(u"transition-type"_s);
            return client.listTransitions(options);
        });
    table.addById(u"transitions"_s, u"get"_s, u"getTransition"_s, tr("get a transition"), u"TRANSITION_ID"_s,
                  &las::Client::getTransition);

    CommandSpec update;
    update.resource = u"transitions"_s;
    update.verb = u"update"_s;
    update.clientMethod = u"updateTransition"_s;
    update.summary = tr("change a transition's name, description or schemas");
    update.positionals = {u"TRANSITION_ID"_s};
    update.options = describingOptions();
    update.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        las::UpdateTransitionOptions data;
        CommandSupport::redescribe(inv, &data);
        if (!CommandSupport::optionalObject(inv, u"input-json-schema"_s, &data.inputJsonSchema, error) ||
            !CommandSupport::optionalObject(inv, u"output-json-schema"_s, &data.outputJsonSchema, error))
            return std::nullopt;
        if (!data.name && !data.description && !data.inputJsonSchema && !data.outputJsonSchema) {
            *error = tr("nothing to update: give at least one of --name, --description, --input-json-schema, "
                        "--output-json-schema");
            return std::nullopt;
        }
        return CommandSupport::withId(client, inv, &las::Client::updateTransition, data);
    };
    table.add(update);

    table.addById(u"transitions"_s, u"delete"_s, u"deleteTransition"_s,
                  tr("delete a transition (fails while a workflow uses it)"), u"TRANSITION_ID"_s,
                  &las::Client::deleteTransition);
    table.addById(u"transitions"_s, u"execute"_s, u"executeTransition"_s,
                  tr("claim the next task of a manual transition (starts an execution)"), u"TRANSITION_ID"_s,
                  &las::Client::executeTransition);
}

} // namespace lasctl
