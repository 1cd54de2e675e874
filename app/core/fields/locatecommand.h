#pragma once

#include <QCoreApplication>
#include <QStringList>

// `las-review --locate FILE LABEL=VALUE...`: prints as JSON where each value stands in FILE (page,
// rectangle in page points, matched text, runner-up candidates, or why no position is known), without a
// window. Runs under a QCoreApplication.
class LocateCommand
{
    Q_DECLARE_TR_FUNCTIONS(LocateCommand)
public:
    // True when the command line asks for --locate (checked before any application object exists).
    static bool isWanted(int argc, char *argv[]);
    // Runs it; `arguments` as QCoreApplication::arguments(). Returns the process exit code: 0 done,
    // 1 the file cannot be opened, 2 bad arguments.
    static int run(const QStringList &arguments);
};
