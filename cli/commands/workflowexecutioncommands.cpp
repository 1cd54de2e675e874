#include "commands/workflowexecutioncommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void WorkflowExecutionCommands::addTo(CommandTable &table)
{
    table.addFilteredList<las::ListWorkflowExecutionsOptions>(
        {.resource = u"workflow-executions"_s,
         .clientMethod = u"listWorkflowExecutions"_s,
         .summary = tr("list the executions of a workflow"),
         .positionals = {u"WORKFLOW_ID"_s},
         .options =
             QList<OptionSpec>{{u"status"_s, u"STATUS"_s,
                                tr("only executions in this status: running, succeeded, failed, rejected"),
                                true}} +
             CommandSupport::sortOptions(),
         .listKey = u"executions"_s},
        [](las::Client &client, const Invocation &inv, las::ListWorkflowExecutionsOptions options) {
            options.status = inv.values(u"status"_s);
            CommandSupport::sorting(inv, &options);
            return client.listWorkflowExecutions(inv.positional(0), options);
        });
    table.addByIds(u"workflow-executions"_s, u"delete"_s, u"deleteWorkflowExecution"_s,
                   tr("delete (stop) a workflow execution"), {u"WORKFLOW_ID"_s, u"EXECUTION_ID"_s},
                   &las::Client::deleteWorkflowExecution);
}

} // namespace lasctl
