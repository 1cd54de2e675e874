#include "commands/workflowexecutioncommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void WorkflowExecutionCommands::addTo(CommandTable &table)
{
    CommandSpec list;
    list.resource = u"workflow-executions"_s;
    list.verb = u"list"_s;
    list.clientMethod = u"listWorkflowExecutions"_s;
    list.summary = tr("list the executions of a workflow");
    list.positionals = {u"WORKFLOW_ID"_s};
    list.listKey = u"executions"_s;
    list.options = {
        {u"status"_s, u"STATUS"_s, tr("only executions in this status: running, succeeded, failed, rejected"),
         true},
        {u"sort-by"_s, u"FIELD"_s, tr("startTime or endTime")},
        {u"order"_s, u"ORDER"_s, tr("ascending or descending")},
    };
    list.options += CommandTable::paginationOptions();
    list.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        const QString workflowId = inv.positional(0);
        return Call([&client, inv, workflowId](const QString &pageToken) -> las::Reply * {
            las::ListWorkflowExecutionsOptions options;
            QString ignored;
            CommandSupport::pagination(inv, pageToken, &options, &ignored);
            options.status = inv.values(u"status"_s);
            options.sortBy = inv.value(u"sort-by"_s);
            options.order = inv.value(u"order"_s);
            return client.listWorkflowExecutions(workflowId, options);
        });
    };
    table.add(list);

    CommandSpec del;
    del.resource = u"workflow-executions"_s;
    del.verb = u"delete"_s;
    del.clientMethod = u"deleteWorkflowExecution"_s;
    del.summary = tr("delete (stop) a workflow execution");
    del.positionals = {u"WORKFLOW_ID"_s, u"EXECUTION_ID"_s};
    del.prepare = [](las::Client &client, const Invocation &inv, QString *) {
        return CommandSupport::single([&client, wid = inv.positional(0), eid = inv.positional(1)] {
            return client.deleteWorkflowExecution(wid, eid);
        });
    };
    table.add(del);
}

} // namespace lasctl
