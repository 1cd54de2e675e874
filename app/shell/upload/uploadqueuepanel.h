#pragma once

#include "core/upload/uploaddropsummary.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class UploadQueueModel;

// The upload queue: one row per file (name, size, state, progress, speed, message, document, prediction),
// the queue's commands (pause/resume all or the selected rows, cancel selected or all, retry failed, upload
// anyway, clear finished; the same for the selection in a context menu), and one calm line when a drop is
// done, with its reasons behind "Details…".
class UploadQueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit UploadQueuePanel(UploadQueueModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summaryText; }
    QFrame *summaryBar() const { return m_summaryBar; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *holdSelectedButton() const { return m_holdSelected; }
    QPushButton *cancelSelectedButton() const { return m_cancelSelected; }
    QPushButton *cancelAllButton() const { return m_cancelAll; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *forceButton() const { return m_force; }
    const UploadDropSummary &lastSummary() const { return m_summary; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void documentActivated(const QString &documentId);

private:
    void updateActions();
    void showSummary(const UploadDropSummary &summary);
    void showDetails();
    void showContextMenu(const QPoint &pos);
    // Whether the selection's unfinished rows are all held (then the button resumes them).
    bool selectionHeld() const;
    QList<qint64> selectedIds() const;

    UploadQueueModel *m_model;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QFrame *m_summaryBar = nullptr;
    QLabel *m_summaryText = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_holdSelected = nullptr;
    QPushButton *m_cancelSelected = nullptr;
    QPushButton *m_cancelAll = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_force = nullptr;
    QPushButton *m_clear = nullptr;
    UploadDropSummary m_summary;
    QTimer m_actionsTimer;
};
