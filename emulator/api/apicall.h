#pragma once

#include "server/httprequest.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One validated API request as the resource handlers see it.
struct ApiCall
{
    QString operation;              // "GET /documents/{documentId}"
    QHash<QString, QString> params; // path parameters
    const HttpRequest *request = nullptr;
    QJsonObject body; // validated against the contract (empty without a body)
    QString callerId; // "las:app-client:<hex>" of the authenticated client

    QString param(const QString &name) const { return params.value(name); }
    QStringList query(const QString &key) const
    {
        return request ? request->queryValues(key) : QStringList{};
    }
    QString queryValue(const QString &key) const
    {
        const QStringList values = query(key);
        return values.isEmpty() ? QString() : values.first();
    }
};
