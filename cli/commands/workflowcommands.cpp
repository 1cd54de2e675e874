#include "commands/workflowcommands.h"

#include "api/client.h"
#include "args/jsonargument.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

// SPECIFICATION is {"definition": {...}, "language"?, "version"?}; a bare ASL definition ({"StartAt",
// "States"}) is accepted too and wrapped, since that is what people have at hand.
static std::optional<las::WorkflowSpecification> parseSpecification(const QJsonObject &object, QString *error)
{
    las::WorkflowSpecification spec;
    if (!object.contains(u"definition"_s) && object.contains(u"States"_s)) {
        spec.definition = object;
        return spec;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != "definition"_L1 && it.key() != "language"_L1 && it.key() != "version"_L1) {
            *error = WorkflowCommands::tr(
                         "SPECIFICATION: unknown key \"%1\" (known: definition, language, version)")
                         .arg(it.key());
            return std::nullopt;
        }
    }
    if (!object.value(u"definition"_s).isObject()) {
        *error =
            WorkflowCommands::tr("SPECIFICATION: \"definition\" must be an object (the ASL state machine)");
        return std::nullopt;
    }
    if ((object.contains(u"language"_s) && !object.value(u"language"_s).isString()) ||
        (object.contains(u"version"_s) && !object.value(u"version"_s).isString())) {
        *error = WorkflowCommands::tr("SPECIFICATION: \"language\" and \"version\" must be strings");
        return std::nullopt;
    }
    spec.definition = object.value(u"definition"_s).toObject();
    spec.language = object.value(u"language"_s).toString();
    spec.version = object.value(u"version"_s).toString();
    return spec;
}

void WorkflowCommands::addTo(CommandTable &table)
{
    CommandSpec create;
    create.resource = u"workflows"_s;
    create.verb = u"create"_s;
    create.clientMethod = u"createWorkflow"_s;
    create.summary = tr("create a workflow from a specification (JSON, @FILE or @-)");
    create.positionals = {u"NAME"_s, u"SPECIFICATION"_s};
    create.options = {
        {u"description"_s, u"TEXT"_s, tr("description of the workflow")},
        {u"error-email"_s, u"EMAIL"_s, tr("address told about failed executions")},
    };
    create.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const auto object = JsonArgument::parseObject(inv.positional(1), u"SPECIFICATION"_s, error);
        if (!object)
            return std::nullopt;
        const auto specification = parseSpecification(*object, error);
        if (!specification)
            return std::nullopt;
        las::CreateWorkflowOptions options;
        options.description = CommandSupport::optionalText(inv, u"description"_s);
        options.errorConfigEmail = inv.value(u"error-email"_s);
        return CommandSupport::single([&client, name = inv.positional(0), spec = *specification, options] {
            return client.createWorkflow(name, spec, options);
        });
    };
    table.add(create);

    CommandSpec list;
    list.resource = u"workflows"_s;
    list.verb = u"list"_s;
    list.clientMethod = u"listWorkflows"_s;
    list.summary = tr("list workflows");
    list.listKey = u"workflows"_s;
    list.options = CommandTable::paginationOptions();
    list.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        return Call([&client, inv](const QString &pageToken) -> las::Reply * {
            las::PaginationOptions options;
            QString ignored;
            CommandSupport::pagination(inv, pageToken, &options, &ignored);
            return client.listWorkflows(options);
        });
    };
    table.add(list);

    CommandSpec get;
    get.resource = u"workflows"_s;
    get.verb = u"get"_s;
    get.clientMethod = u"getWorkflow"_s;
    get.summary = tr("get a workflow");
    get.positionals = {u"WORKFLOW_ID"_s};
    get.prepare = [](las::Client &client, const Invocation &inv, QString *) {
        return CommandSupport::single([&client, id = inv.positional(0)] { return client.getWorkflow(id); });
    };
    table.add(get);

    CommandSpec update;
    update.resource = u"workflows"_s;
    update.verb = u"update"_s;
    update.clientMethod = u"updateWorkflow"_s;
    update.summary = tr("change a workflow's name or description");
    update.positionals = {u"WORKFLOW_ID"_s};
    update.options = {
        {u"name"_s, u"TEXT"_s, tr("new name")},
        {u"description"_s, u"TEXT"_s, tr("new description")},
    };
    update.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        las::UpdateWorkflowOptions data;
        data.name = CommandSupport::nullableText(inv, u"name"_s);
        data.description = CommandSupport::nullableText(inv, u"description"_s);
        if (!data.name && !data.description) {
            *error = tr("nothing to update: give --name or --description");
            return std::nullopt;
        }
        return CommandSupport::single(
            [&client, id = inv.positional(0), data] { return client.updateWorkflow(id, data); });
    };
    table.add(update);

    CommandSpec del;
    del.resource = u"workflows"_s;
    del.verb = u"delete"_s;
    del.clientMethod = u"deleteWorkflow"_s;
    del.summary = tr("delete a workflow");
    del.positionals = {u"WORKFLOW_ID"_s};
    del.prepare = [](las::Client &client, const Invocation &inv, QString *) {
        return CommandSupport::single(
            [&client, id = inv.positional(0)] { return client.deleteWorkflow(id); });
    };
    table.add(del);

    CommandSpec execute;
    execute.resource = u"workflows"_s;
    execute.verb = u"execute"_s;
    execute.clientMethod = u"executeWorkflow"_s;
    execute.summary = tr("start a workflow execution with INPUT (a JSON object, @FILE or @-)");
    execute.positionals = {u"WORKFLOW_ID"_s, u"INPUT"_s};
    execute.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const auto input = JsonArgument::parseObject(inv.positional(1), u"INPUT"_s, error);
        if (!input)
            return std::nullopt;
        return CommandSupport::single(
            [&client, id = inv.positional(0), input = *input] { return client.executeWorkflow(id, input); });
    };
    table.add(execute);
}

} // namespace lasctl
