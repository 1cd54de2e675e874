#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What `las-review` was asked to do on its command line (QCommandLineParser).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    QString error;    // Action::Error: what is wrong, one sentence
    QString helpText; // the --help text (always filled)
    bool demo = false;
    bool demoReset = false;  // implies demo
    QString profile;         // --profile NAME (empty: the active one)
    QStringList documentIds; // las:document:... to open
    QStringList files;       // local PDF/JPEG files to open (absolute paths)
    QStringList uploads;     // --upload: files and folders to upload (absolute paths, checked later)

    // arguments include the program name first, as QCoreApplication::arguments() has them.
    static CommandLine parse(const QStringList &arguments);
};
