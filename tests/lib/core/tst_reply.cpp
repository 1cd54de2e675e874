#include "core/reply.h"

#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using las::Error;
using las::Reply;

namespace {
struct Number
{
    int value = 0;
    static std::optional<Number> fromJson(const QJsonValue &json, QString *error)
    {
        if (!json.isObject() || !json.toObject().value(u"n"_s).isDouble()) {
            *error = u"n must be a number"_s;
            return std::nullopt;
        }
        return Number{json.toObject().value(u"n"_s).toInt()};
    }
};
} // namespace

class TestReply : public QObject
{
    Q_OBJECT
private slots:
    void successOnce()
    {
        las::ResultReply<Number> reply;
        reply.setAutoDelete(false);
        QSignalSpy finished(&reply, &Reply::finished);
        QSignalSpy ok(&reply, &Reply::succeeded);
        QSignalSpy failed(&reply, &Reply::failed);
        reply.completeWithJson(200, QJsonObject{{u"n"_s, 7}});
        reply.completeWithJson(200, QJsonObject{{u"n"_s, 8}});
        reply.completeWithError(Error(Error::Kind::Network, u"x"_s));
        reply.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(ok.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(reply.result().value, 7);
        QVERIFY(reply.isSuccess());
        QCOMPARE(reply.httpStatus(), 200);
    }
    void wrongTypeIsInvalidResponse()
    {
        las::ResultReply<Number> reply;
        reply.setAutoDelete(false);
        QSignalSpy failed(&reply, &Reply::failed);
        reply.completeWithJson(200, QJsonObject{{u"n"_s, u"seven"_s}});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(reply.error().kind(), Error::Kind::InvalidResponse);
        QVERIFY(reply.error().message().contains(u"n must be"_s));
    }
    void finishedBeforeOutcome()
    {
        Reply reply;
        reply.setAutoDelete(false);
        QStringList order;
        connect(&reply, &Reply::finished, this, [&] { order << u"finished"_s; });
        connect(&reply, &Reply::failed, this, [&] { order << u"failed"_s; });
        reply.completeWithError(Error::fromHttp(404, u"nope"_s), true);
        QCOMPARE(order, (QStringList{u"finished"_s, u"failed"_s}));
        QVERIFY(reply.possiblyDuplicated());
        QCOMPARE(reply.httpStatus(), 404);
    }
    void cancelRunsAbortOnceAndCompletes()
    {
        Reply reply;
        reply.setAutoDelete(false);
        int aborts = 0;
        reply.setAbortHandler([&] { ++aborts; });
        QSignalSpy failed(&reply, &Reply::failed);
        reply.cancel();
        reply.cancel();
        QCOMPARE(aborts, 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(reply.error().kind(), Error::Kind::Cancelled);
    }
    void autoDeletes()
    {
        QPointer<Reply> reply = new Reply;
        QSignalSpy destroyed(reply.data(), &QObject::destroyed);
        reply->completeWithJson(204, QJsonValue());
        QVERIFY(destroyed.wait(2000));
        QVERIFY(!reply);
    }
    void destroyedInFlightAborts()
    {
        int aborts = 0;
        {
            Reply reply;
            reply.setAbortHandler([&] { ++aborts; });
        }
        QCOMPARE(aborts, 1);
    }
};

QTEST_GUILESS_MAIN(TestReply)
#include "tst_reply.moc"
