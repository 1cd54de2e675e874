#include "args/commandline.h"

#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

static const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &spec : options) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

CommandLine::Result CommandLine::parse(const QStringList &arguments, const CommandTable &table)
{
    Result result;
    Invocation &inv = result.invocation;
    const QList<OptionSpec> globals = CommandTable::globalOptions();
    bool help = false;
    bool endOfOptions = false;

    auto fail = [&result](const QString &message) {
        result.action = Action::Error;
        result.error = message;
        return result;
    };

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (!endOfOptions && token == "--"_L1) {
            endOfOptions = true;
            continue;
        }
        if (!endOfOptions && (token == "-h"_L1 || token == "--help"_L1)) {
            help = true;
            continue;
        }
        if (!endOfOptions && token.startsWith("--"_L1)) {
            const qsizetype eq = token.indexOf(u'=');
            const QString name = token.mid(2, eq < 0 ? -1 : eq - 2);
            const OptionSpec *spec = findOption(globals, name);
            if (!spec && result.spec)
                spec = result.spec->option(name);
            if (!spec) {
                if (result.spec)
                    return fail(tr("unknown option --%1 for \"%2 %3\" (see lasctl %2 %3 --help)")
                                    .arg(name, inv.resource, inv.verb));
                return fail(
                    tr("unknown option --%1 (command options go after the command; see lasctl --help)")
                        .arg(name));
            }
            QString value;
            if (spec->isFlag()) {
                if (eq >= 0)
                    return fail(tr("option --%1 takes no value").arg(name));
            } else if (eq >= 0) {
                value = token.mid(eq + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return fail(tr("option --%1 needs a value (%2)").arg(name, spec->valueName));
            }
            if (inv.options.contains(name) && !spec->repeatable)
                return fail(tr("option --%1 is given more than once").arg(name));
            inv.options[name].append(value);
            continue;
        }
        if (!endOfOptions && token.size() > 1 && token.startsWith(u'-'))
            return fail(tr("unknown option %1 (options start with two dashes)").arg(token));

        if (inv.resource.isEmpty()) {
            inv.resource = token;
            if (inv.resource == "help"_L1) {
                help = true;
                inv.resource.clear();
                // `lasctl help documents create` reads like `lasctl documents create --help`.
                continue;
            }
            if (!table.hasResource(inv.resource))
                return fail(
                    tr("unknown resource \"%1\"; one of: %2").arg(token, table.resources().join(u", "_s)));
            continue;
        }
        if (inv.verb.isEmpty()) {
            inv.verb = token;
            result.spec = table.find(inv.resource, inv.verb);
            if (!result.spec)
                return fail(tr("unknown command \"%1 %2\"; %1 has: %3")
                                .arg(inv.resource, token, table.verbs(inv.resource).join(u", "_s)));
            continue;
        }
        inv.positionals.append(token);
    }

    if (help) {
        result.action = Action::Help;
        return result;
    }
    if (inv.options.contains(u"version"_s)) {
        result.action = Action::Version;
        return result;
    }
    if (inv.resource.isEmpty())
        return fail(tr("no command given (see lasctl --help)"));
    if (!result.spec)
        return fail(tr("missing the verb for \"%1\"; one of: %2")
                        .arg(inv.resource, table.verbs(inv.resource).join(u", "_s)));

    const CommandSpec &spec = *result.spec;
    const qsizetype given = inv.positionals.size();
    if (given < spec.requiredPositionals())
        return fail(tr("missing %1 (usage: lasctl %2)").arg(spec.positionals.at(given), spec.usage()));
    if (!spec.variadic && given > spec.positionals.size())
        return fail(tr("unexpected argument \"%1\" (usage: lasctl %2)")
                        .arg(inv.positionals.at(spec.positionals.size()), spec.usage()));
    for (const OptionSpec &option : spec.options) {
        if (option.required && !inv.isSet(option.name))
            return fail(tr("missing the option --%1 %2 (usage: lasctl %3)")
                            .arg(option.name, option.valueName, spec.usage()));
    }
    result.action = Action::Run;
    return result;
}

} // namespace lasctl
