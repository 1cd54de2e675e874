#include "output/jsonprinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lasctl {

JsonPrinter::JsonPrinter(bool compact, std::FILE *out, std::FILE *err)
    : m_compact(compact)
    , m_out(out)
    , m_err(err)
{}

QByteArray JsonPrinter::serialize(const QJsonValue &value, bool compact)
{
    const auto format = compact ? QJsonDocument::Compact : QJsonDocument::Indented;
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(format).trimmed();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(format).trimmed();
    // QJsonDocument cannot hold a scalar: wrap it in an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void JsonPrinter::print(const QJsonValue &value) const
{
    const QByteArray bytes = serialize(value, m_compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

void JsonPrinter::printLine(const QJsonValue &value) const
{
    const QByteArray bytes = serialize(value, true) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

void JsonPrinter::error(const QString &message) const
{
    const QByteArray bytes = (u"lasctl: "_s + message).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_err);
    std::fflush(m_err);
}

void JsonPrinter::text(const QString &text) const
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

} // namespace lasctl
