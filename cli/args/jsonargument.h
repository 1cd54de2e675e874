#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace lasctl {

// An argument that carries JSON: inline (`'{"a":1}'`), from a file (`@body.json`) or from stdin (`@-`).
// Files keep secrets off the command line, where other users could see them in the process list.
class JsonArgument
{
    Q_DECLARE_TR_FUNCTIONS(JsonArgument)
public:
    static constexpr qint64 MaxFileSize = 16LL * 1024 * 1024;

    // Any JSON value (object, array, string, number, bool, null). *error names `what` (the option).
    static std::optional<QJsonValue> parse(const QString &text, const QString &what, QString *error);
    // Same, but the value must be an object.
    static std::optional<QJsonObject> parseObject(const QString &text, const QString &what, QString *error);
    // Same, but the value must be an array.
    static std::optional<QJsonArray> parseArray(const QString &text, const QString &what, QString *error);
    // The raw bytes an argument refers to: the file's for @file / @-, else the UTF-8 of the text.
    static std::optional<QByteArray> read(const QString &text, const QString &what, QString *error);
};

} // namespace lasctl
