// `las-review --demo` must not leave its las-emulator behind: not when it quits, and not when it is killed
// outright (SIGKILL gives it no chance to clean up; the kernel's parent-death signal does it).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// Children of `pid` (Linux: /proc/PID/task/*/children).
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> children;
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + u"/children"_s));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : file.readAll().split(' ')) {
            bool ok = false;
            const qint64 id = child.trimmed().toLongLong(&ok);
            if (ok)
                children.append(id);
        }
    }
    return children;
}

QString commandOf(qint64 pid)
{
    QFile file(u"/proc/%1/comm"_s.arg(pid));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().trimmed()) : QString();
}

// Gone, or a zombie (exited, waiting for its new parent to reap it).
bool processGone(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z";
}

} // namespace

class TestDemoKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // Starts las-review --demo and returns the pid of its emulator once it runs (0 on failure).
    qint64 startDemo(QProcess &app)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"LAS_REVIEW_EMULATOR"_s); // found beside las-review in the build tree
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(LAS_REVIEW_BIN), {u"--demo"_s});
        if (!app.waitForStarted(30000))
            return 0;
        qint64 emulator = 0;
        const bool found = QTest::qWaitFor(
            [&] {
                for (qint64 child : childrenOf(app.processId())) {
                    if (commandOf(child) == "las-emulator"_L1)
                        emulator = child;
                }
                return emulator != 0;
            },
            60000);
        return found ? emulator : 0;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void emulatorDiesWithKilledApp()
    {
        QProcess app;
        const qint64 emulator = startDemo(app);
        QVERIFY2(emulator > 0, "las-review --demo did not start las-emulator");
        QVERIFY(!processGone(emulator));
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(emulator), 20000);
    }

    void emulatorStopsWhenAppIsTerminated()
    {
        QProcess app;
        const qint64 emulator = startDemo(app);
        QVERIFY2(emulator > 0, "las-review --demo did not start las-emulator");
        app.terminate();
        QVERIFY(app.waitForFinished(20000));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(emulator), 20000);
    }
};

QTEST_GUILESS_MAIN(TestDemoKill)
#include "tst_demokill.moc"
