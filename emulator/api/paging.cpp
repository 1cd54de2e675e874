#include "api/paging.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool Paging::apply(const ApiCall &call, ListQuery *query, QString *error)
{
    query->limit = DefaultMaxResults;
    const QStringList maxResults = call.query(u"maxResults"_s);
    if (!maxResults.isEmpty()) {
        bool ok = false;
        const int value = maxResults.first().toInt(&ok);
        if (!ok || value < 1) {
            *error = u"maxResults must be a positive integer"_s;
            return false;
        }
        query->limit = qMin(value, MaxMaxResults);
    }
    const QStringList tokens = call.query(u"nextToken"_s);
    if (!tokens.isEmpty() && !tokens.first().isEmpty()) {
        const QByteArray raw =
            QByteArray::fromBase64(tokens.first().toLatin1(), QByteArray::Base64UrlEncoding);
        const QJsonObject cursor = QJsonDocument::fromJson(raw).object();
        if (!cursor.value(u"s"_s).isDouble() || !cursor.value(u"k"_s).isString()) {
            *error = u"nextToken is not valid"_s;
            return false;
        }
        query->hasCursor = true;
        query->cursorSeq = qint64(cursor.value(u"s"_s).toDouble());
        query->cursorKey = cursor.value(u"k"_s).toString();
    }
    return true;
}

QJsonValue Paging::nextToken(const QList<StoredObject> &rows, bool more, const ListQuery &query)
{
    if (!more || rows.isEmpty())
        return QJsonValue::Null;
    const StoredObject &last = rows.last();
    const QString key = query.sort == ListQuery::Sort::StartTime ? last.startTime
                        : query.sort == ListQuery::Sort::EndTime ? last.endTime
                                                                 : QString();
    const QJsonObject cursor{{u"k"_s, key}, {u"s"_s, double(last.seq)}};
    return QString::fromLatin1(QJsonDocument(cursor)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
