#pragma once

#include "core/upload/uploadintake.h"
#include "shell/upload/uploaddialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QProgressBar;
class QSettings;
class Session;

class UploadQueue;
class UploadQueueModel;
class UploadQueuePanel;

namespace las {
class Client;
}

// Bulk upload in the main window: files dropped anywhere on it (files and folders), File → Upload…, and
// files handed over by the command line or a second instance all go the same way — walked off the UI thread,
// one dialog per drop for batch/consent/model (last choices remembered per profile), then the queue. Owns
// the core's queue and model, the queue panel (a dock at the bottom) and the status bar's upload progress.
class UploadController : public QObject
{
    Q_OBJECT
public:
    // window, session and settings are not owned and must outlive this. journalPath: the upload journal
    // (empty: <app data>/uploads/journal.sqlite).
    UploadController(QMainWindow *window, Session *session, QSettings *settings,
                     const QString &journalPath = {});
    ~UploadController() override;

    // Takes files and folders in, as a drop does.
    void upload(const QStringList &paths);

    QAction *uploadAction() const { return m_uploadAction; }
    QAction *uploadFolderAction() const { return m_uploadFolderAction; }
    QAction *panelAction() const;
    QDockWidget *dock() const { return m_dock; }
    UploadQueuePanel *panel() const { return m_panel; }
    UploadQueue *queue() const { return m_queue; }
    UploadQueueModel *model() const { return m_model; }
    UploadIntake *intake() const { return m_intake; }
    // The dialog on screen for the current drop, if any (tests).
    UploadDialog *dialog() const { return m_dialog; }
    QLabel *statusLabel() const { return m_statusLabel; }

Q_SIGNALS:
    void documentActivated(const QString &documentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clientChanged(las::Client *client);
    void collected(const UploadIntake::Result &result);
    void showNextDialog();
    void updateStatus();
    void chooseFiles(bool folder);

    QMainWindow *m_window;
    Session *m_session;
    QSettings *m_settings;
    UploadIntake *m_intake;
    UploadQueue *m_queue;
    UploadQueueModel *m_model;
    UploadQueuePanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_uploadAction = nullptr;
    QAction *m_uploadFolderAction = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_statusBar = nullptr;
    QList<UploadIntake::Result> m_drops; // walked, waiting for their dialog
    QPointer<UploadDialog> m_dialog;
};
