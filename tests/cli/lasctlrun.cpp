#include "lasctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

LasCtlRun LasCtlRun::start(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                           const QByteArray &stdinBytes, int timeoutMs)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setProcessEnvironment(env);
    process.start();
    LasCtlRun result;
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinBytes.isEmpty())
        process.write(stdinBytes);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonValue LasCtlRun::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + out + ']', &error);
    return error.error == QJsonParseError::NoError ? doc.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

QList<QJsonObject> LasCtlRun::lines() const
{
    QList<QJsonObject> result;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            result.append(QJsonDocument::fromJson(line).object());
    }
    return result;
}

QString LasCtlRun::describe() const
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(QString::fromUtf8(out.left(2000)),
                                                                  QString::fromUtf8(err.left(2000)));
}
