#include "core/settings/preferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

Preferences::Preferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

qint64 Preferences::contentCacheBytes() const
{
    const qint64 bytes =
        m_settings->value(u"preferences/contentCacheBytes"_s, DefaultContentCacheBytes).toLongLong();
    return qMax(bytes, MinContentCacheBytes);
}

void Preferences::setContentCacheBytes(qint64 bytes)
{
    m_settings->setValue(u"preferences/contentCacheBytes"_s, qMax(bytes, MinContentCacheBytes));
    Q_EMIT changed();
}

int Preferences::documentPageSize() const
{
    return qBound(10, m_settings->value(u"preferences/documentPageSize"_s, DefaultPageSize).toInt(), 1000);
}

void Preferences::setDocumentPageSize(int size)
{
    m_settings->setValue(u"preferences/documentPageSize"_s, qBound(10, size, 1000));
    Q_EMIT changed();
}

int Preferences::requestTimeoutSeconds() const
{
    return qBound(5, m_settings->value(u"preferences/requestTimeoutSeconds"_s, 60).toInt(), 600);
}

void Preferences::setRequestTimeoutSeconds(int seconds)
{
    m_settings->setValue(u"preferences/requestTimeoutSeconds"_s, qBound(5, seconds, 600));
    Q_EMIT changed();
}

int Preferences::confidenceHighPercent() const
{
    return qBound(2, m_settings->value(u"preferences/confidenceHighPercent"_s, 90).toInt(), 99);
}

int Preferences::confidenceLowPercent() const
{
    const int low = qBound(1, m_settings->value(u"preferences/confidenceLowPercent"_s, 50).toInt(), 98);
    return qMin(low, confidenceHighPercent() - 1);
}

void Preferences::setConfidenceBands(int lowPercent, int highPercent)
{
    highPercent = qBound(2, highPercent, 99);
    lowPercent = qBound(1, lowPercent, highPercent - 1);
    m_settings->setValue(u"preferences/confidenceHighPercent"_s, highPercent);
    m_settings->setValue(u"preferences/confidenceLowPercent"_s, lowPercent);
    Q_EMIT changed();
}
