#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace las {

// Type-checked reading of one JSON object for the value types' fromJson. The first mismatch is recorded as
// "<path>: expected <type>" and every later read returns a default; fromJson checks ok() at the end, so a
// wrong type is an error and never a silent default. Unknown keys are ignored.
class JsonObjectReader
{
public:
    JsonObjectReader(const QJsonValue &value, QString *error);

    bool ok() const { return !m_failed; }
    // Records an error for `key` (or the object itself when key is empty) unless one is already recorded.
    void fail(const QString &key, const QString &what);
    // Records the error `why` of a nested value at `prefix` ("documents[3]", "preprocessConfig").
    void failNested(const QString &prefix, const QString &why);

    bool has(QLatin1StringView key) const;

    QString string(QLatin1StringView key);                        // required string
    std::optional<QString> optionalString(QLatin1StringView key); // absent → nullopt; null is an error
    // Nullable string: null (or, when !required, absent) → nullopt.
    std::optional<QString> nullableString(QLatin1StringView key, bool required);
    double number(QLatin1StringView key);
    std::optional<double> optionalNumber(QLatin1StringView key);
    qint64 integer(QLatin1StringView key);
    std::optional<qint64> optionalInteger(QLatin1StringView key);
    bool boolean(QLatin1StringView key);
    std::optional<bool> optionalBoolean(QLatin1StringView key);
    QJsonObject object(QLatin1StringView key);                        // required object
    std::optional<QJsonObject> optionalObject(QLatin1StringView key); // absent → nullopt
    QJsonArray array(QLatin1StringView key, bool required);
    // Array of strings; `acceptSingle` also takes one bare string (filters echoed as string or array).
    QStringList stringList(QLatin1StringView key, bool required, bool acceptSingle = false);
    // nextToken: string, null or absent (absent/null → empty string).
    QString nextToken();

    // A required (or optional) array of T, each parsed by T::fromJson; errors are prefixed "key[i].".
    template<typename T>
    QList<T> list(QLatin1StringView key, bool required)
    {
        QList<T> out;
        const QJsonArray items = array(key, required);
        if (!ok())
            return out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString why;
            std::optional<T> item = T::fromJson(items.at(i), &why);
            if (!item) {
                failNested(QString(key) + u'[' + QString::number(i) + u']', why);
                return {};
            }
            out.append(std::move(*item));
        }
        return out;
    }

    static QString typeName(const QJsonValue &value);

    // toJson helpers.
    template<typename T>
    static QJsonArray toArray(const QList<T> &items)
    {
        QJsonArray out;
        for (const T &item : items)
            out.append(item.toJson());
        return out;
    }
    static QJsonValue nullable(const std::optional<QString> &value)
    {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    }
    static QJsonValue tokenValue(const QString &nextToken)
    {
        return nextToken.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextToken);
    }

private:
    QJsonValue take(QLatin1StringView key, bool required, bool *present);

    QJsonObject m_object;
    QString *m_error;
    bool m_failed = false;
};

} // namespace las
