// The hand-off between instances: the first to start listens; a second delivers its request and is told it
// was taken; a malformed line is refused and changes nothing; a socket left behind by a crash is taken over.
// Also the --upload command line.
#include "core/session/commandline.h"
#include "core/upload/uploadhandoff.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

class TestUploadHandoff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString socketName(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void firstListensSecondDelivers()
    {
        UploadHandoff first;
        QCOMPARE(first.deliverOrListen(socketName(u"a"_s), {}), UploadHandoff::Outcome::Listening);
        QVERIFY(first.isListening());
        QSignalSpy received(&first, &UploadHandoff::received);

        UploadHandoff::Request request;
        request.uploads = {m_dir.filePath(u"x.pdf"_s), m_dir.filePath(u"folder"_s)};
        request.documentIds = {u"las:document:0123456789abcdef0123456789abcdef"_s};
        // The second instance waits synchronously, so it runs on another thread while this one serves.
        auto outcome = QtConcurrent::run([&] {
            UploadHandoff second;
            return second.deliverOrListen(socketName(u"a"_s), request);
        });
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.isFinished(), 10000);
        QCOMPARE(outcome.result(), UploadHandoff::Outcome::Delivered);
        const auto got = received.at(0).at(0).value<UploadHandoff::Request>();
        QCOMPARE(got.uploads, request.uploads);
        QCOMPARE(got.documentIds, request.documentIds);
        QVERIFY(got.files.isEmpty());
    }

    void malformedLineRefused()
    {
        bool ok = true;
        UploadHandoff::Request::fromLine("{\"upload\":[\"relative.pdf\"]}", &ok);
        QVERIFY(!ok);
        UploadHandoff::Request::fromLine("{\"documents\":[\"las:document:xyz\"]}", &ok);
        QVERIFY(!ok);
        UploadHandoff::Request::fromLine("[1,2]", &ok);
        QVERIFY(!ok);
        UploadHandoff::Request::fromLine("{\"upload\":[3]}", &ok);
        QVERIFY(!ok);
        const UploadHandoff::Request r = UploadHandoff::Request::fromLine("{\"upload\":[\"/a.pdf\"]}\n", &ok);
        QVERIFY(ok);
        QCOMPARE(r.uploads, QStringList{u"/a.pdf"_s});

        UploadHandoff server;
        QCOMPARE(server.deliverOrListen(socketName(u"b"_s), {}), UploadHandoff::Outcome::Listening);
        QSignalSpy received(&server, &UploadHandoff::received);
        QLocalSocket socket;
        socket.connectToServer(socketName(u"b"_s));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("{\"upload\":[\"relative.pdf\"]}\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            socket.bytesAvailable() > 0 || socket.state() != QLocalSocket::ConnectedState, 5000);
        QCOMPARE(socket.readAll(), QByteArray("error\n"));
        QCOMPARE(received.count(), 0);
    }

    void staleSocketTakenOver()
    {
        // A socket file whose server is gone (as after kill -9).
        {
            QLocalServer dead;
            dead.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(dead.listen(socketName(u"c"_s)));
            // QLocalServer removes its file on close; leave one behind like a crash would.
        }
        QFile leftover(socketName(u"c"_s));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        UploadHandoff next;
        QCOMPARE(next.deliverOrListen(socketName(u"c"_s), {}), UploadHandoff::Outcome::Listening);
        QVERIFY(next.isListening());
    }

    void serverNameIsPerDataFolder()
    {
        QCoreApplication::setApplicationName(u"las-review"_s);
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"one"_s).toUtf8());
        const QString one = UploadHandoff::defaultServerName();
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"two"_s).toUtf8());
        const QString two = UploadHandoff::defaultServerName();
        QVERIFY(one != two);
        QVERIFY(one.contains(u"las-review-"_s));
    }

    void uploadCommandLine()
    {
        QFile pdf(m_dir.filePath(u"cli.pdf"_s));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4");
        pdf.close();
        QDir().mkpath(m_dir.filePath(u"clifolder"_s));
        CommandLine c = CommandLine::parse(
            {u"las-review"_s, u"--upload"_s, pdf.fileName(), m_dir.filePath(u"clifolder"_s)});
        QCOMPARE(c.action, CommandLine::Action::Run);
        QCOMPARE(c.uploads, (QStringList{pdf.fileName(), m_dir.filePath(u"clifolder"_s)}));
        QVERIFY(c.files.isEmpty());
        QVERIFY(c.helpText.contains(u"--upload"_s));

        c = CommandLine::parse({u"las-review"_s, u"--upload"_s});
        QCOMPARE(c.action, CommandLine::Action::Error);
        c = CommandLine::parse({u"las-review"_s, u"--upload"_s, m_dir.filePath(u"nothing-here.pdf"_s)});
        QCOMPARE(c.action, CommandLine::Action::Error);
        QVERIFY(c.error.contains(u"nothing-here.pdf"_s));
    }
};

QTEST_GUILESS_MAIN(TestUploadHandoff)
#include "tst_uploadhandoff.moc"
