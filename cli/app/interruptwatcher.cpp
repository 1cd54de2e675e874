#include "app/interruptwatcher.h"

#include "output/exitcodes.h"

#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lasctl {

namespace {
int g_fds[2] = {-1, -1};
std::atomic<int> g_count = 0; // lock-free, so safe in a signal handler

void handleSignal(int)
{
    if (++g_count > 1)
        ::_exit(ExitCodes::Cancelled); // second Ctrl-C: the user means it
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_fds[1], &byte, 1);
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return; // without the pipe, signals keep their default action
    m_notifier = new QSocketNotifier(g_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::onReadable);
    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

void InterruptWatcher::onReadable()
{
    char byte;
    [[maybe_unused]] const auto read = ::read(g_fds[0], &byte, 1);
    Q_EMIT interrupted();
}

} // namespace lasctl
