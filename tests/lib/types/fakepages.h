#pragma once

// A fake paged list for PageWalker and PagedListModel tests: page N answers {"items": [...], "nextToken"},
// asynchronously like a real reply; pages listed in `failAt` fail with a server error instead.
#include "core/reply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

class FakePages
{
public:
    int pageCount = 3;
    int pageSize = 2;
    QSet<int> failAt;  // page numbers (0-based) that fail
    bool hold = false; // never answer (a request in flight)
    bool nullReply = false;
    QStringList tokensAsked;
    QList<QPointer<las::Reply>> replies;

    las::Reply *fetch(const QString &token)
    {
        tokensAsked << token;
        if (nullReply)
            return nullptr;
        const int page = token.isEmpty() ? 0 : token.mid(1).toInt();
        auto *reply = new las::Reply;
        replies << reply;
        if (hold)
            return reply;
        const bool fails = failAt.contains(page);
        QJsonArray items;
        for (int i = 0; i < pageSize; ++i)
            items.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("item-%1-%2").arg(page).arg(i)}});
        const QJsonObject json{{QStringLiteral("items"), items},
                               {QStringLiteral("nextToken"),
                                page + 1 < pageCount ? QJsonValue(QStringLiteral("p%1").arg(page + 1))
                                                     : QJsonValue(QJsonValue::Null)}};
        QTimer::singleShot(0, reply, [reply, fails, json] {
            if (fails)
                reply->completeWithError(las::Error(las::Error::Kind::Server, QStringLiteral("boom"), 500));
            else
                reply->completeWithJson(200, json);
        });
        return reply;
    }
};
