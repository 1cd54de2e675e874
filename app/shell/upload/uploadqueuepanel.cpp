#include "shell/upload/uploadqueuepanel.h"

#include "shell/main/themedicon.h"
#include "shell/upload/uploadprogressdelegate.h"

#include "core/upload/uploadqueue.h"
#include "core/upload/uploadqueuemodel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UploadQueuePanel::UploadQueuePanel(UploadQueueModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"UploadQueuePanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_summaryBar = new QFrame(this);
    m_summaryBar->setAccessibleName(tr("Upload summary"));
    m_summaryBar->setFrameShape(QFrame::StyledPanel);
    m_summaryBar->setAutoFillBackground(true);
    m_summaryBar->setBackgroundRole(QPalette::AlternateBase);
    auto *summaryLayout = new QHBoxLayout(m_summaryBar);
    summaryLayout->setContentsMargins(8, 4, 4, 4);
    m_summaryText = new QLabel(m_summaryBar);
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QPushButton(tr("&Details…"), m_summaryBar);
    auto *close = new QToolButton(m_summaryBar);
    close->setIcon(themedIcon(u"window-close"_s, QStyle::SP_TitleBarCloseButton));
    close->setAccessibleName(tr("Close the summary"));
    close->setToolTip(tr("Close the summary"));
    close->setAutoRaise(true);
    summaryLayout->addWidget(m_summaryText, 1);
    summaryLayout->addWidget(m_details);
    summaryLayout->addWidget(close);
    m_summaryBar->hide();
    layout->addWidget(m_summaryBar);
    connect(close, &QToolButton::clicked, m_summaryBar, &QWidget::hide);
    connect(m_details, &QPushButton::clicked, this, &UploadQueuePanel::showDetails);

    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton(this);
    m_holdSelected = new QPushButton(tr("Pause &Selected"), this);
    m_cancelSelected = new QPushButton(tr("&Cancel Selected"), this);
    m_cancelAll = new QPushButton(tr("Cancel &All"), this);
    m_retry = new QPushButton(tr("&Retry Failed"), this);
    m_force = new QPushButton(tr("Upload &Anyway"), this);
    m_force->setToolTip(tr("Upload the selected files even though the same content was uploaded before."));
    m_clear = new QPushButton(tr("Clear &Finished"), this);
    for (QPushButton *b : {m_pause, m_holdSelected, m_cancelSelected, m_cancelAll, m_retry, m_force, m_clear})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_stack = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Drop PDF or JPEG files, or whole folders, anywhere in the window to upload "
                                "them, or choose File → Upload…"),
                             m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setAccessibleName(tr("Upload queue"));
    m_view = new QTableView(m_stack);
    m_view->setObjectName(u"UploadQueueView"_s);
    m_view->setAccessibleName(tr("Upload queue"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures ten thousand rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setItemDelegateForColumn(UploadQueueModel::ProgressColumn, new UploadProgressDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(UploadQueueModel::NameColumn, 18 * em);
    header->resizeSection(UploadQueueModel::SizeColumn, 6 * em);
    header->resizeSection(UploadQueueModel::StateColumn, 11 * em);
    header->resizeSection(UploadQueueModel::ProgressColumn, 8 * em);
    header->resizeSection(UploadQueueModel::SpeedColumn, 6 * em);
    // The reason is what the user reads: it takes the room left; IDs get their full width.
    header->setSectionResizeMode(UploadQueueModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(
        UploadQueueModel::DocumentColumn,
        fontMetrics().horizontalAdvance(u"las:document:0123456789abcdef0123456789abcdef"_s) + em);
    header->resizeSection(UploadQueueModel::PredictionColumn, 20 * em);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    UploadQueue *queue = model->queue();
    connect(m_pause, &QPushButton::clicked, this, [this, queue] {
        if (m_model->overall().paused)
            queue->resume();
        else
            queue->pause();
    });
    connect(m_holdSelected, &QPushButton::clicked, this, [this, queue] {
        if (selectionHeld())
            queue->resumeItems(selectedIds());
        else
            queue->pauseItems(selectedIds());
    });
    connect(m_cancelSelected, &QPushButton::clicked, this, [this, queue] { queue->cancel(selectedIds()); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &UploadQueuePanel::showContextMenu);
    // Rows changing (one finishing) change what the selection allows; coalesced, the view may hold 10,000.
    m_actionsTimer.setSingleShot(true);
    m_actionsTimer.setInterval(150);
    connect(&m_actionsTimer, &QTimer::timeout, this, &UploadQueuePanel::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_view->selectionModel()->hasSelection() && !m_actionsTimer.isActive())
            m_actionsTimer.start();
    });
    connect(m_cancelAll, &QPushButton::clicked, queue, &UploadQueue::cancelAll);
    connect(m_retry, &QPushButton::clicked, queue, &UploadQueue::retryFailed);
    connect(m_force, &QPushButton::clicked, this, [this, queue] { queue->forceUpload(selectedIds()); });
    connect(m_clear, &QPushButton::clicked, queue, &UploadQueue::clearFinished);
    auto *cancelKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(cancelKey, &QShortcut::activated, this, [this, queue] { queue->cancel(selectedIds()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(UploadQueueModel::DocumentIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT documentActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UploadQueuePanel::updateActions);
    connect(model, &UploadQueueModel::overallChanged, this, &UploadQueuePanel::updateActions);
    connect(model, &QAbstractItemModel::rowsInserted, this, &UploadQueuePanel::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &UploadQueuePanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &UploadQueuePanel::updateActions);
    connect(model, &UploadQueueModel::dropFinished, this, &UploadQueuePanel::showSummary);
    updateActions();
}

bool UploadQueuePanel::selectionHeld() const
{
    bool anyOpen = false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const las::UploadItem item = m_model->item(index.row());
        if (item.isFinished())
            continue;
        if (!item.held)
            return false;
        anyOpen = true;
    }
    return anyOpen;
}

void UploadQueuePanel::showContextMenu(const QPoint &pos)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    UploadQueue *queue = m_model->queue();
    bool anyOpen = false;
    bool anyHeld = false;
    bool anyRunnable = false;
    bool anyRetryable = false;
    bool anySkipped = false;
    QString documentId;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const las::UploadItem item = m_model->item(index.row());
        anyOpen |= !item.isFinished();
        anyHeld |= !item.isFinished() && item.held;
        anyRunnable |= !item.isFinished() && !item.held;
        anyRetryable |= item.state == las::UploadState::Failed || item.state == las::UploadState::Cancelled;
        anySkipped |= item.state == las::UploadState::Skipped;
        if (rows.size() == 1)
            documentId = index.data(UploadQueueModel::DocumentIdRole).toString();
    }
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open Document"));
    open->setEnabled(!documentId.isEmpty());
    connect(open, &QAction::triggered, this, [this, documentId] { Q_EMIT documentActivated(documentId); });
    menu.addSeparator();
    QAction *pause = menu.addAction(tr("&Pause"));
    pause->setEnabled(anyRunnable);
    connect(pause, &QAction::triggered, queue, [queue, ids] { queue->pauseItems(ids); });
    QAction *resume = menu.addAction(tr("&Resume"));
    resume->setEnabled(anyHeld);
    connect(resume, &QAction::triggered, queue, [queue, ids] { queue->resumeItems(ids); });
    QAction *cancel = menu.addAction(tr("&Cancel"));
    cancel->setEnabled(anyOpen);
    connect(cancel, &QAction::triggered, queue, [queue, ids] { queue->cancel(ids); });
    QAction *retry = menu.addAction(tr("Re&try"));
    retry->setEnabled(anyRetryable);
    connect(retry, &QAction::triggered, queue, [queue, ids] { queue->retry(ids); });
    QAction *force = menu.addAction(tr("Upload &Anyway"));
    force->setEnabled(anySkipped);
    connect(force, &QAction::triggered, queue, [queue, ids] { queue->forceUpload(ids); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QList<qint64> UploadQueuePanel::selectedIds() const
{
    return m_model->ids(m_view->selectionModel()->selectedRows());
}

void UploadQueuePanel::updateActions()
{
    const UploadQueueModel::Overall overall = m_model->overall();
    const las::UploadTotals &t = overall.totals;
    const bool engine = m_model->queue()->engine() != nullptr;
    const int open = t.checking + t.waiting + t.active;
    m_pause->setText(overall.paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setToolTip(overall.paused ? tr("Go on uploading.")
                                       : tr("Start no new uploads; those under way finish."));
    m_pause->setEnabled(engine && (overall.paused || open > 0));
    bool anyOpenSelected = false;
    bool anySkippedSelected = false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const las::UploadItem item = m_model->item(index.row());
        anyOpenSelected |= !item.isFinished();
        anySkippedSelected |= item.state == las::UploadState::Skipped;
    }
    const bool held = selectionHeld();
    m_holdSelected->setText(held ? tr("Resume &Selected") : tr("Pause &Selected"));
    m_holdSelected->setToolTip(held ? tr("Go on uploading the selected files.")
                                    : tr("Send nothing more for the selected files until you resume them; "
                                         "the rest of the queue goes on."));
    m_holdSelected->setEnabled(engine && anyOpenSelected);
    m_cancelSelected->setEnabled(anyOpenSelected);
    m_cancelAll->setEnabled(open > 0);
    m_retry->setEnabled(t.failed > 0);
    m_force->setEnabled(anySkippedSelected);
    m_clear->setEnabled(t.finished() > 0);
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
}

void UploadQueuePanel::showSummary(const UploadDropSummary &summary)
{
    m_summary = summary;
    m_summaryText->setText(summary.text());
    m_details->setVisible(!summary.details().isEmpty());
    m_summaryBar->show();
}

void UploadQueuePanel::showDetails()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Upload Summary"));
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(m_summary.text(), dialog);
    label->setWordWrap(true);
    auto *text = new QPlainTextEdit(m_summary.details(), dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setAccessibleName(tr("Reasons"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    dialog->open();
}

QByteArray UploadQueuePanel::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void UploadQueuePanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}
