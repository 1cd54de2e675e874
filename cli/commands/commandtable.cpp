#include "commands/commandtable.h"

#include "commands/assetcommands.h"
#include "commands/batchcommands.h"
#include "commands/documentcommands.h"
#include "commands/executioncommands.h"
#include "commands/logcommands.h"
#include "commands/modelcommands.h"
#include "commands/predictioncommands.h"
#include "commands/rawcommands.h"
#include "commands/secretcommands.h"
#include "commands/transitioncommands.h"
#include "commands/usercommands.h"
#include "commands/workflowcommands.h"
#include "commands/workflowexecutioncommands.h"
#include "output/exitcodes.h"

using namespace Qt::StringLiterals;

namespace lasctl {

CommandTable CommandTable::standard()
{
    CommandTable table;
    DocumentCommands::addTo(table);
    PredictionCommands::addTo(table);
    ModelCommands::addTo(table);
    TransitionCommands::addTo(table);
    ExecutionCommands::addTo(table);
    WorkflowCommands::addTo(table);
    WorkflowExecutionCommands::addTo(table);
    AssetCommands::addTo(table);
    BatchCommands::addTo(table);
    SecretCommands::addTo(table);
    UserCommands::addTo(table);
    LogCommands::addTo(table);
    RawCommands::addTo(table);
    return table;
}

QList<OptionSpec> CommandTable::globalOptions()
{
    return {
        {u"profile"_s, u"NAME"_s,
         tr("read credentials from this section of the credentials file (without it: the LAS_* variables "
            "when "
            "all five are set, else [default])")},
        {u"credentials"_s, u"FILE"_s, tr("credentials file to read instead of ~/.lucidtech/credentials.cfg")},
        {u"api-endpoint"_s, u"URL"_s,
         tr("API base URL, overriding the credentials (e.g. https://api.lucidtech.ai/v1)")},
        {u"auth-endpoint"_s, u"URL"_s,
         tr("auth host or URL, overriding the credentials (e.g. auth.lucidtech.ai)")},
        {u"token-path"_s, u"PATH"_s,
         tr("path of the token endpoint on the auth host (default /oauth2/token)")},
        {u"timeout"_s, u"SECONDS"_s,
         tr("transfer timeout of each request (default 30; uploads scale with size)")},
        {u"compact"_s, {}, tr("print JSON on one line instead of indented")},
        {u"verbose"_s, {}, tr("log requests and retries to stderr (credentials and tokens are never shown)")},
        {u"version"_s, {}, tr("print the version and exit")},
    };
}

QList<OptionSpec> CommandTable::paginationOptions()
{
    return {
        {u"max-results"_s, u"N"_s, tr("at most N items per page")},
        {u"next-token"_s, u"TOKEN"_s, tr("start from this page (the nextToken of a previous answer)")},
        {u"all"_s, {}, tr("follow nextToken and print every page's items as one list")},
    };
}

void CommandTable::add(CommandSpec spec)
{
    m_commands.append(std::move(spec));
}

void CommandTable::addById(const QString &resource, const QString &verb, const QString &clientMethod,
                           const QString &summary, const QString &idName, IdCall call,
                           QList<OptionSpec> options, Present present)
{
    add({.resource = resource,
         .verb = verb,
         .clientMethod = clientMethod,
         .summary = summary,
         .positionals = {idName},
         .options = std::move(options),
         .prepare =
             [call = std::move(call)](las::Client &client, const Invocation &inv, QString *) {
                 return CommandSupport::single(
                     [&client, call, id = inv.positional(0)] { return call(client, id); });
             },
         .present = std::move(present)});
}

void CommandTable::addByIds(const QString &resource, const QString &verb, const QString &clientMethod,
                            const QString &summary, const QStringList &idNames, TwoIdCall call)
{
    add({.resource = resource,
         .verb = verb,
         .clientMethod = clientMethod,
         .summary = summary,
         .positionals = idNames,
         .prepare = [call = std::move(call)](las::Client &client, const Invocation &inv, QString *) {
             return CommandSupport::single(
                 [&client, call, id = inv.positional(0), otherId = inv.positional(1)] {
                     return call(client, id, otherId);
                 });
         }});
}

void CommandTable::addList(const QString &resource, const QString &clientMethod, const QString &summary,
                           const QString &listKey, PageCall call)
{
    addFilteredList<las::PaginationOptions>(
        {.resource = resource, .clientMethod = clientMethod, .summary = summary, .listKey = listKey},
        [call = std::move(call)](las::Client &client, const Invocation &,
                                 const las::PaginationOptions &options) { return call(client, options); });
}

void CommandTable::addPaged(CommandSpec spec, PagedCall call)
{
    spec.verb = u"list"_s;
    spec.options += paginationOptions();
    spec.prepare = [call = std::move(call)](las::Client &client, const Invocation &inv,
                                            QString *) -> std::optional<Call> {
        return Call([&client, call, inv](const QString &pageToken) { return call(client, inv, pageToken); });
    };
    add(std::move(spec));
}

const CommandSpec *CommandTable::find(const QString &resource, const QString &verb) const
{
    for (const CommandSpec &spec : m_commands) {
        if (spec.resource == resource && spec.verb == verb)
            return &spec;
    }
    return nullptr;
}

bool CommandTable::hasResource(const QString &resource) const
{
    return std::any_of(m_commands.cbegin(), m_commands.cend(),
                       [&resource](const CommandSpec &spec) { return spec.resource == resource; });
}

QStringList CommandTable::resources() const
{
    QStringList names;
    for (const CommandSpec &spec : m_commands) {
        if (!names.contains(spec.resource))
            names.append(spec.resource);
    }
    return names;
}

QStringList CommandTable::verbs(const QString &resource) const
{
    QStringList names;
    for (const CommandSpec &spec : m_commands) {
        if (spec.resource == resource)
            names.append(spec.verb);
    }
    return names;
}

static QString optionLines(const QList<OptionSpec> &options)
{
    QString text;
    for (const OptionSpec &option : options) {
        QString left = u"--"_s + option.name;
        if (!option.isFlag())
            left += u' ' + option.valueName;
        QString help = option.help;
        if (option.repeatable)
            help += u' ' + CommandTable::tr("(repeatable)");
        text += u"  %1  %2\n"_s.arg(left, -28).arg(help);
    }
    return text;
}

QString CommandTable::helpText() const
{
    QString text =
        tr("Usage: lasctl [global options] <resource> <verb> [arguments] [options]\n"
           "\n"
           "Command-line client of the Lucidtech AI Services (LAS) API. Results are printed as JSON on "
           "standard output; errors go to standard error with a non-zero exit code.\n");
    text += u'\n' + tr("Commands:") + u'\n';
    for (const CommandSpec &spec : m_commands)
        text += u"  %1  %2\n"_s.arg(spec.usage(), -50).arg(spec.summary);
    text += u'\n' + tr("Global options:") + u'\n';
    text += optionLines(globalOptions());
    text += u"  %1  %2\n"_s.arg(u"--help"_s, -28).arg(tr("show help (also after a resource or a command)"));
    text +=
        u'\n' +
        tr("Arguments that take JSON accept inline JSON, @FILE (read from a file) or @- (standard input). "
           "Keep secrets in files: command lines are visible to other users.\n");
    text +=
        u'\n' +
        tr("Credentials are read like the official Lucidtech SDKs do: the variables LAS_CLIENT_ID, "
           "LAS_CLIENT_SECRET, LAS_API_KEY, LAS_AUTH_ENDPOINT and LAS_API_ENDPOINT when all five are set, "
           "else the [default] section of ~/.lucidtech/credentials.cfg; --profile reads a named section "
           "of the file.\n");
    text += u'\n' + tr("Exit codes:") + u'\n' + ExitCodes::helpTable();
    return text;
}

QString CommandTable::resourceHelp(const QString &resource) const
{
    QString text = tr("Usage: lasctl %1 <verb> [arguments] [options]").arg(resource) + u"\n\n";
    for (const CommandSpec &spec : m_commands) {
        if (spec.resource == resource)
            text += u"  %1  %2\n"_s.arg(spec.usage(), -50).arg(spec.summary);
    }
    text += u'\n' + tr("Run lasctl %1 <verb> --help for the options of a command.").arg(resource) + u'\n';
    return text;
}

QString CommandTable::commandHelp(const CommandSpec &spec)
{
    QString text = tr("Usage: lasctl %1").arg(spec.usage()) + u"\n\n" + spec.summary + u'\n';
    text += tr("Calls las::Client::%1.").arg(spec.clientMethod) + u'\n';
    if (!spec.options.isEmpty())
        text += u'\n' + tr("Options:") + u'\n' + optionLines(spec.options);
    text += u'\n' + tr("Global options:") + u'\n' + optionLines(globalOptions());
    return text;
}

} // namespace lasctl
