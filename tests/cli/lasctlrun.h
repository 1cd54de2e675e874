#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One finished run of the real lasctl binary, for the tests that drive it as a user would.
struct LasCtlRun
{
    int exitCode = -1; // -1: did not start or did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;

    // Runs program with args and env, writes stdinBytes and closes stdin; bounded, so a hung lasctl fails the
    // test instead of hanging it.
    static LasCtlRun start(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                           const QByteArray &stdinBytes = {}, int timeoutMs = 120000);

    QJsonValue json() const; // stdout as one JSON value; Undefined when it is not one
    QJsonObject object() const { return json().toObject(); }
    QList<QJsonObject> lines() const; // stdout as JSON lines (documents create)
    QString describe() const;         // for failure messages
};
