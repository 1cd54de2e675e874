#include "commands/executioncommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void ExecutionCommands::addTo(CommandTable &table)
{
    table.addFilteredList<las::TransitionExecutionListOptions>(
        {.resource = u"executions"_s,
         .clientMethod = u"listTransitionExecutions"_s,
         .summary = tr("list the executions of a transition"),
         .positionals = {u"TRANSITION_ID"_s},
         .options =
             QList<OptionSpec>{
                 {u"status"_s, u"STATUS"_s,
                  tr("only executions in this status: running, succeeded, failed, rejected, retry"), true},
                 {u"execution-id"_s, u"ID"_s, tr("only this execution"), true}} +
             CommandSupport::sortOptions(),
         .listKey = u"executions"_s},
        [](las::Client &client, const Invocation &inv, las::TransitionExecutionListOptions options) {
            options.status = inv.values(u"status"_s);
            options.executionId = inv.values(u"execution-id"_s);
            CommandSupport::sorting(inv, &options);
            return client.listTransitionExecutions(inv.positional(0), options);
        });
    table.addByIds(u"executions"_s, u"get"_s, u"getTransitionExecution"_s,
                   tr("get one execution of a transition"), {u"TRANSITION_ID"_s, u"EXECUTION_ID"_s},
                   &las::Client::getTransitionExecution);

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

    table.addByIds(u"executions"_s, u"heartbeat"_s, u"sendHeartbeat"_s,
                   tr("keep a claimed execution alive (prints null)"),
                   {u"TRANSITION_ID"_s, u"EXECUTION_ID"_s}, &las::Client::sendHeartbeat);
}

} // namespace lasctl
