#include "core/session/commandline.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Review what the Lucidtech AI Services read from your documents, and correct it."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption profile(u"profile"_s, tr("Sign in with the profile called NAME."), tr("NAME"));
    const QCommandLineOption demo(u"demo"_s,
                                  tr("Start a local demo server with sample invoices and sign in to it."));
    const QCommandLineOption demoReset(u"demo-reset"_s, tr("Like --demo, but with fresh demo data."));
    const QCommandLineOption upload(
        u"upload"_s,
        tr("Upload the files and folders given as arguments (folders with everything in them) instead of "
           "opening them."));
    parser.addOptions({help, version, profile, demo, demoReset, upload});
    parser.addPositionalArgument(tr("documents"),
                                 tr("Document IDs (las:document:...) or PDF/JPEG files to open."),
                                 tr("[document ID or file...]"));
    const bool parsed = parser.parse(arguments);
    result.helpText = parser.helpText();
    if (!parsed) {
        result.action = Action::Error;
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    result.demoReset = parser.isSet(demoReset);
    result.demo = parser.isSet(demo) || result.demoReset;
    result.profile = parser.value(profile);
    if (result.demo && !result.profile.isEmpty()) {
        result.action = Action::Error;
        result.error = tr("--profile cannot be combined with --demo: the demo has its own account.");
        return result;
    }
    if (parser.isSet(upload)) {
        // Files and folders go to the upload queue as they are: it lists the ones it cannot take with the
        // reason, so only paths that do not exist at all are refused here.
        for (const QString &argument : parser.positionalArguments()) {
            const QFileInfo path(argument);
            if (!path.exists()) {
                result.action = Action::Error;
                result.error = tr("\"%1\" does not exist: --upload takes files and folders.").arg(argument);
                return result;
            }
            result.uploads.append(path.absoluteFilePath());
        }
        if (result.uploads.isEmpty()) {
            result.action = Action::Error;
            result.error = tr("--upload needs at least one file or folder.");
        }
        return result;
    }
    for (const QString &argument : parser.positionalArguments()) {
        if (argument.startsWith(u"las:document:"_s)) {
            static const QRegularExpression id(u"^las:document:[a-f0-9]{32}$"_s);
            if (!id.match(argument).hasMatch()) {
                result.action = Action::Error;
                result.error = tr("\"%1\" is not a document ID: they look like las:document: followed by 32 "
                                  "hexadecimal digits.")
                                   .arg(argument);
                return result;
            }
            result.documentIds.append(argument);
            continue;
        }
        const QFileInfo file(argument);
        if (!file.isFile()) {
            result.action = Action::Error;
            result.error = tr("\"%1\" is neither a document ID (las:document:...) nor a file.").arg(argument);
            return result;
        }
        result.files.append(file.absoluteFilePath());
    }
    return result;
}
