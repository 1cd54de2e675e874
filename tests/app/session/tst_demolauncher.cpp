// The demo launcher against the real las-emulator: the start-up line read without blocking, the data kept
// between runs (same credentials and documents), --demo-reset starting afresh, and the child stopped.
#include "core/session/demolauncher.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

bool processGone(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    // A zombie has exited already; whoever adopted it may not reap it at once.
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z";
}

} // namespace

class TestDemoLauncher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    DemoServer startIn(DemoLauncher &launcher, bool reset)
    {
        launcher.setEmulatorPath(QStringLiteral(LAS_EMULATOR_BIN));
        launcher.setDataDirectory(m_dir.filePath(u"demo"_s));
        launcher.setDocumentCount(3);
        launcher.setReset(reset);
        QSignalSpy ready(&launcher, &DemoLauncher::ready);
        QSignalSpy failed(&launcher, &DemoLauncher::failed);
        launcher.start();
        if (!ready.isEmpty()) // never from inside start()
            return {};
        if (!ready.wait(60000))
            qWarning() << "failed:" << failed;
        return ready.isEmpty() ? DemoServer{} : ready.first().first().value<DemoServer>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(QStringLiteral(LAS_EMULATOR_BIN)).isExecutable());
    }

    void startsReadsTheLineAndStops()
    {
        DemoLauncher launcher;
        const DemoServer server = startIn(launcher, true);
        QVERIFY2(server.baseUrl.startsWith(u"http://127.0.0.1:"_s), qPrintable(server.baseUrl));
        QVERIFY(server.baseUrl.endsWith(u"/v1"_s));
        QVERIFY(server.authEndpoint.startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(!server.clientId.isEmpty());
        QVERIFY(!server.clientSecret.isEmpty());
        QCOMPARE(QFileInfo(server.dataDir).canonicalFilePath(),
                 QFileInfo(m_dir.filePath(u"demo"_s)).canonicalFilePath());
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"demo/emulator.sqlite"_s)));
        const qint64 pid = launcher.processId();
        QVERIFY(pid > 0);
        QVERIFY(launcher.isRunning());
        QVERIFY(!processGone(pid));
        QSignalSpy stopped(&launcher, &DemoLauncher::stopped);
        launcher.stop();
        QVERIFY(!launcher.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 10000);
        QCOMPARE(stopped.count(), 0); // asked to stop: not reported as a failure
    }

    void dataIsKeptUnlessReset()
    {
        DemoServer first;
        {
            DemoLauncher launcher;
            first = startIn(launcher, true);
            QVERIFY(!first.clientId.isEmpty());
        }
        DemoServer second;
        {
            DemoLauncher launcher;
            second = startIn(launcher, false);
        }
        QCOMPARE(second.clientId, first.clientId);
        QCOMPARE(second.clientSecret, first.clientSecret);
        DemoServer reset;
        {
            DemoLauncher launcher;
            reset = startIn(launcher, true);
        }
        QVERIFY(!reset.clientId.isEmpty());
        QVERIFY(reset.clientSecret != first.clientSecret); // a fresh data folder generates new credentials
    }

    void reportsAnEmulatorThatDiesAfterStarting()
    {
        DemoLauncher launcher;
        QVERIFY(!startIn(launcher, false).baseUrl.isEmpty());
        QSignalSpy stopped(&launcher, &DemoLauncher::stopped);
        ::kill(pid_t(launcher.processId()), SIGKILL);
        QVERIFY(stopped.wait(10000));
        QVERIFY(stopped.first().first().toString().contains(u"demo server stopped"_s));
        QVERIFY(!launcher.isRunning());
    }

    void missingEmulatorFailsWithAMessage()
    {
        DemoLauncher launcher;
        launcher.setEmulatorPath(QString());
        launcher.setDataDirectory(m_dir.filePath(u"unused"_s));
        QSignalSpy failed(&launcher, &DemoLauncher::failed);
        launcher.start();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(u"las-emulator"_s));
    }

    void garbageStartLineFails()
    {
        // /bin/echo prints a line that is not the listening event.
        DemoLauncher launcher;
        launcher.setEmulatorPath(u"/bin/echo"_s);
        launcher.setDataDirectory(m_dir.filePath(u"echo"_s));
        QSignalSpy failed(&launcher, &DemoLauncher::failed);
        launcher.start();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(u"start-up line"_s),
                 qPrintable(failed.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestDemoLauncher)
#include "tst_demolauncher.moc"
