#include "commands/commandspec.h"

using namespace Qt::StringLiterals;

namespace lasctl {

const OptionSpec *CommandSpec::option(const QString &name) const
{
    for (const OptionSpec &spec : options) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QString CommandSpec::usage() const
{
    QStringList parts{resource, verb};
    for (qsizetype i = 0; i < positionals.size(); ++i) {
        QString name = positionals.at(i);
        if (variadic && i == positionals.size() - 1)
            name += u"..."_s;
        if (i >= requiredPositionals())
            name = u"["_s + name + u"]"_s;
        parts.append(name);
    }
    for (const OptionSpec &spec : options) {
        if (spec.required)
            parts.append(u"--"_s + spec.name + u" "_s + spec.valueName);
    }
    if (std::any_of(options.cbegin(), options.cend(), [](const OptionSpec &o) { return !o.required; }))
        parts.append(u"[options]"_s);
    return parts.join(u' ');
}

} // namespace lasctl
