#pragma once

#include <QDialog>

class Preferences;
class QSpinBox;

// Edit > Preferences: the content cache size, how many documents each list request fetches, how long a
// request may take, and the confidence bands of predicted fields.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);

    QSpinBox *cacheSizeBox() const { return m_cacheMiB; }
    QSpinBox *confidenceHighBox() const { return m_confidenceHigh; }
    QSpinBox *confidenceLowBox() const { return m_confidenceLow; }

private:
    void apply();

    Preferences *m_preferences;
    QSpinBox *m_cacheMiB;
    QSpinBox *m_pageSize;
    QSpinBox *m_timeout;
    QSpinBox *m_confidenceHigh;
    QSpinBox *m_confidenceLow;
};
