#pragma once

#include <QWidget>

class DocumentListModel;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTableView;
class QFrame;

// The documents pane: filter by batch and consent, the list (fetching pages as it scrolls), and its
// states — signed out, loading, empty, and a failed page with a retry.
class DocumentListPane : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentListPane(DocumentListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Shown instead of the list while there is no signed-in client (e.g. "Signing in…" or why it failed).
    void setUnavailableMessage(const QString &message);
    void clearUnavailableMessage();
    void focusFilter();
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentDocumentChanged(const QString &documentId);
    void documentActivated(const QString &documentId);

private:
    void applyFilter();
    void updateState();
    void updateSuggestions();

    DocumentListModel *m_model;
    QComboBox *m_batch;
    QComboBox *m_consent;
    QToolButton *m_refresh;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_placeholder;
    QFrame *m_errorBar;
    QLabel *m_errorText;
    QPushButton *m_retry;
    QLabel *m_loading;
    QString m_unavailable;
};
