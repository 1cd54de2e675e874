#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Validates JSON against a schema: the OpenAPI 3.0 subset the contract uses (type, nullable, enum, pattern,
// lengths, minimum/maximum, required, properties, additionalProperties, minProperties, items, anyOf/oneOf/
// allOf, $ref) which also covers the JSON Schema draft-04 the transitions' input/outputJsonSchema use.
// Unknown keywords are ignored. The first problem found is described with its location, e.g.
// "groundTruth[0].label: does not match ^[0-9A-Za-z_]+$".
class SchemaValidator
{
public:
    explicit SchemaValidator(QJsonObject root)
        : m_root(std::move(root))
    {}

    bool validate(const QJsonValue &value, const QJsonObject &schema, QString *error) const;

private:
    bool check(const QJsonValue &value, const QJsonObject &schema, const QString &where, QString *error,
               int depth) const;
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_root;
};
