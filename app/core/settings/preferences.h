#pragma once

#include <QObject>

class QSettings;

// The user's choices in Preferences, kept in QSettings (group "preferences").
class Preferences : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultContentCacheBytes = 512LL * 1024 * 1024;
    static constexpr qint64 MinContentCacheBytes = 16LL * 1024 * 1024;
    static constexpr int DefaultPageSize = 100;

    // settings is not owned and must outlive this.
    explicit Preferences(QSettings *settings, QObject *parent = nullptr);

    // Bytes of document content kept on disk for reopening and offline work.
    qint64 contentCacheBytes() const;
    void setContentCacheBytes(qint64 bytes);
    // Documents fetched per request while scrolling the list (10..1000).
    int documentPageSize() const;
    void setDocumentPageSize(int size);
    // Seconds a request may take before it is given up (5..600).
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);
    // Confidence bands of predicted fields, in percent: at or above `high` a field is trusted, below `low`
    // it is flagged for review; low < high, both 1..99.
    int confidenceHighPercent() const;
    int confidenceLowPercent() const;
    void setConfidenceBands(int lowPercent, int highPercent);

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
};
