#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

// The fault configuration set through POST {admin}/faults. Counts of -1 mean "every matching request".
// Faults apply to requests whose "METHOD /path" (path without the API base path) matches pathPattern; with no
// pattern they apply to every API request but not to the token endpoints (name those with a pattern such as
// "^POST /oauth2/token$").
class FaultInjector
{
public:
    struct Decision
    {
        enum class Kind { Answer, Fail, RateLimit };
        Kind kind = Kind::Answer;
        int status = 0;
        QString message;
        QByteArray retryAfter;
        bool dropAfterBody = false; // handle the request, then close the connection instead of answering
        int delayMs = 0;            // latency plus stall before the answer is written
    };

    // Merges the given fields into the current configuration; unknown keys or wrong types are errors.
    bool configure(const QJsonObject &config, QString *error);
    void reset();

    bool applies(const QString &methodPath, bool isApiRequest) const;
    bool takeDropBeforeBody(const QString &methodPath, bool isApiRequest);
    Decision decide(const QString &methodPath, bool isApiRequest);

private:
    static bool take(int &count);

    int m_latencyMs = 0;
    double m_failureRate = 0.0;
    int m_failureStatus = 500;
    int m_failureCount = 0;
    bool m_rateLimitOn = false;
    int m_rateLimitCount = 0;
    QByteArray m_retryAfter = "1";
    QString m_rateLimitMessage = QStringLiteral("Too Many Requests");
    QString m_dropWhen;
    int m_dropCount = 0;
    int m_stallMs = 0;
    int m_stallCount = 0;
    QRegularExpression m_pathPattern;
    bool m_hasPattern = false;
};
