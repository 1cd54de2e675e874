#include "server/faultinjector.h"

#include <QJsonValue>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool readInt(const QJsonObject &object, const QString &key, int minimum, int *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())) ||
        value.toDouble() < minimum) {
        *error = u"%1 must be an integer >= %2"_s.arg(key).arg(minimum);
        return false;
    }
    *out = int(value.toDouble());
    return true;
}

} // namespace

bool FaultInjector::configure(const QJsonObject &config, QString *error)
{
    static const QSet<QString> known{u"latencyMs"_s,    u"failureRate"_s, u"failureStatus"_s,
                                     u"failureCount"_s, u"rateLimit"_s,   u"drop"_s,
                                     u"stallMs"_s,      u"stallCount"_s,  u"pathPattern"_s};
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = u"Unknown fault setting: %1"_s.arg(it.key());
            return false;
        }
    }
    FaultInjector next = *this;
    if (!readInt(config, u"latencyMs"_s, 0, &next.m_latencyMs, error))
        return false;
    if (config.contains(u"failureRate"_s)) {
        const QJsonValue rate = config.value(u"failureRate"_s);
        if (!rate.isDouble() || rate.toDouble() < 0 || rate.toDouble() > 1) {
            *error = u"failureRate must be a number in 0..1"_s;
            return false;
        }
        next.m_failureRate = rate.toDouble();
    }
    if (!readInt(config, u"failureStatus"_s, 100, &next.m_failureStatus, error))
        return false;
    if (next.m_failureStatus > 599) {
        *error = u"failureStatus must be an HTTP status"_s;
        return false;
    }
    if (config.contains(u"failureCount"_s)) {
        if (!readInt(config, u"failureCount"_s, 0, &next.m_failureCount, error))
            return false;
    }
    if (config.contains(u"rateLimit"_s)) {
        const QJsonValue value = config.value(u"rateLimit"_s);
        if (value.isNull()) {
            next.m_rateLimitOn = false;
        } else if (!value.isObject()) {
            *error = u"rateLimit must be an object"_s;
            return false;
        } else {
            const QJsonObject rateLimit = value.toObject();
            next.m_rateLimitOn = true;
            next.m_rateLimitCount = -1;
            if (!readInt(rateLimit, u"count"_s, 0, &next.m_rateLimitCount, error))
                return false;
            const QJsonValue retryAfter = rateLimit.value(u"retryAfter"_s);
            if (retryAfter.isDouble())
                next.m_retryAfter = QByteArray::number(qint64(retryAfter.toDouble()));
            else if (retryAfter.isString())
                next.m_retryAfter = retryAfter.toString().toLatin1();
            else if (!retryAfter.isUndefined()) {
                *error = u"rateLimit.retryAfter must be seconds or an HTTP date"_s;
                return false;
            }
            if (rateLimit.contains(u"message"_s))
                next.m_rateLimitMessage = rateLimit.value(u"message"_s).toString();
        }
    }
    if (config.contains(u"drop"_s)) {
        const QJsonObject drop = config.value(u"drop"_s).toObject();
        const QString when = drop.value(u"when"_s).toString();
        if (when != u"beforeBody"_s && when != u"afterBody"_s) {
            *error = u"drop.when must be \"beforeBody\" or \"afterBody\""_s;
            return false;
        }
        next.m_dropWhen = when;
        next.m_dropCount = -1;
        if (!readInt(drop, u"count"_s, 0, &next.m_dropCount, error))
            return false;
    }
    if (!readInt(config, u"stallMs"_s, 0, &next.m_stallMs, error))
        return false;
    if (config.contains(u"stallMs"_s) && !config.contains(u"stallCount"_s))
        next.m_stallCount = -1;
    if (!readInt(config, u"stallCount"_s, 0, &next.m_stallCount, error))
        return false;
    if (config.contains(u"pathPattern"_s)) {
        const QString pattern = config.value(u"pathPattern"_s).toString();
        next.m_hasPattern = !pattern.isEmpty();
        next.m_pathPattern = QRegularExpression(pattern);
        if (!next.m_pathPattern.isValid()) {
            *error =
                u"pathPattern is not a valid regular expression: %1"_s.arg(next.m_pathPattern.errorString());
            return false;
        }
    }
    *this = next;
    return true;
}

void FaultInjector::reset()
{
    *this = FaultInjector{};
}

bool FaultInjector::applies(const QString &methodPath, bool isApiRequest) const
{
    if (!m_hasPattern)
        return isApiRequest;
    return m_pathPattern.match(methodPath).hasMatch();
}

bool FaultInjector::take(int &count)
{
    if (count == 0)
        return false;
    if (count > 0)
        --count;
    return true;
}

bool FaultInjector::takeDropBeforeBody(const QString &methodPath, bool isApiRequest)
{
    if (m_dropWhen != u"beforeBody"_s || !applies(methodPath, isApiRequest))
        return false;
    return take(m_dropCount);
}

FaultInjector::Decision FaultInjector::decide(const QString &methodPath, bool isApiRequest)
{
    Decision decision;
    if (!applies(methodPath, isApiRequest))
        return decision;
    decision.delayMs = m_latencyMs;
    if (m_stallMs > 0 && take(m_stallCount))
        decision.delayMs += m_stallMs;
    if (m_dropWhen == u"afterBody"_s && take(m_dropCount)) {
        decision.dropAfterBody = true;
        return decision;
    }
    if (m_rateLimitOn && take(m_rateLimitCount)) {
        decision.kind = Decision::Kind::RateLimit;
        decision.status = 429;
        decision.message = m_rateLimitMessage;
        decision.retryAfter = m_retryAfter;
        return decision;
    }
    if (m_failureCount > 0) {
        --m_failureCount;
        decision.kind = Decision::Kind::Fail;
    } else if (m_failureRate > 0 && QRandomGenerator::global()->generateDouble() < m_failureRate) {
        decision.kind = Decision::Kind::Fail;
    }
    if (decision.kind == Decision::Kind::Fail) {
        decision.status = m_failureStatus;
        decision.message = u"Injected failure"_s;
    }
    return decision;
}
