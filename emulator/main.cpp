#include "server/emulatoroptions.h"
#include "server/emulatorserver.h"
#include "server/signalwatcher.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>

#include <cstdio>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

bool parseOptions(const QStringList &arguments, EmulatorOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local implementation of the LAS API (2021-02-25 contract)."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"TCP port (0: any free port)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption bind(u"bind"_s, u"Address to listen on."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     u"State directory (default: temporary, removed at exit)."_s, u"dir"_s);
    const QCommandLineOption basePath(u"base-path"_s, u"API base path."_s, u"path"_s, u"/v1"_s);
    const QCommandLineOption clientId(u"client-id"_s, u"OAuth client id (default: generated)."_s, u"id"_s);
    const QCommandLineOption clientSecret(
        u"client-secret"_s,
        u"OAuth client secret (default: generated; visible to other users in ps, prefer the two below)."_s,
        u"secret"_s);
    const QCommandLineOption clientSecretFile(
        u"client-secret-file"_s,
        u"Read the OAuth client secret from the first line of this file. Without this option and "
        u"--client-secret, the environment variable LAS_EMULATOR_CLIENT_SECRET is used if set."_s,
        u"file"_s);
    const QCommandLineOption apiKey(u"api-key"_s,
                                    u"x-api-key to require (default: generated; \"\" for none)."_s, u"key"_s);
    const QCommandLineOption tokenLifetime(u"token-lifetime"_s, u"Token lifetime in seconds."_s, u"seconds"_s,
                                           u"3600"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed N demo invoices with a review workflow."_s, u"N"_s,
                                  u"0"_s);
    const QCommandLineOption claimTimeout(u"claim-timeout-seconds"_s,
                                          u"Seconds a claimed manual task lives without a heartbeat."_s,
                                          u"seconds"_s, u"60"_s);
    const QCommandLineOption idleTimeout(u"idle-timeout-seconds"_s,
                                         u"Seconds a connection may send nothing before it is closed."_s,
                                         u"seconds"_s, u"30"_s);
    const QCommandLineOption strict(u"strict-responses"_s,
                                    u"Answer 500 instead of a response that breaks the contract (tests)."_s);
    const QCommandLineOption quota(
        u"quota"_s, u"Quota NAME=LIMIT (documents, predictions, ...); repeatable."_s, u"name=limit"_s);
    parser.addOptions({port, bind, dataDir, basePath, clientId, clientSecret, clientSecretFile, apiKey,
                       tokenLifetime, demo, claimTimeout, idleTimeout, strict, quota});
    parser.process(arguments);

    auto number = [&](const QCommandLineOption &option, int minimum, int maximum, int *out) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < minimum || value > maximum) {
            *error =
                u"--%1 must be an integer in %2..%3"_s.arg(option.names().first()).arg(minimum).arg(maximum);
            return false;
        }
        *out = value;
        return true;
    };
    int portNumber = 0;
    if (!number(port, 0, 65535, &portNumber) ||
        !number(tokenLifetime, 1, 864000, &options->tokenLifetimeSeconds) ||
        !number(demo, 0, 100000, &options->demoDocuments) ||
        !number(claimTimeout, 1, 86400, &options->claimTimeoutSeconds) ||
        !number(idleTimeout, 1, 3600, &options->idleTimeoutSeconds))
        return false;
    options->port = quint16(portNumber);
    if (!options->bind.setAddress(parser.value(bind))) {
        *error = u"--bind: not an IP address: %1"_s.arg(parser.value(bind));
        return false;
    }
    options->dataDir = parser.value(dataDir);
    QString base = parser.value(basePath);
    if (!base.startsWith(u'/'))
        base.prepend(u'/');
    while (base.size() > 1 && base.endsWith(u'/'))
        base.chop(1);
    options->basePath = base;
    if (parser.isSet(clientId))
        options->clientId = parser.value(clientId);
    if (parser.isSet(clientSecret) && parser.isSet(clientSecretFile)) {
        *error = u"--client-secret and --client-secret-file exclude each other"_s;
        return false;
    }
    if (parser.isSet(clientSecret)) {
        options->clientSecret = parser.value(clientSecret);
    } else if (parser.isSet(clientSecretFile)) {
        QFile file(parser.value(clientSecretFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"--client-secret-file: cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
            return false;
        }
        const QByteArray firstLine = file.read(64 * 1024).split('\n').first();
        const QString secret = QString::fromUtf8(firstLine.endsWith('\r') ? firstLine.chopped(1) : firstLine);
        if (secret.isEmpty()) {
            *error = u"--client-secret-file: %1 starts with an empty line"_s.arg(file.fileName());
            return false;
        }
        options->clientSecret = secret;
    } else if (qEnvironmentVariableIsSet("LAS_EMULATOR_CLIENT_SECRET")) {
        options->clientSecret = qEnvironmentVariable("LAS_EMULATOR_CLIENT_SECRET");
    }
    if (parser.isSet(apiKey))
        options->apiKey = parser.value(apiKey);
    options->strictResponses = parser.isSet(strict);
    for (const QString &entry : parser.values(quota)) {
        const qsizetype eq = entry.indexOf(u'=');
        bool ok = false;
        const int limit = eq > 0 ? entry.mid(eq + 1).toInt(&ok) : 0;
        if (!ok || limit < 0) {
            *error = u"--quota expects NAME=LIMIT, got %1"_s.arg(entry);
            return false;
        }
        options->quotas.insert(entry.left(eq), limit);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // QtPdf and QPdfWriter need a QGuiApplication; the emulator has no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Everything the emulator writes (SQLite files, document bytes) is for this user only.
    umask(077);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"las-emulator"_s);

    EmulatorOptions options;
    QString error;
    if (!parseOptions(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "las-emulator: %s\n", qPrintable(error));
        return 2;
    }
    SignalWatcher signals_;
    signals_.install();
    EmulatorServer server(options);
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    if (!server.start(&error)) {
        std::fprintf(stderr, "las-emulator: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray line = QJsonDocument(server.startLine()).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
    const int status = app.exec();
    server.stop();
    return status;
}
