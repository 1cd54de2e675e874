#pragma once

#include "commands/commandspec.h"
#include "commands/commandsupport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lasctl {

// Every `<resource> <verb>` lasctl knows, plus the global options, and the help texts built from them.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CommandTable)
public:
    // The full table of lasctl: one verb per las::Client method.
    static CommandTable standard();
    // Options accepted before or after the command: --profile, --credentials, --verbose, --compact ...
    static QList<OptionSpec> globalOptions();
    // Options every list verb takes: --max-results, --next-token, --all.
    static QList<OptionSpec> paginationOptions();

    void add(CommandSpec spec);

    // The verb kinds most resources share, so each resource file says only what differs. The calls are
    // usually pointers to las::Client methods: &las::Client::getUser.
    using IdCall = std::function<las::Reply *(las::Client &client, const QString &id)>;
    using TwoIdCall =
        std::function<las::Reply *(las::Client &client, const QString &id, const QString &otherId)>;
    using PageCall = std::function<las::Reply *(las::Client &client, const las::PaginationOptions &options)>;
    // `<resource> <verb> ID`: calls call(id) with the one positional.
    void addById(const QString &resource, const QString &verb, const QString &clientMethod,
                 const QString &summary, const QString &idName, IdCall call, QList<OptionSpec> options = {},
                 Present present = {});
    // `<resource> <verb> ID OTHER_ID`: the two positionals, in order.
    void addByIds(const QString &resource, const QString &verb, const QString &clientMethod,
                  const QString &summary, const QStringList &idNames, TwoIdCall call);
    // `<resource> list`: the pagination options; --all merges the listKey arrays of every page.
    void addList(const QString &resource, const QString &clientMethod, const QString &summary,
                 const QString &listKey, PageCall call);
    // A list verb with filters: spec has resource, clientMethod, summary, listKey and any positionals and
    // filter options; the pagination options go after them. fetch(client, invocation, Options) sends one
    // page, the Options (derived from las::PaginationOptions) already holding the page to ask for.
    template<typename Options, typename Fetch>
    void addFilteredList(CommandSpec spec, Fetch fetch);
    const CommandSpec *find(const QString &resource, const QString &verb) const;
    bool hasResource(const QString &resource) const;
    QStringList resources() const;                    // in registration order
    QStringList verbs(const QString &resource) const; // in registration order
    const QList<CommandSpec> &commands() const { return m_commands; }

    QString helpText() const;                            // lasctl --help
    QString resourceHelp(const QString &resource) const; // lasctl documents --help
    static QString commandHelp(const CommandSpec &spec); // lasctl documents create --help

private:
    using PagedCall =
        std::function<las::Reply *(las::Client &client, const Invocation &inv, const QString &pageToken)>;
    void addPaged(CommandSpec spec, PagedCall call);

    QList<CommandSpec> m_commands;
};

template<typename Options, typename Fetch>
void CommandTable::addFilteredList(CommandSpec spec, Fetch fetch)
{
    addPaged(std::move(spec),
             [fetch = std::move(fetch)](las::Client &client, const Invocation &inv,
                                        const QString &pageToken) -> las::Reply * {
                 Options options;
                 QString ignored; // validated once before the first page (see LasCtl)
                 CommandSupport::pagination(inv, pageToken, &options, &ignored);
                 return fetch(client, inv, std::move(options));
             });
}

} // namespace lasctl
