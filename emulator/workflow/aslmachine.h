#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// The subset of Amazon States Language that LAS workflows use, as a pure step function (no I/O, no timers):
// Task (Resource = transition ID, Next/End, TimeoutSeconds, Retry[{ErrorEquals, MaxAttempts,
// IntervalSeconds}], Catch[{ErrorEquals, Next, ResultPath}], ResultPath), Pass (Result, ResultPath, Next/End),
// Choice (Choices[{Variable, StringEquals | NumericEquals | NumericLessThan | NumericGreaterThan |
// NumericLessThanEquals | NumericGreaterThanEquals | BooleanEquals | IsPresent | IsNull, Next}], Default),
// Succeed, Fail (Error, Cause). "States.ALL" matches any error. Paths are simple: "$", "$.a.b", null.
// InputPath/OutputPath/Parameters are not supported (validation rejects them so nobody relies on them).
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

        // Added: for a retry, the seconds to wait before running the task again (IntervalSeconds *
        // BackoffRate^(attempt-1)); 0 otherwise. The caller may ignore it.
        int retryDelaySeconds = 0;
    };
    static std::optional<AslMachine> fromDefinition(const QJsonObject &definition, QString *error);
    Step start(const QJsonValue &input) const; // runs Pass/Choice states until a Task or a terminal
    Step afterTaskSucceeded(const QString &stateName, const QJsonValue &taskOutput) const;
    // errorName e.g. "States.Timeout", "States.TaskFailed"; attempts = how many times the state ran so far.
    // Retry (ErrorEquals/MaxAttempts) → RunTask of the same state; Catch → the catcher's Next; else Fail.
    Step afterTaskFailed(const QString &stateName, const QString &errorName, const QString &cause, int attempts,
                         const QJsonValue &stateInput) const;
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
    QStringList m_order; // state names in definition order
};
