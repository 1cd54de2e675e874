#include "args/jsonargument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace lasctl {

static bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<QByteArray> JsonArgument::read(const QString &text, const QString &what, QString *error)
{
    if (!text.startsWith(u'@'))
        return text.toUtf8();
    const QString path = text.mid(1);
    QFile file;
    if (path == "-"_L1) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            setError(error, tr("%1: cannot read standard input").arg(what));
            return std::nullopt;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, tr("%1: cannot read %2 (%3)").arg(what, path, file.errorString()));
            return std::nullopt;
        }
    }
    // Read one byte past the cap to tell "exactly at the cap" from "too big".
    QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        setError(error, tr("%1: %2 is larger than %3 MB").arg(what, path).arg(MaxFileSize / (1024LL * 1024)));
        return std::nullopt;
    }
    return bytes;
}

std::optional<QJsonValue> JsonArgument::parse(const QString &text, const QString &what, QString *error)
{
    const std::optional<QByteArray> bytes = read(text, what, error);
    if (!bytes)
        return std::nullopt;
    // Wrapped in [ ] so scalars parse too; exactly one element must come out.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + *bytes + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        const QString reason = parseError.error != QJsonParseError::NoError
                                   ? parseError.errorString()
                                   : tr("expected exactly one JSON value");
        setError(error, tr("%1: not valid JSON (%2)").arg(what, reason));
        return std::nullopt;
    }
    return doc.array().at(0);
}

std::optional<QJsonObject> JsonArgument::parseObject(const QString &text, const QString &what, QString *error)
{
    const std::optional<QJsonValue> value = parse(text, what, error);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        setError(error, tr("%1: expected a JSON object").arg(what));
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> JsonArgument::parseArray(const QString &text, const QString &what, QString *error)
{
    const std::optional<QJsonValue> value = parse(text, what, error);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        setError(error, tr("%1: expected a JSON array").arg(what));
        return std::nullopt;
    }
    return value->toArray();
}

} // namespace lasctl
