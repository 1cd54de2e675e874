#include "shell/upload/uploadcontroller.h"

#include "shell/main/themedicon.h"
#include "shell/upload/uploaddialog.h"
#include "shell/upload/uploadqueuepanel.h"

#include "core/session/session.h"
#include "core/upload/uploadchoices.h"
#include "core/upload/uploadqueue.h"
#include "core/upload/uploadqueuemodel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

QStringList uploadControllerLocalFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

UploadController::UploadController(QMainWindow *window, Session *session, QSettings *settings,
                                   const QString &journalPath)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_intake(new UploadIntake(this))
    , m_queue(new UploadQueue(journalPath.isEmpty()
                                  ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                        .filePath(u"uploads/journal.sqlite"_s)
                                  : journalPath,
                              this))
    , m_model(new UploadQueueModel(m_queue, this))
{
    m_panel = new UploadQueuePanel(m_model, window);
    m_dock = new QDockWidget(tr("Uploads"), window);
    m_dock->setObjectName(u"UploadsDock"_s);
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide(); // shown when there is something in the queue
    panelAction()->setText(tr("&Uploads"));
    panelAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    m_uploadAction =
        new QAction(themedIcon(u"document-send"_s, QStyle::SP_ArrowUp), tr("&Upload Files…"), this);
    m_uploadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_uploadAction->setStatusTip(tr("Upload PDF and JPEG files to LAS."));
    connect(m_uploadAction, &QAction::triggered, this, [this] { chooseFiles(false); });
    m_uploadFolderAction = new QAction(tr("Upload &Folder…"), this);
    m_uploadFolderAction->setStatusTip(tr("Upload every PDF and JPEG file in a folder and its subfolders."));
    connect(m_uploadFolderAction, &QAction::triggered, this, [this] { chooseFiles(true); });

    m_statusLabel = new QLabel(window);
    m_statusLabel->setAccessibleName(tr("Upload progress"));
    m_statusBar = new QProgressBar(window);
    m_statusBar->setRange(0, 1000);
    m_statusBar->setMaximumWidth(140);
    m_statusBar->setMaximumHeight(window->fontMetrics().height());
    m_statusBar->setTextVisible(false);
    m_statusBar->setAccessibleName(tr("Overall upload progress"));
    window->statusBar()->addPermanentWidget(m_statusLabel);
    window->statusBar()->addPermanentWidget(m_statusBar);

    if (!m_queue->journalError().isEmpty())
        m_statusLabel->setText(
            tr("Uploads are off: the upload journal cannot be opened (%1).").arg(m_queue->journalError()));

    window->setAcceptDrops(true);
    window->installEventFilter(this);
    connect(m_intake, &UploadIntake::collected, this, &UploadController::collected);
    connect(m_session, &Session::clientChanged, this, &UploadController::clientChanged);
    connect(m_model, &UploadQueueModel::overallChanged, this, &UploadController::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_dock->show(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_dock->show();
    });
    connect(m_panel, &UploadQueuePanel::documentActivated, this, &UploadController::documentActivated);
    clientChanged(m_session->client());
    updateStatus();
}

UploadController::~UploadController() = default;

QAction *UploadController::panelAction() const
{
    return m_dock->toggleViewAction();
}

void UploadController::clientChanged(las::Client *client)
{
    m_queue->setClient(client);
    if (client)
        showNextDialog();
}

bool UploadController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!uploadControllerLocalFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths = uploadControllerLocalFiles(drop->mimeData());
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                upload(paths);
                return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void UploadController::upload(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_intake->collect(paths);
    updateStatus();
}

void UploadController::chooseFiles(bool folder)
{
    auto *dialog = new QFileDialog(m_window, folder ? tr("Upload Folder") : tr("Upload Files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (folder) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setNameFilters({tr("Documents (*.pdf *.jpg *.jpeg)"), tr("All files (*)")});
    }
    connect(dialog, &QFileDialog::filesSelected, this, &UploadController::upload);
    dialog->open();
}

void UploadController::collected(const UploadIntake::Result &result)
{
    if (result.files.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Nothing to upload: the folders dropped have no files."), 8000);
        updateStatus();
        return;
    }
    m_drops.append(result);
    showNextDialog();
    updateStatus();
}

void UploadController::showNextDialog()
{
    // One dialog at a time; a drop made meanwhile waits its turn. Without a client the drops wait for one.
    if (m_dialog || m_drops.isEmpty() || !m_session->client())
        return;
    const UploadIntake::Result drop = m_drops.takeFirst();
    const QString profile = m_session->profile().name;
    const UploadChoices last = UploadChoices::load(m_settings, profile);
    m_dialog = new UploadDialog(drop, last, m_session->client(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    UploadDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, drop, profile] {
        const UploadChoices choices = dialog->choices();
        choices.save(m_settings, profile);
        las::UploadOptions options;
        options.batchId = choices.batchId;
        options.consentId = choices.consentId;
        options.modelId = choices.modelId;
        m_queue->add(drop.files, options);
        m_dock->show();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        // After this dialog is gone, the next drop's.
        QMetaObject::invokeMethod(this, &UploadController::showNextDialog, Qt::QueuedConnection);
        updateStatus();
    });
    dialog->open();
}

void UploadController::updateStatus()
{
    if (!m_queue->journalError().isEmpty())
        return;
    const UploadQueueModel::Overall overall = m_model->overall();
    const las::UploadTotals &t = overall.totals;
    QString text = m_model->overallText();
    if (m_intake->pending() > 0)
        text = tr("Looking through the dropped files…");
    else if (!m_drops.isEmpty() && !m_session->client())
        text = tr("Files to upload are waiting for you to sign in.");
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
    const bool running = t.checking + t.waiting + t.active > 0;
    m_statusBar->setVisible(running || m_intake->pending() > 0);
    if (m_intake->pending() > 0 && !running) {
        m_statusBar->setRange(0, 0);
    } else {
        m_statusBar->setRange(0, 1000);
        m_statusBar->setValue(t.bytesTotal > 0 ? int(t.bytesDone * 1000 / t.bytesTotal) : 0);
    }
}
