#include "app/interruptwatcher.h"
#include "app/lasctl.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"lasctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LASCTL_VERSION));

    // Messages in the user's language (QLocale reads LC_ALL, LC_MESSAGES, LANG and LANGUAGE; no system
    // locale needs to be installed). Before LasCtl: its command table holds translated texts. English when
    // no embedded translation matches, and under the C locale whatever LANGUAGE says, as gettext does.
    QTranslator translator;
    const QLocale locale;
    if (locale.language() != QLocale::C && translator.load(locale, u"lasctl"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

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
