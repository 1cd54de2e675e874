#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// The subset of Amazon States Language that LAS workflows use, as a pure step function (no I/O, no timers):
// Task (Resource = transition ID, Next/End, TimeoutSeconds, HeartbeatSeconds (accepted, not enforced),
// Retry[{ErrorEquals, MaxAttempts, IntervalSeconds, BackoffRate}], Catch[{ErrorEquals, Next, ResultPath}],
// InputPath, Parameters, OutputPath; ResultPath only "$"), Pass (Result, Parameters, InputPath, ResultPath,
// OutputPath, Next/End), Choice (Choices[{Variable, StringEquals | StringLessThan | StringGreaterThan |
// String{Less,Greater}ThanEquals | NumericEquals | NumericLessThan | NumericGreaterThan |
// Numeric{Less,Greater}ThanEquals | BooleanEquals | IsPresent | IsNull | IsString | IsNumeric | IsBoolean,
// Next}], And/Or/Not, Default), Succeed, Fail (Error, Cause). "States.ALL" matches any error.
// Paths are simple: "$", "$.a.b", "$.list[0].x", or null; "$$" context paths are not supported.
// Wait/Parallel/Map states and unknown fields are rejected by fromDefinition() with a message naming them;
// the top level may hold StartAt, States, Comment, Version and TimeoutSeconds (the last is not enforced).
// A Choice on a missing or mistyped Variable is false (real ASL raises States.Runtime).
// Pass/Choice chains are capped at MaxInternalSteps per call, so a loop without a Task ends in a Fail step
// ("States.Runtime") instead of hanging.
class AslMachine
{
public:
    struct Step
    {
        enum class Kind { RunTask, Succeed, Fail };
        Kind kind = Kind::Fail;
        QString stateName;      // the Task state to run (RunTask)
        QString resource;       // its Resource = transition ID (RunTask)
        QJsonValue input;       // input for the task (RunTask) / final output (Succeed)
        int timeoutSeconds = 0; // the state's TimeoutSeconds (0 = none)
        QString error, cause;   // for Fail

        // For a retry, the seconds to wait before running the task again (IntervalSeconds *
        // BackoffRate^(attempt-1)); 0 otherwise. The caller may ignore it.
        int retryDelaySeconds = 0;
    };
    static std::optional<AslMachine> fromDefinition(const QJsonObject &definition, QString *error);
    // Steps returned for Succeed/Fail carry the terminal state's name in stateName when there is one.
    Step start(const QJsonValue &input) const; // runs Pass/Choice states until a Task or a terminal
    Step afterTaskSucceeded(const QString &stateName, const QJsonValue &taskOutput) const;
    // errorName e.g. "States.Timeout", "States.TaskFailed"; attempts = how many times the state ran so far.
    // Retry (ErrorEquals/MaxAttempts) → RunTask of the same state; Catch → the catcher's Next; else Fail.
    // stateInput: the input the task ran with (Step::input of its RunTask step); a retry runs with it again
    // and a catcher's ResultPath puts {"Error", "Cause"} into it. MaxAttempts (default 3) counts retries of
    // the state in total, not per retrier. "States.TaskFailed" matches every error except "States.Timeout".
    Step afterTaskFailed(const QString &stateName, const QString &errorName, const QString &cause,
                         int attempts, const QJsonValue &stateInput) const;
    QStringList transitionIds() const; // every Task's Resource

    // Added.
    QString startAt() const { return m_startAt; }
    QStringList stateNames() const { return m_order; }
    static constexpr int MaxInternalSteps = 1000;

private:
    AslMachine() = default;
    Step runFrom(const QString &stateName, const QJsonValue &input) const;
    Step continueAfter(const QJsonObject &state, const QJsonValue &output) const;

    QString m_startAt;
    QHash<QString, QJsonObject> m_states;
    QStringList m_order; // state names (QJsonObject keeps them sorted)
};
