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

    table.addList(u"workflows"_s, u"listWorkflows"_s, tr("list workflows"), u"workflows"_s,
                  &las::Client::listWorkflows);
    table.addById(u"workflows"_s, u"get"_s, u"getWorkflow"_s, tr("get a workflow"), u"WORKFLOW_ID"_s,
                  &las::Client::getWorkflow);
    table.add(
        {.resource = u"workflows"_s,
         .verb = u"update"_s,
         .clientMethod = u"updateWorkflow"_s,
         .summary = tr("change a workflow's name or description"),
         .positionals = {u"WORKFLOW_ID"_s},
         .options = CommandSupport::renameOptions(),
         .prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
             las::UpdateWorkflowOptions data;
             CommandSupport::redescribe(inv, &data);
             if (!data.name && !data.description) {
                 *error = tr("nothing to update: give --name or --description");
                 return std::nullopt;
             }
             return CommandSupport::withId(client, inv, &las::Client::updateWorkflow, data);
         }});
    table.addById(u"workflows"_s, u"delete"_s, u"deleteWorkflow"_s, tr("delete a workflow"), u"WORKFLOW_ID"_s,
                  &las::Client::deleteWorkflow);

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
        return CommandSupport::withId(client, inv, &las::Client::executeWorkflow, *input);
    };
    table.add(execute);
}

} // namespace lasctl
