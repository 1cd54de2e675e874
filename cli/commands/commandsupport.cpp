#include "commands/commandsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lasctl {

static bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<Call> CommandSupport::single(std::function<las::Reply *()> call)
{
    return Call([call = std::move(call)](const QString &) { return call(); });
}

QList<OptionSpec> CommandSupport::renameOptions()
{
    return {
        {u"name"_s, u"TEXT"_s, tr("new name")},
        {u"description"_s, u"TEXT"_s, tr("new description")},
    };
}

QList<OptionSpec> CommandSupport::sortOptions()
{
    return {
        {u"sort-by"_s, u"FIELD"_s, tr("startTime or endTime")},
        {u"order"_s, u"ORDER"_s, tr("ascending or descending")},
    };
}

QList<OptionSpec> CommandSupport::contentToOptions()
{
    return {
        {u"content-to"_s, u"FILE"_s, tr("write the decoded content to FILE and leave it out of the output")},
    };
}

std::optional<QJsonValue> CommandSupport::presentContentTo(const QJsonValue &result, const Invocation &inv,
                                                           QString *error)
{
    if (!inv.isSet(u"content-to"_s))
        return result;
    return writeContent(result, u"content"_s, inv.value(u"content-to"_s), error);
}

bool CommandSupport::pagination(const Invocation &inv, const QString &pageToken,
                                las::PaginationOptions *options, QString *error)
{
    if (inv.isSet(u"max-results"_s)) {
        const std::optional<int> max = inv.intValue(u"max-results"_s, 1, 1000000, 0, error);
        if (!max)
            return false;
        options->maxResults = *max;
    }
    options->nextToken = pageToken.isEmpty() ? inv.value(u"next-token"_s) : pageToken;
    return true;
}

std::optional<QList<las::GroundTruth>> CommandSupport::groundTruth(const Invocation &inv, QString *error)
{
    QList<las::GroundTruth> items;
    if (inv.isSet(u"ground-truth"_s)) {
        const std::optional<QJsonArray> array = inv.jsonArray(u"ground-truth"_s, error);
        if (!array)
            return std::nullopt;
        for (qsizetype i = 0; i < array->size(); ++i) {
            QString why;
            const std::optional<las::GroundTruth> item = las::GroundTruth::fromJson(array->at(i), &why);
            if (!item) {
                setError(error, tr("--ground-truth: item %1: %2").arg(i).arg(why));
                return std::nullopt;
            }
            items.append(*item);
        }
    }
    for (const QString &field : inv.values(u"field"_s)) {
        const qsizetype eq = field.indexOf(u'=');
        if (eq <= 0) {
            setError(error, tr("--field: expected LABEL=VALUE, got \"%1\"").arg(field));
            return std::nullopt;
        }
        items.append(las::GroundTruth(field.left(eq), QJsonValue(field.mid(eq + 1))));
    }
    return items;
}

std::optional<las::NullableString> CommandSupport::nullableText(const Invocation &inv, const QString &name)
{
    if (!inv.isSet(name))
        return std::nullopt;
    return las::NullableString(inv.value(name));
}

las::NullableString CommandSupport::optionalText(const Invocation &inv, const QString &name)
{
    if (!inv.isSet(name))
        return std::nullopt;
    return inv.value(name);
}

std::optional<QByteArray> CommandSupport::readFile(const QString &path, qint64 maxBytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("%1: cannot be read (%2)").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        setError(error, tr("%1: %2 bytes is more than the %3 bytes the API accepts")
                            .arg(path)
                            .arg(file.size())
                            .arg(maxBytes));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QJsonValue> CommandSupport::writeContent(const QJsonValue &result, const QString &key,
                                                       const QString &path, QString *error)
{
    QJsonObject object = result.toObject();
    const QByteArray base64 = object.value(key).toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!object.value(key).isString() || !decoded) {
        setError(error, tr("the answer has no valid base64 \"%1\" to write to %2").arg(key, path));
        return std::nullopt;
    }
    // QSaveFile: a failed write never leaves a truncated file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(decoded.decoded) != decoded.decoded.size() ||
        !file.commit()) {
        setError(error, tr("cannot write %1 (%2)").arg(path, file.errorString()));
        return std::nullopt;
    }
    object.remove(key);
    return object;
}

bool CommandSupport::optionalObject(const Invocation &inv, const QString &name,
                                    std::optional<QJsonObject> *out, QString *error)
{
    if (!inv.isSet(name))
        return true;
    std::optional<QJsonObject> object = inv.jsonObject(name, error);
    if (!object)
        return false;
    *out = std::move(*object);
    return true;
}

} // namespace lasctl
