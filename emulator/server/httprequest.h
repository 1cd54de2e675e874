#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <utility>

// One HTTP request as the handlers see it (parsed by libmicrohttpd). Header names are lower-case; repeated
// headers are joined with ", ".
struct HttpRequest
{
    QByteArray method;
    QString path;                             // percent-decoded path without the query
    QList<std::pair<QString, QString>> query; // form-decoded, repeated keys kept in order
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QStringList queryValues(const QString &key) const
    {
        QStringList values;
        for (const auto &[k, v] : query) {
            if (k == key)
                values.append(v);
        }
        return values;
    }
};
