#pragma once

#include <QDialog>

class Preferences;
class QSpinBox;

// Edit > Preferences: the content cache size, how many documents each list request fetches, and how long a
// request may take.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);

    QSpinBox *cacheSizeBox() const { return m_cacheMiB; }

private:
    void apply();

    Preferences *m_preferences;
    QSpinBox *m_cacheMiB;
    QSpinBox *m_pageSize;
    QSpinBox *m_timeout;
};
