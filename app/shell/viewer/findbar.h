#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// The search field under the pages: type to search (after a short pause), Enter / Shift+Enter for the
// next / previous hit, Escape closes.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    // Shows the bar, focuses the field and selects its text.
    void activate();
    void setSearching();
    void setResult(int current, int total); // current counts from 0; total 0: no match
    void setUnavailable(const QString &why);

Q_SIGNALS:
    void searchRequested(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestSearch();

    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QTimer *m_debounce;
    QString m_searched;
};
