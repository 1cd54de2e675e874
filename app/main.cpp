// las-review: the desktop app for people who review what the LAS document-AI models read.
#include "shell/main/appcontroller.h"
#include "shell/main/mainwindow.h"
#include "shell/upload/uploadcontroller.h"

#include "core/fields/locatecommand.h"
#include "core/session/commandline.h"
#include "core/upload/uploadhandoff.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --help and --version must work without a display, so they run under a QCoreApplication.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-help", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
        if (std::strcmp(argv[i], "--") == 0)
            break;
    }
    return false;
}

void installTranslations(QCoreApplication *app)
{
    // QLocale reads LC_ALL, LC_MESSAGES, LANG and LANGUAGE; English when nothing matches.
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return;
    auto *own = new QTranslator(app);
    if (own->load(locale, u"las-review"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    // --locate prints JSON and never opens a window, so it needs no display.
    if (LocateCommand::isWanted(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslations(&app);
        return LocateCommand::run(QCoreApplication::arguments());
    }
    const bool textOnly = wantsTextOnly(argc, argv);
    std::unique_ptr<QCoreApplication> app = textOnly ? std::make_unique<QCoreApplication>(argc, argv)
                                                     : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"las-review"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LAS_REVIEW_VERSION));
    installTranslations(app.get());

    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp:
        std::fputs(qPrintable(commandLine.helpText), stdout);
        return 0;
    case CommandLine::Action::ShowVersion:
        std::printf("las-review %s\n", LAS_REVIEW_VERSION);
        return 0;
    case CommandLine::Action::Error:
        std::fprintf(stderr, "las-review: %s\n\n%s", qPrintable(commandLine.error),
                     qPrintable(commandLine.helpText));
        return 2;
    case CommandLine::Action::Run:
        break;
    }
    if (textOnly)
        return 0;

    // One las-review per user and data folder: a second invocation hands its files and document IDs to the
    // running one and exits. Another profile or the demo cannot be handed over; those start their own.
    UploadHandoff handoff;
    const UploadHandoff::Request request{commandLine.uploads, commandLine.files, commandLine.documentIds};
    const bool deliverAllowed = !commandLine.demo && commandLine.profile.isEmpty();
    if (handoff.deliverOrListen(UploadHandoff::defaultServerName(), request, deliverAllowed) ==
        UploadHandoff::Outcome::Delivered)
        return 0;

    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "LAS Review"));
    QGuiApplication::setDesktopFileName(u"ai.lucidtech.LasReview"_s);
    QGuiApplication::setWindowIcon(
        QIcon::fromTheme(u"ai.lucidtech.LasReview"_s, QIcon(u":/icons/las-review.svg"_s)));

    QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"las-review"_s, u"las-review"_s);
    AppController controller(&settings);
    controller.start(commandLine);
    controller.mainWindow()->uploads()->upload(commandLine.uploads);
    QObject::connect(&handoff, &UploadHandoff::received, &controller,
                     [&controller](const UploadHandoff::Request &handed) {
                         MainWindow *window = controller.mainWindow();
                         window->uploads()->upload(handed.uploads);
                         for (const QString &id : handed.documentIds)
                             window->openDocument(id);
                         for (const QString &file : handed.files)
                             window->openFile(file);
                         window->raise();
                         window->activateWindow();
                     });
    return app->exec();
}
