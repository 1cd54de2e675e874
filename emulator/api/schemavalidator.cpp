#include "api/schemavalidator.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString jsonTypeName(const QJsonValue &value)
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
    default:
        return u"undefined"_s;
    }
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"object"_s)
        return value.isObject();
    if (type == u"array"_s)
        return value.isArray();
    if (type == u"string"_s)
        return value.isString();
    if (type == u"boolean"_s)
        return value.isBool();
    if (type == u"null"_s)
        return value.isNull();
    if (type == u"number"_s)
        return value.isDouble();
    if (type == u"integer"_s) {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        return std::isfinite(d) && std::floor(d) == d;
    }
    return true;
}

const QRegularExpression &cachedPattern(const QString &pattern)
{
    static QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return it.value();
}

// Length in code points (what JSON Schema counts), without building a UCS-4 copy of a megabyte string:
// the UTF-16 size minus the surrogate pairs, and the pairs are only looked for when the string has a
// surrogate at all (a branch-free scan first).
qsizetype codePoints(QStringView s)
{
    const char16_t *data = s.utf16();
    const qsizetype size = s.size();
    bool anySurrogate = false;
    for (qsizetype i = 0; i < size; ++i)
        anySurrogate |= (data[i] & 0xf800) == 0xd800;
    if (!anySurrogate)
        return size;
    qsizetype surrogatePairs = 0;
    for (qsizetype i = 0; i + 1 < size; ++i) {
        if (QChar::isHighSurrogate(data[i]) && QChar::isLowSurrogate(data[i + 1])) {
            ++surrogatePairs;
            ++i;
        }
    }
    return size - surrogatePairs;
}

QString at(const QString &where)
{
    return where.isEmpty() ? u"body"_s : where;
}

QString child(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

} // namespace

bool SchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema, QString *error) const
{
    return check(value, schema, QString(), error, 0);
}

QJsonObject SchemaValidator::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int hops = 0; hops < 16 && current.contains(u"$ref"_s); ++hops) {
        const QString ref = current.value(u"$ref"_s).toString();
        if (!ref.startsWith(u"#/"_s))
            return {};
        QJsonValue node = m_root;
        for (const QString &part : ref.mid(2).split(u'/'))
            node = node.toObject().value(QString(part).replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s));
        current = node.toObject();
    }
    return current;
}

bool SchemaValidator::check(const QJsonValue &value, const QJsonObject &rawSchema, const QString &where,
                            QString *error, int depth) const
{
    if (depth > 64) {
        *error = at(where) + u": nested too deeply"_s;
        return false;
    }
    const QJsonObject schema = resolve(rawSchema);
    if (value.isNull() && schema.value(u"nullable"_s).toBool())
        return true;

    if (schema.contains(u"type"_s)) {
        const QJsonValue type = schema.value(u"type"_s);
        bool ok = false;
        QStringList names;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray()) {
                names.append(t.toString());
                ok = ok || hasType(value, t.toString());
            }
        } else {
            names.append(type.toString());
            ok = hasType(value, type.toString());
        }
        if (!ok) {
            *error = u"%1: must be %2, not %3"_s.arg(at(where), names.join(u" or "_s), jsonTypeName(value));
            return false;
        }
    }
    if (schema.contains(u"enum"_s)) {
        const QJsonArray values = schema.value(u"enum"_s).toArray();
        if (!values.contains(value)) {
            QStringList allowed;
            for (const QJsonValue &v : values)
                allowed.append(v.isString() ? v.toString() : QString::number(v.toDouble()));
            *error = u"%1: must be one of %2"_s.arg(at(where), allowed.join(u", "_s));
            return false;
        }
    }
    if (value.isString() && (schema.contains(u"minLength"_s) || schema.contains(u"maxLength"_s) ||
                             schema.contains(u"pattern"_s))) {
        const QString s = value.toString();
        // A string has between ceil(size / 2) and size code points: count them only when that matters.
        const bool needLength =
            (schema.contains(u"minLength"_s) &&
             (s.size() + 1) / 2 < schema.value(u"minLength"_s).toInteger()) ||
            (schema.contains(u"maxLength"_s) && s.size() > schema.value(u"maxLength"_s).toInteger());
        const qsizetype length = needLength ? codePoints(s) : s.size();
        if (schema.contains(u"minLength"_s) && length < schema.value(u"minLength"_s).toInt()) {
            *error = u"%1: must be at least %2 characters"_s.arg(at(where)).arg(
                schema.value(u"minLength"_s).toInt());
            return false;
        }
        if (schema.contains(u"maxLength"_s) && length > schema.value(u"maxLength"_s).toInteger()) {
            *error = u"%1: must be at most %2 characters"_s.arg(at(where)).arg(
                schema.value(u"maxLength"_s).toInteger());
            return false;
        }
        if (schema.contains(u"pattern"_s)) {
            const QString pattern = schema.value(u"pattern"_s).toString();
            const QRegularExpression &re = cachedPattern(pattern);
            if (re.isValid() && !re.match(s).hasMatch()) {
                *error = u"%1: does not match %2"_s.arg(at(where), pattern);
                return false;
            }
        }
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (schema.contains(u"minimum"_s)) {
            const double minimum = schema.value(u"minimum"_s).toDouble();
            const bool exclusive = schema.value(u"exclusiveMinimum"_s).toBool();
            if (d < minimum || (exclusive && d == minimum)) {
                *error = u"%1: must be %2 %3"_s.arg(at(where), exclusive ? u">"_s : u">="_s).arg(minimum);
                return false;
            }
        }
        if (schema.contains(u"maximum"_s)) {
            const double maximum = schema.value(u"maximum"_s).toDouble();
            const bool exclusive = schema.value(u"exclusiveMaximum"_s).toBool();
            if (d > maximum || (exclusive && d == maximum)) {
                *error = u"%1: must be %2 %3"_s.arg(at(where), exclusive ? u"<"_s : u"<="_s).arg(maximum);
                return false;
            }
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
            if (!object.contains(name.toString())) {
                *error = u"%1: is missing required property %2"_s.arg(at(where), name.toString());
                return false;
            }
        }
        if (schema.contains(u"minProperties"_s) && object.size() < schema.value(u"minProperties"_s).toInt()) {
            *error = u"%1: needs at least %2 properties"_s.arg(at(where)).arg(
                schema.value(u"minProperties"_s).toInt());
            return false;
        }
        if (schema.contains(u"maxProperties"_s) && object.size() > schema.value(u"maxProperties"_s).toInt()) {
            *error = u"%1: allows at most %2 properties"_s.arg(at(where)).arg(
                schema.value(u"maxProperties"_s).toInt());
            return false;
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key())) {
                if (!check(it.value(), properties.value(it.key()).toObject(), child(where, it.key()), error,
                           depth + 1))
                    return false;
            } else if (additional.isBool() && !additional.toBool()) {
                *error = u"%1: unknown property %2"_s.arg(at(where), it.key());
                return false;
            } else if (additional.isObject()) {
                if (!check(it.value(), additional.toObject(), child(where, it.key()), error, depth + 1))
                    return false;
            }
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(u"minItems"_s) && array.size() < schema.value(u"minItems"_s).toInt()) {
            *error = u"%1: needs at least %2 items"_s.arg(at(where)).arg(schema.value(u"minItems"_s).toInt());
            return false;
        }
        if (schema.contains(u"maxItems"_s) && array.size() > schema.value(u"maxItems"_s).toInt()) {
            *error = u"%1: allows at most %2 items"_s.arg(at(where)).arg(schema.value(u"maxItems"_s).toInt());
            return false;
        }
        if (schema.value(u"items"_s).isObject()) {
            const QJsonObject items = schema.value(u"items"_s).toObject();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!check(array.at(i), items, u"%1[%2]"_s.arg(where).arg(i), error, depth + 1))
                    return false;
            }
        }
    }
    if (schema.contains(u"allOf"_s)) {
        for (const QJsonValue &sub : schema.value(u"allOf"_s).toArray()) {
            if (!check(value, sub.toObject(), where, error, depth + 1))
                return false;
        }
    }
    for (const QString &keyword : {u"anyOf"_s, u"oneOf"_s}) {
        if (!schema.contains(keyword))
            continue;
        int matches = 0;
        QString firstError;
        for (const QJsonValue &sub : schema.value(keyword).toArray()) {
            QString subError;
            if (check(value, sub.toObject(), where, &subError, depth + 1))
                ++matches;
            else if (firstError.isEmpty())
                firstError = subError;
        }
        if (matches == 0) {
            *error = firstError.isEmpty() ? at(where) + u": matches none of the allowed forms"_s : firstError;
            return false;
        }
        if (keyword == u"oneOf"_s && matches > 1) {
            *error = at(where) + u": matches more than one of the allowed forms"_s;
            return false;
        }
    }
    return true;
}
