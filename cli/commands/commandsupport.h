#pragma once

#include "api/options.h"
#include "args/invocation.h"
#include "commands/commandspec.h"
#include "types/groundtruth.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace lasctl {

// Conversions from command-line arguments to the library's option structs, shared by the command classes.
// Each returns false / nullopt with a translated *error naming the option.
class CommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)
public:
    // A call that is not paged: the page token is ignored.
    static std::optional<Call> single(std::function<las::Reply *()> call);
    // The usual update call: (client.*method)(first positional, data).
    template<typename Method, typename Data>
    static std::optional<Call> withId(las::Client &client, const Invocation &inv, Method method, Data data)
    {
        return single([&client, method, id = inv.positional(0), data = std::move(data)] {
            return (client.*method)(id, data);
        });
    }
    // --name and --description of a create verb into options->name / options->description.
    template<typename Options>
    static void describe(const Invocation &inv, Options *options)
    {
        options->name = optionalText(inv, QStringLiteral("name"));
        options->description = optionalText(inv, QStringLiteral("description"));
    }
    // --name and --description of an update verb (given → sent, even when empty).
    template<typename Data>
    static void redescribe(const Invocation &inv, Data *data)
    {
        data->name = nullableText(inv, QStringLiteral("name"));
        data->description = nullableText(inv, QStringLiteral("description"));
    }
    // --sort-by FIELD and --order ORDER of the execution lists, and reading them into the list options.
    static QList<OptionSpec> sortOptions();
    template<typename Options>
    static void sorting(const Invocation &inv, Options *options)
    {
        options->sortBy = inv.value(QStringLiteral("sort-by"));
        options->order = inv.value(QStringLiteral("order"));
    }
    // The --name TEXT / --description TEXT options of an update verb.
    static QList<OptionSpec> renameOptions();
    // --content-to FILE of a get verb whose result carries base64 "content", and the Present that honours it.
    static QList<OptionSpec> contentToOptions();
    static std::optional<QJsonValue> presentContentTo(const QJsonValue &result, const Invocation &inv,
                                                      QString *error);
    // --max-results, --next-token (and the page token while --all walks the pages).
    static bool pagination(const Invocation &inv, const QString &pageToken, las::PaginationOptions *options,
                           QString *error);
    // --ground-truth JSON (an array of {label, value}) plus any --field LABEL=VALUE (string values).
    static std::optional<QList<las::GroundTruth>> groundTruth(const Invocation &inv, QString *error);
    // A nullable text option of a PATCH body: unset → not sent; given → sent.
    static std::optional<las::NullableString> nullableText(const Invocation &inv, const QString &name);
    // Same for create options (NullableString: unset → not sent).
    static las::NullableString optionalText(const Invocation &inv, const QString &name);
    // The bytes of a file, refusing files over maxBytes (content is held in memory for these calls).
    static std::optional<QByteArray> readFile(const QString &path, qint64 maxBytes, QString *error);
    // For --content-to FILE: decodes result[key] (base64) into the file and drops it from what is printed.
    static std::optional<QJsonValue> writeContent(const QJsonValue &result, const QString &key,
                                                  const QString &path, QString *error);
    // An option that must be a JSON object, when given.
    static bool optionalObject(const Invocation &inv, const QString &name, std::optional<QJsonObject> *out,
                               QString *error);
};

} // namespace lasctl
