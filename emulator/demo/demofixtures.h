#pragma once

#include <QJsonObject>
#include <QString>

// Fixed data of the demo set-up: the review transition's fieldConfig asset and JSON schemas, and the demo
// workflow's ASL definition.
class DemoFixtures
{
public:
    static QJsonObject fieldConfig(); // label → {type, display, confidenceLevels{automated,high,medium,low}}
    static QJsonObject reviewInputJsonSchema();
    static QJsonObject reviewOutputJsonSchema();
    // ASL definition object (StartAt/States) for predictions (docker) → review (manual) → feedback (docker)
    static QJsonObject workflowDefinition(const QString &predictTransitionId,
                                          const QString &reviewTransitionId,
                                          const QString &feedbackTransitionId, int reviewTimeoutSeconds);

    // The state names used in workflowDefinition().
    static QString predictStateName() { return QStringLiteral("Predict"); }
    static QString reviewStateName() { return QStringLiteral("Review"); }
    static QString feedbackStateName() { return QStringLiteral("Feedback"); }
    static QString failedStateName() { return QStringLiteral("Failed"); }
};
