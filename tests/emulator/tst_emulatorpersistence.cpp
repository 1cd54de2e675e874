#include "emulatorclient.h"
#include "emulatorprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A restart on the same data dir keeps documents, ground truth, the waiting review queue and the generated
// credentials; tokens do not survive (clients get 401 and fetch a new one).
class TestEmulatorPersistence : public QObject
{
    Q_OBJECT
private slots:
    void restartKeepsState()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList args{u"--data-dir"_s, dir.path(), u"--demo"_s, u"2"_s};
        QString error;
        QString documentId, clientId, review;
        QString oldToken;
        {
            EmulatorProcess first(EmulatorProcess::Mode::Own);
            QVERIFY2(first.start(args, &error), qPrintable(error));
            QCOMPARE(first.dataDir(), dir.path());
            EmulatorClient client(first);
            QVERIFY(client.authenticate());
            oldToken = client.token();
            clientId = first.clientId();
            const HttpResult created = client.post(
                u"/documents"_s,
                {{u"content"_s, u"JVBERi0xLjQK"_s},
                 {u"contentType"_s, u"application/pdf"_s},
                 {u"groundTruth"_s, QJsonArray{QJsonObject{{u"label"_s, u"a"_s}, {u"value"_s, u"1"_s}}}}});
            QCOMPARE(created.status, 200);
            documentId = created.json.value(u"documentId"_s).toString();
            review = client.get(u"/transitions"_s, {{u"transitionType"_s, u"manual"_s}})
                         .json.value(u"transitions"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"transitionId"_s)
                         .toString();
            first.stop();
            QCOMPARE(first.process(), nullptr);
        }
        EmulatorProcess second(EmulatorProcess::Mode::Own);
        QVERIFY2(second.start(args, &error), qPrintable(error));
        QCOMPARE(second.clientId(), clientId);
        EmulatorClient client(second);
        client.setToken(oldToken);
        QCOMPARE(client.get(u"/documents"_s).status, 401);
        QVERIFY(client.authenticate());
        const HttpResult document = client.get(u"/documents/"_s + documentId);
        QCOMPARE(document.status, 200);
        QCOMPARE(document.json.value(u"groundTruth"_s).toArray().size(), 1);
        QCOMPARE(QByteArray::fromBase64(document.json.value(u"content"_s).toString().toLatin1()),
                 QByteArray("%PDF-1.4\n"));
        // The demo was seeded once: 2 invoices plus ours, and the review queue still waits.
        QCOMPARE(client.get(u"/documents"_s).json.value(u"documents"_s).toArray().size(), 3);
        const HttpResult waiting =
            client.get(u"/transitions/"_s + review + u"/executions"_s, {{u"status"_s, u"retry"_s}});
        QCOMPARE(waiting.json.value(u"executions"_s).toArray().size(), 2);
        QCOMPARE(client.post(u"/transitions/"_s + review + u"/executions"_s, {}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorPersistence)
#include "tst_emulatorpersistence.moc"
