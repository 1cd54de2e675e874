#pragma once

#include "core/session/demoserver.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTimer>

class QProcess;

// Runs las-emulator as a child process for `las-review --demo`: loopback, port 0, its data kept in the app's
// data folder between runs. Reads its start-up line without blocking, and makes sure the child never outlives
// the app: terminated on stop() and destruction, and on Linux killed by the kernel if the app dies
// (PR_SET_PDEATHSIG).
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    // las-emulator beside the running executable (installed: same bin directory; build tree:
    // ../emulator/las-emulator), or $LAS_REVIEW_EMULATOR. Empty when none is found.
    static QString findEmulator();
    // <app data location>/demo
    static QString defaultDataDirectory();

    void setEmulatorPath(const QString &path) { m_emulatorPath = path; }
    void setDataDirectory(const QString &dir) { m_dataDir = dir; }
    QString dataDirectory() const { return m_dataDir; }
    // Invoices seeded into a fresh data directory (default 40).
    void setDocumentCount(int count) { m_documents = count; }
    // TCP port on 127.0.0.1 (default 0: any free port).
    void setPort(quint16 port) { m_port = port; }
    // Delete the data directory first (--demo-reset).
    void setReset(bool reset) { m_reset = reset; }
    // How long to wait for the start-up line (default 60 s).
    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }

    // Starts the emulator; emits ready() or failed() later, never from inside this call.
    void start();
    // Terminates the emulator (SIGTERM) and waits a few seconds for its clean exit (then kills it).
    void stop();
    bool isRunning() const;
    qint64 processId() const;
    const DemoServer &server() const { return m_server; }

Q_SIGNALS:
    void ready(const DemoServer &server);
    void failed(const QString &message);
    // The emulator ended after it was ready (crash or killed from outside).
    void stopped(const QString &message);

private:
    void readStdout();
    void fail(const QString &message);
    QString stderrTail() const;

    QString m_emulatorPath;
    QString m_dataDir;
    int m_documents = 40;
    quint16 m_port = 0;
    bool m_reset = false;
    int m_startTimeoutMs = 60000;
    QProcess *m_process = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_ready = false;
    bool m_stopping = false;
    DemoServer m_server;
    QTimer m_startTimer;
};
