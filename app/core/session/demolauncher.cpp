#include "core/session/demolauncher.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

DemoLauncher::DemoLauncher(QObject *parent)
    : QObject(parent)
    , m_emulatorPath(findEmulator())
    , m_dataDir(defaultDataDirectory())
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The demo server did not start within %1 seconds.").arg(m_startTimeoutMs / 1000));
    });
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

QString DemoLauncher::findEmulator()
{
    const QString fromEnvironment = qEnvironmentVariable("LAS_REVIEW_EMULATOR");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {u"las-emulator"_s, u"../emulator/las-emulator"_s}) {
        const QFileInfo info(here.filePath(candidate));
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QString DemoLauncher::defaultDataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo"_s);
}

void DemoLauncher::start()
{
    if (m_process) {
        QTimer::singleShot(0, this, [this] { fail(tr("The demo server is already running.")); });
        return;
    }
    m_ready = false;
    m_stopping = false;
    m_stdout.clear();
    m_stderr.clear();
    if (m_emulatorPath.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("The demo server (las-emulator) was not found next to las-review in %1.")
                     .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
        });
        return;
    }
    if (m_reset)
        QDir(m_dataDir).removeRecursively();
    if (!QDir().mkpath(m_dataDir)) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("The demo data folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_dataDir)));
        });
        return;
    }
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_process = new QProcess(this);
    m_process->setProgram(m_emulatorPath);
    // Seeding happens only into an empty data directory, so a kept one starts with the same documents.
    m_process->setArguments({u"--port"_s, QString::number(m_port), u"--bind"_s, u"127.0.0.1"_s,
                             u"--data-dir"_s, m_dataDir, u"--demo"_s, QString::number(m_documents)});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_process->setProcessEnvironment(env);
#ifdef Q_OS_LINUX
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        // The kernel sends SIGTERM when the app dies, even by SIGKILL or a crash. If the app died before
        // this ran, the parent is already someone else: give up at once.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::readStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > 16384)
            m_stderr = m_stderr.right(8192);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo server %1 could not be started: %2")
                     .arg(QDir::toNativeSeparators(m_emulatorPath), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        QProcess *process = m_process;
        m_process = nullptr;
        process->deleteLater();
        m_startTimer.stop();
        if (m_stopping)
            return;
        const QString why =
            status == QProcess::CrashExit ? tr("it crashed") : tr("it exited with code %1").arg(exitCode);
        const QString tail = stderrTail();
        const QString message = tail.isEmpty()
                                    ? tr("The demo server stopped: %1.").arg(why)
                                    : tr("The demo server stopped: %1. It said: %2").arg(why, tail);
        if (m_ready) {
            m_ready = false;
            Q_EMIT stopped(message);
        } else {
            Q_EMIT failed(message);
        }
    });
    m_startTimer.start(m_startTimeoutMs);
    m_process->start(QIODevice::ReadOnly);
}

void DemoLauncher::readStdout()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    if (m_ready) {
        m_stdout.clear(); // nothing else is expected; do not let it grow
        return;
    }
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0) {
        if (m_stdout.size() > 65536)
            fail(tr("The demo server printed something unexpected instead of its address."));
        return;
    }
    const QByteArray line = m_stdout.left(newline).trimmed();
    m_stdout.clear();
    QString error;
    const std::optional<DemoServer> server = DemoServer::fromStartLine(line, &error);
    if (!server) {
        fail(tr("The demo server's start-up line cannot be read: %1").arg(error));
        return;
    }
    m_startTimer.stop();
    m_server = *server;
    m_ready = true;
    Q_EMIT ready(m_server);
}

void DemoLauncher::stop()
{
    m_startTimer.stop();
    if (!m_process)
        return;
    m_stopping = true;
    QProcess *process = m_process;
    m_process = nullptr;
    disconnect(process, nullptr, this, nullptr);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        // Bounded: the emulator closes its database and exits on SIGTERM in well under a second.
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    delete process;
    m_ready = false;
}

bool DemoLauncher::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 DemoLauncher::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void DemoLauncher::fail(const QString &message)
{
    stop();
    Q_EMIT failed(message);
}

QString DemoLauncher::stderrTail() const
{
    const QStringList lines = QString::fromUtf8(m_stderr).trimmed().split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(qMax(0, int(lines.size()) - 3)).join(u' ');
}
