#pragma once

#include "api/schemavalidator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The API contract (the OpenAPI file compiled into the binary): which operations exist, their path
// templates, request body schemas and response schemas. Requests are routed and validated from it, so the
// emulator accepts exactly what the contract describes.
class Contract
{
public:
    struct Operation
    {
        QString method;       // "GET"
        QString pathTemplate; // "/documents/{documentId}"
        QStringList segments;
        QJsonObject requestSchema; // empty: the operation takes no body
        QHash<int, QJsonObject> responseSchemas;
        QString key() const { return method + u' ' + pathTemplate; }
    };
    struct Match
    {
        const Operation *operation = nullptr;
        QHash<QString, QString> pathParams;
        bool pathExists = false; // the path matched some operation, just not with this method
    };

    static const Contract &instance();

    Match match(const QString &method, const QString &path) const;
    const Operation *operation(const QString &key) const;
    const QList<Operation> &operations() const { return m_operations; }
    const SchemaValidator &validator() const { return m_validator; }
    QJsonObject schema(const QString &name) const;

private:
    Contract();

    QJsonObject m_root;
    QList<Operation> m_operations;
    SchemaValidator m_validator;
};
