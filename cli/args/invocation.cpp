#include "args/invocation.h"

#include "args/jsonargument.h"

using namespace Qt::StringLiterals;

namespace lasctl {

QString Invocation::value(const QString &name, const QString &fallback) const
{
    const auto it = options.constFind(name);
    if (it == options.constEnd() || it->isEmpty())
        return fallback;
    return it->constLast();
}

std::optional<int> Invocation::intValue(const QString &name, int min, int max, int fallback,
                                        QString *error) const
{
    if (!isSet(name))
        return fallback;
    bool ok = false;
    const QString text = value(name);
    const int number = text.toInt(&ok);
    if (!ok || number < min || number > max) {
        if (error)
            *error = tr("--%1: expected a whole number from %2 to %3, got \"%4\"")
                         .arg(name)
                         .arg(min)
                         .arg(max)
                         .arg(text);
        return std::nullopt;
    }
    return number;
}

std::optional<bool> Invocation::boolValue(const QString &name, QString *error) const
{
    const QString text = value(name).toLower();
    if (text.isEmpty() || text == "true"_L1 || text == "yes"_L1 || text == "1"_L1)
        return true;
    if (text == "false"_L1 || text == "no"_L1 || text == "0"_L1)
        return false;
    if (error)
        *error = tr("--%1: expected true or false, got \"%2\"").arg(name, value(name));
    return std::nullopt;
}

std::optional<QJsonValue> Invocation::jsonValue(const QString &name, QString *error) const
{
    return JsonArgument::parse(value(name), u"--"_s + name, error);
}

std::optional<QJsonObject> Invocation::jsonObject(const QString &name, QString *error) const
{
    return JsonArgument::parseObject(value(name), u"--"_s + name, error);
}

std::optional<QJsonArray> Invocation::jsonArray(const QString &name, QString *error) const
{
    return JsonArgument::parseArray(value(name), u"--"_s + name, error);
}

std::optional<QString> Invocation::choice(const QString &name, const QStringList &allowed,
                                          QString *error) const
{
    const QString text = value(name);
    if (allowed.contains(text))
        return text;
    if (error)
        *error = tr("--%1: expected one of %2, got \"%3\"").arg(name, allowed.join(u", "_s), text);
    return std::nullopt;
}

} // namespace lasctl
