#include "types/jsonobjectreader.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace las {

JsonObjectReader::JsonObjectReader(const QJsonValue &value, QString *error)
    : m_error(error)
{
    if (value.isObject())
        m_object = value.toObject();
    else
        fail({}, u"expected object, got "_s + typeName(value));
}

void JsonObjectReader::fail(const QString &key, const QString &what)
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_error)
        *m_error = key.isEmpty() ? what : key + u": "_s + what;
}

void JsonObjectReader::failNested(const QString &prefix, const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    if (!m_error)
        return;
    // A nested error either names a member ("label: …", "predictions[0].value: …") or the item itself.
    if (why.startsWith(u"expected "_s))
        *m_error = prefix + u": "_s + why;
    else
        *m_error = prefix + u'.' + why;
}

bool JsonObjectReader::has(QLatin1StringView key) const
{
    return m_object.contains(key);
}

QString JsonObjectReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QJsonValue JsonObjectReader::take(QLatin1StringView key, bool required, bool *present)
{
    *present = false;
    if (m_failed)
        return {};
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(QString(key), u"missing"_s);
        return {};
    }
    *present = true;
    return it.value();
}

QString JsonObjectReader::string(QLatin1StringView key)
{
    bool present = false;
    const QJsonValue v = take(key, true, &present);
    if (!present)
        return {};
    if (!v.isString()) {
        fail(QString(key), u"expected string, got "_s + typeName(v));
        return {};
    }
    return v.toString();
}

std::optional<QString> JsonObjectReader::optionalString(QLatin1StringView key)
{
    bool present = false;
    const QJsonValue v = take(key, false, &present);
    if (!present)
        return std::nullopt;
    if (!v.isString()) {
        fail(QString(key), u"expected string, got "_s + typeName(v));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QString> JsonObjectReader::nullableString(QLatin1StringView key, bool required)
{
    bool present = false;
    const QJsonValue v = take(key, required, &present);
    if (!present || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(QString(key), u"expected string or null, got "_s + typeName(v));
        return std::nullopt;
    }
    return v.toString();
}

double JsonObjectReader::number(QLatin1StringView key)
{
    bool present = false;
    const QJsonValue v = take(key, true, &present);
    if (!present)
        return 0;
    if (!v.isDouble()) {
        fail(QString(key), u"expected number, got "_s + typeName(v));
        return 0;
    }
    return v.toDouble();
}

std::optional<double> JsonObjectReader::optionalNumber(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    const double d = number(key);
    return ok() ? std::optional<double>(d) : std::nullopt;
}

qint64 JsonObjectReader::integer(QLatin1StringView key)
{
    const double d = number(key);
    if (!ok())
        return 0;
    // Integral and exactly representable (|d| < 2^53); anything else is not an integer of this API.
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0) {
        fail(QString(key), u"expected integer, got number"_s);
        return 0;
    }
    return static_cast<qint64>(d);
}

std::optional<qint64> JsonObjectReader::optionalInteger(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    const qint64 i = integer(key);
    return ok() ? std::optional<qint64>(i) : std::nullopt;
}

bool JsonObjectReader::boolean(QLatin1StringView key)
{
    bool present = false;
    const QJsonValue v = take(key, true, &present);
    if (!present)
        return false;
    if (!v.isBool()) {
        fail(QString(key), u"expected boolean, got "_s + typeName(v));
        return false;
    }
    return v.toBool();
}

std::optional<bool> JsonObjectReader::optionalBoolean(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    const bool b = boolean(key);
    return ok() ? std::optional<bool>(b) : std::nullopt;
}

QJsonObject JsonObjectReader::object(QLatin1StringView key)
{
    bool present = false;
    const QJsonValue v = take(key, true, &present);
    if (!present)
        return {};
    if (!v.isObject()) {
        fail(QString(key), u"expected object, got "_s + typeName(v));
        return {};
    }
    return v.toObject();
}

std::optional<QJsonObject> JsonObjectReader::optionalObject(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    QJsonObject o = object(key);
    return ok() ? std::optional<QJsonObject>(std::move(o)) : std::nullopt;
}

QJsonArray JsonObjectReader::array(QLatin1StringView key, bool required)
{
    bool present = false;
    const QJsonValue v = take(key, required, &present);
    if (!present)
        return {};
    if (!v.isArray()) {
        fail(QString(key), u"expected array, got "_s + typeName(v));
        return {};
    }
    return v.toArray();
}

QStringList JsonObjectReader::stringList(QLatin1StringView key, bool required, bool acceptSingle)
{
    bool present = false;
    const QJsonValue v = take(key, required, &present);
    if (!present)
        return {};
    if (acceptSingle && v.isString())
        return {v.toString()};
    if (!v.isArray()) {
        fail(QString(key), u"expected array, got "_s + typeName(v));
        return {};
    }
    const QJsonArray items = v.toArray();
    QStringList out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            fail(QString(key) + u'[' + QString::number(i) + u']',
                 u"expected string, got "_s + typeName(items.at(i)));
            return {};
        }
        out.append(items.at(i).toString());
    }
    return out;
}

QString JsonObjectReader::nextToken()
{
    return nullableString("nextToken"_L1, false).value_or(QString());
}

} // namespace las
