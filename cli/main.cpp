#include "app/interruptwatcher.h"
#include "app/lasctl.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"lasctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LASCTL_VERSION));

    lasctl::LasCtl ctl(QCoreApplication::arguments().mid(1));
    if (const std::optional<int> exitCode = ctl.prepare())
        return *exitCode;

    lasctl::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &lasctl::InterruptWatcher::interrupted, &ctl, &lasctl::LasCtl::interrupt);
    QObject::connect(&ctl, &lasctl::LasCtl::done, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    // The one event loop of the process; the work starts from inside it so done() can end it.
    QTimer::singleShot(0, &ctl, &lasctl::LasCtl::start);
    return QCoreApplication::exec();
}
