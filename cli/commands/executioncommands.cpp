#include "commands/executioncommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void ExecutionCommands::addTo(CommandTable &table)
{
    CommandSpec list;
    list.resource = u"executions"_s;
    list.verb = u"list"_s;
    list.clientMethod = u"listTransitionExecutions"_s;
    list.summary = tr("list the executions of a transition");
    list.positionals = {u"TRANSITION_ID"_s};
    list.listKey = u"executions"_s;
    list.options = {
        {u"status"_s, u"STATUS"_s,
         tr("only executions in this status: running, succeeded, failed, rejected, retry"), true},
        {u"execution-id"_s, u"ID"_s, tr("only this execution"), true},
        {u"sort-by"_s, u"FIELD"_s, tr("startTime or endTime")},
        {u"order"_s, u"ORDER"_s, tr("ascending or descending")},
    };
    list.options += CommandTable::paginationOptions();
    list.prepare = [](las::Client &client, const Invocation &inv, QString *) -> std::optional<Call> {
        const QString transitionId = inv.positional(0);
        return Call([&client, inv, transitionId](const QString &pageToken) -> las::Reply * {
            las::TransitionExecutionListOptions options;
            QString ignored;
            CommandSupport::pagination(inv, pageToken, &options, &ignored);
            options.status = inv.values(u"status"_s);
            options.executionId = inv.values(u"execution-id"_s);
            options.sortBy = inv.value(u"sort-by"_s);
            options.order = inv.value(u"order"_s);
            return client.listTransitionExecutions(transitionId, options);
        });
    };
    table.add(list);

    CommandSpec get;
    get.resource = u"executions"_s;
    get.verb = u"get"_s;
    get.clientMethod = u"getTransitionExecution"_s;
    get.summary = tr("get one execution of a transition");
    get.positionals = {u"TRANSITION_ID"_s, u"EXECUTION_ID"_s};
    get.prepare = [](las::Client &client, const Invocation &inv, QString *) {
        return CommandSupport::single([&client, tid = inv.positional(0), eid = inv.positional(1)] {
            return client.getTransitionExecution(tid, eid);
        });
    };
    table.add(get);

    CommandSpec update;
    update.resource = u"executions"_s;
    update.verb = u"update"_s;
    update.clientMethod = u"updateTransitionExecution"_s;
    update.summary = tr("finish a claimed execution (succeeded with --output, or failed/rejected/retry)");
    update.positionals = {u"TRANSITION_ID"_s, u"EXECUTION_ID"_s};
    update.options = {
        {u"status"_s, u"STATUS"_s, tr("succeeded, failed, rejected or retry"), false, true},
        {u"output"_s, u"JSON"_s, tr("the output object (with succeeded)")},
        {u"error-message"_s, u"TEXT"_s, tr("why it failed or was rejected")},
        {u"start-time"_s, u"TIME"_s, tr("start time to record (\"2021-02-16 15:30:45.123456\")")},
    };
    update.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        las::UpdateTransitionExecution data;
        data.status = inv.value(u"status"_s);
        if (!CommandSupport::optionalObject(inv, u"output"_s, &data.output, error))
            return std::nullopt;
        if (inv.isSet(u"error-message"_s))
            data.errorMessage = inv.value(u"error-message"_s);
        data.startTime = CommandSupport::nullableText(inv, u"start-time"_s);
        return CommandSupport::single([&client, tid = inv.positional(0), eid = inv.positional(1), data] {
            return client.updateTransitionExecution(tid, eid, data);
        });
    };
    table.add(update);

    CommandSpec heartbeat;
    heartbeat.resource = u"executions"_s;
    heartbeat.verb = u"heartbeat"_s;
    heartbeat.clientMethod = u"sendHeartbeat"_s;
    heartbeat.summary = tr("keep a claimed execution alive (prints null)");
    heartbeat.positionals = {u"TRANSITION_ID"_s, u"EXECUTION_ID"_s};
    heartbeat.prepare = [](las::Client &client, const Invocation &inv, QString *) {
        return CommandSupport::single([&client, tid = inv.positional(0), eid = inv.positional(1)] {
            return client.sendHeartbeat(tid, eid);
        });
    };
    table.add(heartbeat);
}

} // namespace lasctl
