#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

// One HTTP response; json()/error() build the API's JSON bodies.
struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse error(int status, const QString &message);
    static HttpResponse noContent();
};
