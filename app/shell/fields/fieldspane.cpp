#include "shell/fields/fieldspane.h"

#include "core/fields/documentreview.h"
#include "core/fields/draftstore.h"
#include "core/fields/fieldsmodel.h"
#include "core/fields/groundtruthmodel.h"
#include "core/fields/groundtruthsaver.h"
#include "core/fields/pagetextpicker.h"
#include "core/fields/predictionrun.h"
#include "core/fields/valuelocator.h"
#include "core/fields/valuenormaliser.h"
#include "core/settings/preferences.h"
#include "core/viewer/pagerenderer.h"
#include "shell/fields/conflictdialog.h"
#include "shell/fields/fieldboxes.h"
#include "shell/fields/groundtrutheditor.h"
#include "shell/fields/keyhelpoverlay.h"
#include "shell/viewer/overlaylayer.h"
#include "shell/viewer/pageview.h"
#include "shell/viewer/viewerpane.h"

#include "api/inputvalidator.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Tints a prediction row by its confidence band; the glyph in the confidence column says the same
// without colour.
class FieldsPaneBandDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto band = ConfidenceBand::Band(index.data(FieldsModel::BandRole).toInt());
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        QColor tint;
        switch (band) {
        case ConfidenceBand::Band::High:
            tint = dark ? QColor(0x1b, 0x3d, 0x1f) : QColor(0xe6, 0xf4, 0xe7);
            break;
        case ConfidenceBand::Band::Medium:
            tint = dark ? QColor(0x4a, 0x3b, 0x10) : QColor(0xfd, 0xf3, 0xd9);
            break;
        case ConfidenceBand::Band::Low:
            tint = dark ? QColor(0x55, 0x1c, 0x1c) : QColor(0xfb, 0xe4, 0xe4);
            break;
        }
        option->backgroundBrush = tint;
        if (index.column() == FieldsModel::PositionColumn && !index.data(FieldsModel::LocatedRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

QFrame *fieldsPaneBar(QWidget *parent, const QString &accessibleName)
{
    auto *bar = new QFrame(parent);
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    bar->setAccessibleName(accessibleName);
    bar->hide();
    return bar;
}

QLabel *fieldsPaneHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

FieldsPane::FieldsPane(ViewerPane *viewer, Preferences *preferences, DraftStore *drafts, QWidget *parent)
    : QWidget(parent)
    , m_viewer(viewer)
    , m_preferences(preferences)
    , m_ownDrafts(drafts ? nullptr : std::make_unique<DraftStore>())
    , m_drafts(drafts ? drafts : m_ownDrafts.get())
    , m_review(new DocumentReview(m_drafts, this))
    , m_locator(new ValueLocator(this))
    , m_boxes(new FieldBoxes(viewer->overlayLayer(), m_review->fields(), this))
    , m_picker(new PageTextPicker(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Predictions and ground truth appear here."), this))
{
    setAccessibleName(tr("Fields"));
    m_review->setContentCache(viewer->contentCache()); // one download of a new document, not two
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMinimumWidth(120);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    m_title = new QLabel(content);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_draftBanner = fieldsPaneBar(content, tr("Unsaved draft"));
    m_draftText = new QLabel(m_draftBanner);
    m_draftText->setWordWrap(true);
    m_restoreDraft = new QPushButton(tr("&Restore Draft"), m_draftBanner);
    m_discardDraft = new QPushButton(tr("&Discard Draft"), m_draftBanner);
    auto *draftLayout = new QVBoxLayout(m_draftBanner);
    draftLayout->addWidget(m_draftText);
    auto *draftButtons = new QHBoxLayout;
    draftButtons->addStretch(1);
    draftButtons->addWidget(m_discardDraft);
    draftButtons->addWidget(m_restoreDraft);
    draftLayout->addLayout(draftButtons);
    layout->addWidget(m_draftBanner);

    m_messageBar = fieldsPaneBar(content, tr("Fields message"));
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeMessage = new QToolButton(m_messageBar);
    closeMessage->setText(tr("Close"));
    closeMessage->setAccessibleName(tr("Close the message"));
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->addWidget(m_messageText, 1);
    messageLayout->addWidget(closeMessage, 0, Qt::AlignTop);
    connect(closeMessage, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    layout->addWidget(m_messageBar);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setChildrenCollapsible(false);

    // Predictions and a model run.
    auto *predictions = new QWidget(splitter);
    auto *predictionsLayout = new QVBoxLayout(predictions);
    predictionsLayout->setContentsMargins(0, 0, 0, 0);
    predictionsLayout->addWidget(fieldsPaneHeading(tr("Predictions"), predictions));
    auto *runRow = new QHBoxLayout;
    m_modelBox = new QComboBox(predictions);
    m_modelBox->setAccessibleName(tr("Model"));
    m_modelBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelBox->setMinimumContentsLength(12);
    m_maxPages = new QSpinBox(predictions);
    m_maxPages->setRange(las::InputValidator::MinMaxPages, las::InputValidator::MaxMaxPages);
    m_maxPages->setPrefix(tr("Pages: "));
    m_maxPages->setAccessibleName(tr("Pages the model reads"));
    m_autoRotate = new QCheckBox(tr("Auto-rotate"), predictions);
    m_autoRotate->setAccessibleName(tr("Turn pages upright before reading"));
    m_runButton = new QPushButton(tr("Run &Model"), predictions);
    m_runButton->setAccessibleName(tr("Run the model on this document"));
    runRow->addWidget(m_modelBox, 1);
    runRow->addWidget(m_maxPages);
    runRow->addWidget(m_autoRotate);
    runRow->addWidget(m_runButton);
    predictionsLayout->addLayout(runRow);
    m_runStatus = new QLabel(predictions);
    m_runStatus->setWordWrap(true);
    m_runStatus->setAccessibleName(tr("Model run"));
    predictionsLayout->addWidget(m_runStatus);
    m_tree = new QTreeView(predictions);
    m_tree->setModel(m_review->fields());
    m_tree->setItemDelegate(new FieldsPaneBandDelegate(m_tree));
    m_tree->setAccessibleName(tr("Predicted fields"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    predictionsLayout->addWidget(m_tree, 1);

    // Ground truth.
    auto *truth = new QWidget(splitter);
    auto *truthLayout = new QVBoxLayout(truth);
    truthLayout->setContentsMargins(0, 0, 0, 0);
    auto *truthHeader = new QHBoxLayout;
    truthHeader->addWidget(fieldsPaneHeading(tr("Ground truth"), truth), 1);
    m_saveStatus = new QLabel(truth);
    m_saveStatus->setAccessibleName(tr("Save state"));
    truthHeader->addWidget(m_saveStatus);
    truthLayout->addLayout(truthHeader);
    m_editor = new GroundTruthEditor(m_review->groundTruth(), truth);
    createActions();
    auto *tools = new QHBoxLayout;
    for (QAction *action : {m_addRow, m_removeRow, m_moveUp, m_moveDown, m_fill, m_undo, m_redo}) {
        auto *button = new QToolButton(truth);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        tools->addWidget(button);
    }
    tools->addStretch(1);
    m_saveButton = new QPushButton(tr("&Save"), truth);
    m_saveButton->setToolTip(tr("Save the ground truth (%1)")
                                 .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_saveButton, &QPushButton::clicked, this, &FieldsPane::save);
    tools->addWidget(m_saveButton);
    truthLayout->addLayout(tools);
    truthLayout->addWidget(m_editor, 1);
    splitter->addWidget(predictions);
    splitter->addWidget(truth);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({300, 600});
    layout->addWidget(splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // The review and the page.
    connect(m_review, &DocumentReview::stateChanged, this, &FieldsPane::updateState);
    connect(m_review, &DocumentReview::loaded, this, &FieldsPane::locate);
    connect(m_review, &DocumentReview::draftFound, this, &FieldsPane::onDraftFound);
    connect(m_review, &DocumentReview::modifiedChanged, this, &FieldsPane::updateSaveStatus);
    connect(m_review, &DocumentReview::draftError, this, &FieldsPane::showMessage);
    connect(m_review, &DocumentReview::conflict, this,
            [this](const QList<FieldConflict::Row> &rows, const las::LasDocument &) { onConflict(rows); });
    connect(m_review, &DocumentReview::saved, this, [this] {
        m_saveProblem.clear();
        updateSaveStatus();
        Q_EMIT statusMessage(tr("Ground truth saved."));
    });
    connect(m_review, &DocumentReview::saveFailed, this, [this](const QString &message, bool) {
        m_saveProblem = message;
        showMessage(message);
        updateSaveStatus();
    });
    connect(m_review->saver(), &GroundTruthSaver::stateChanged, this, &FieldsPane::updateSaveStatus);
    connect(m_review->fields(), &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        for (int c = 0; c < FieldsModel::PositionColumn; ++c)
            m_tree->resizeColumnToContents(c);
    });
    connect(m_review->predictionRun(), &PredictionRun::modelsLoaded, this,
            [this](const QList<las::Model> &models) {
                const QString previous = m_modelBox->currentData().toString();
                m_modelBox->clear();
                for (const las::Model &model : models)
                    m_modelBox->addItem(PredictionRun::modelName(model), model.modelId);
                const int index = m_modelBox->findData(previous);
                m_modelBox->setCurrentIndex(index >= 0 ? index : 0);
                if (models.isEmpty())
                    m_modelBox->setPlaceholderText(tr("No models in this account"));
                updateState();
            });
    connect(m_modelBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_modelBox->currentData().toString();
        for (const las::Model &model : m_review->predictionRun()->models()) {
            if (model.modelId == id) {
                m_maxPages->setValue(qBound(1, model.preprocessConfig.maxPages, 3));
                m_autoRotate->setChecked(model.preprocessConfig.autoRotate);
            }
        }
    });
    connect(m_review->predictionRun(), &PredictionRun::modelsFailed, this, [this](const QString &message) {
        m_runStatus->setText(tr("The models cannot be listed. %1").arg(message));
    });
    connect(m_review->predictionRun(), &PredictionRun::started, this, [this] {
        m_runStatus->setText(tr("The model is reading the document…"));
        updateState();
    });
    connect(m_review, &DocumentReview::predictionFinished, this,
            [this](const las::PredictionResponse &response) {
                const QString text = tr("The model answered %1 fields in %2 s.")
                                         .arg(response.predictions.size())
                                         .arg(QLocale().toString(response.inferenceTime, 'f', 2));
                m_runStatus->setText(text);
                Q_EMIT statusMessage(text);
                updateState();
                locate();
            });
    connect(m_review, &DocumentReview::predictionFailed, this, [this](const QString &message) {
        m_runStatus->setText(tr("\u26A0 %1").arg(message));
        showMessage(message);
        updateState();
    });
    connect(m_runButton, &QPushButton::clicked, this, &FieldsPane::runModel);
    connect(m_restoreDraft, &QPushButton::clicked, this, [this] {
        m_review->restoreDraft();
        m_draftBanner->hide();
        updateState();
        m_editor->focusRow(0);
        Q_EMIT statusMessage(tr("Draft restored."));
    });
    connect(m_discardDraft, &QPushButton::clicked, this, [this] {
        m_review->discardDraft();
        m_draftBanner->hide();
        updateState();
    });

    connect(m_locator, &ValueLocator::located, this, &FieldsPane::onLocated);
    connect(m_viewer, &ViewerPane::stateChanged, this, [this] { locate(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncingFocus)
                    onFieldFocused(current.data(FieldsModel::FieldIdRole).toString(), true);
            });
    connect(m_editor, &GroundTruthEditor::currentRowChanged, this, &FieldsPane::onEditorRowChanged);
    connect(m_review->groundTruth(), &GroundTruthModel::rowChanged, this, [this](int row) {
        if (row == m_editor->currentRow())
            onEditorRowChanged(row); // its label may have changed
    });
    connect(m_boxes, &FieldBoxes::fieldClicked, this, &FieldsPane::onBoxClicked);
    connect(m_boxes, &FieldBoxes::candidateClicked, this, &FieldsPane::onCandidateClicked);
    connect(m_viewer->overlayLayer(), &OverlayLayer::itemHovered, this, [this](const QString &id) {
        if (const auto item = m_viewer->overlayLayer()->item(id); item && !item->toolTip.isEmpty())
            Q_EMIT statusMessage(QString(item->toolTip).replace(u'\n', u"  ·  "_s));
    });
    connect(m_viewer->pageView(), &PageView::textPicked, this, &FieldsPane::onTextPicked);
    connect(m_picker, &PageTextPicker::picked, this,
            [this](int page, const QString &text, const QList<QRectF> &) { onPicked(page, text); });
    connect(m_picker, &PageTextPicker::nothingPicked, this, &FieldsPane::statusMessage);
    if (m_preferences)
        connect(m_preferences, &Preferences::changed, this, &FieldsPane::applyPreferences);
    applyPreferences();
    updateState();
}

FieldsPane::~FieldsPane()
{
    // The review's children signal while they are destroyed (the undo stack clears itself): not to a half
    // destroyed pane.
    for (QObject *sender : std::initializer_list<QObject *>{
             m_review, m_review->fields(), m_review->groundTruth(), m_review->groundTruth()->undoStack(),
             m_review->saver(), m_review->predictionRun(), m_editor, m_boxes, m_locator, m_picker})
        disconnect(sender, nullptr, this, nullptr);
    delete m_review;
    m_viewer->overlayLayer()->clear();
    m_viewer->pageView()->setTextPicking(false);
}

void FieldsPane::createActions()
{
    auto make = [this](const QString &text, const QString &icon, const QList<QKeySequence> &keys) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        if (!keys.isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    GroundTruthModel *model = m_review->groundTruth();
    m_save = make(tr("Save Ground Truth"), u"document-save"_s, {QKeySequence(Qt::CTRL | Qt::Key_S)});
    m_undo = make(tr("Undo"), u"edit-undo"_s, {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redo = make(tr("Redo"), u"edit-redo"_s,
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_addRow = make(tr("Add Field"), u"list-add"_s, {QKeySequence(Qt::CTRL | Qt::Key_N)});
    m_removeRow = make(tr("Remove Field"), u"list-remove"_s, {QKeySequence(Qt::CTRL | Qt::Key_Delete)});
    m_moveUp = make(tr("Move Field Up"), u"go-up"_s, {QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_moveDown = make(tr("Move Field Down"), u"go-down"_s, {QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_fill = make(tr("Fill from Predictions"), u"edit-paste"_s, {});
    m_help = make(tr("Keyboard Keys"), u"help-keybord-shortcuts"_s, {QKeySequence(Qt::Key_F1)});
    m_focusFields = make(tr("Go to the Fields"), QString(), {QKeySequence(Qt::CTRL | Qt::Key_3)});
    // Icon-less themes: short text on the tool buttons.
    m_addRow->setIconText(tr("+"));
    m_removeRow->setIconText(tr("−"));
    m_moveUp->setIconText(tr("↑"));
    m_moveDown->setIconText(tr("↓"));
    m_fill->setIconText(tr("Fill"));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));

    connect(m_save, &QAction::triggered, this, &FieldsPane::save);
    connect(m_undo, &QAction::triggered, model->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, model->undoStack(), &QUndoStack::redo);
    connect(model->undoStack(), &QUndoStack::canUndoChanged, this, &FieldsPane::updateState);
    connect(model->undoStack(), &QUndoStack::canRedoChanged, this, &FieldsPane::updateState);
    connect(m_addRow, &QAction::triggered, this, [this, model] {
        const int at = m_editor->currentRow() >= 0 ? m_editor->currentRow() + 1 : model->rowCount();
        model->insertRow(at);
    });
    connect(m_removeRow, &QAction::triggered, this,
            [this, model] { model->removeRow(m_editor->currentRow()); });
    connect(m_moveUp, &QAction::triggered, this, [this, model] {
        const int row = m_editor->currentRow();
        model->moveRow(row, row - 1);
    });
    connect(m_moveDown, &QAction::triggered, this, [this, model] {
        const int row = m_editor->currentRow();
        model->moveRow(row, row + 1);
    });
    connect(m_fill, &QAction::triggered, m_review, &DocumentReview::fillFromPredictions);
    connect(m_help, &QAction::triggered, this, [this] {
        if (!m_keyHelp)
            m_keyHelp = new KeyHelpOverlay(window());
        if (m_keyHelp->isVisible())
            m_keyHelp->hide();
        else
            m_keyHelp->showOverParent();
    });
    connect(m_focusFields, &QAction::triggered, this, [this] {
        if (m_editor->currentRow() >= 0 && !m_editor->isReadOnly())
            m_editor->focusRow(m_editor->currentRow());
        else if (m_review->groundTruth()->rowCount() > 0 && !m_editor->isReadOnly())
            m_editor->focusRow(0);
        else
            m_tree->setFocus(Qt::ShortcutFocusReason);
    });
}

ConflictDialog *FieldsPane::conflictDialog() const
{
    return m_conflictDialog;
}

QList<QAction *> FieldsPane::fieldActions() const
{
    return {m_save,   m_undo,     m_redo, m_addRow,      m_removeRow,
            m_moveUp, m_moveDown, m_fill, m_focusFields, m_help};
}

void FieldsPane::setClient(las::Client *client)
{
    m_review->setClient(client);
    m_modelBox->clear();
    if (client)
        m_review->predictionRun()->loadModels();
    if (client && !m_review->documentId().isEmpty() && m_review->state() == DocumentReview::State::Failed)
        m_review->reload();
    updateState();
}

void FieldsPane::openDocument(const QString &documentId)
{
    if (documentId == m_review->documentId() && m_review->state() != DocumentReview::State::Failed)
        return;
    m_messageBar->hide();
    m_draftBanner->hide();
    m_runStatus->clear();
    m_saveProblem.clear();
    m_boxes->setFocusedField({});
    m_viewer->overlayLayer()->clear();
    m_locatedDocument.clear();
    m_locateRounds = 0;
    if (m_conflictDialog)
        m_conflictDialog->reject();
    m_review->open(documentId);
    updateState();
}

void FieldsPane::clear()
{
    m_review->close();
    m_viewer->overlayLayer()->clear();
    m_messageBar->hide();
    m_draftBanner->hide();
    updateState();
}

void FieldsPane::applyPreferences()
{
    if (!m_preferences)
        return;
    m_review->fields()->setConfidenceBand(ConfidenceBand(m_preferences->confidenceLowPercent() / 100.0,
                                                         m_preferences->confidenceHighPercent() / 100.0));
    m_boxes->refresh();
}

void FieldsPane::updateState()
{
    const DocumentReview::State state = m_review->state();
    const bool ready = state == DocumentReview::State::Ready;
    m_stack->setCurrentIndex(state == DocumentReview::State::Empty ? 0 : 1);
    switch (state) {
    case DocumentReview::State::Empty:
        m_title->clear();
        break;
    case DocumentReview::State::Loading:
        m_title->setText(tr("Loading the fields…"));
        break;
    case DocumentReview::State::Ready: {
        const int count = m_review->fields()->rowCount();
        m_title->setText(count == 0 ? tr("No predictions yet: run a model below.")
                                    : tr("%1 predicted fields").arg(count));
        if (m_runStatus->text().isEmpty() && m_review->inferenceTime())
            m_runStatus->setText(
                tr("Last run took %1 s.").arg(QLocale().toString(*m_review->inferenceTime(), 'f', 2)));
        break;
    }
    case DocumentReview::State::Failed:
        m_title->setText(m_review->problem());
        break;
    }
    const bool draftPending = m_review->pendingDraft().has_value();
    const bool editable = ready && !draftPending;
    m_editor->setReadOnly(!editable);
    m_editor->setEnabled(ready || draftPending);
    const bool running = m_review->predictionRun()->isRunning();
    m_runButton->setEnabled(ready && m_modelBox->count() > 0 && !running);
    m_modelBox->setEnabled(!running);
    m_save->setEnabled(editable && !m_review->saver()->isBusy());
    m_saveButton->setEnabled(m_save->isEnabled());
    QUndoStack *undo = m_review->groundTruth()->undoStack();
    m_undo->setEnabled(editable && undo->canUndo());
    m_redo->setEnabled(editable && undo->canRedo());
    for (QAction *action : {m_addRow, m_removeRow, m_moveUp, m_moveDown, m_fill})
        action->setEnabled(editable);
    m_fill->setEnabled(editable && !m_review->fields()->isEmpty());
    // Clicking words on the page fills the field being edited.
    m_viewer->pageView()->setTextPicking(editable);
    updateSaveStatus();
}

void FieldsPane::updateSaveStatus()
{
    QString text;
    switch (m_review->saver()->state()) {
    case GroundTruthSaver::State::Checking:
        text = tr("Checking for changes…");
        break;
    case GroundTruthSaver::State::Conflict:
        text = tr("Changed by someone else: choose");
        break;
    case GroundTruthSaver::State::Sending:
        text = tr("Saving…");
        break;
    case GroundTruthSaver::State::Verifying:
        text = tr("Checking the save…");
        break;
    case GroundTruthSaver::State::Idle:
        if (m_review->state() != DocumentReview::State::Ready)
            text.clear();
        else if (!m_saveProblem.isEmpty())
            text = tr("\u26A0 Not saved (draft kept)");
        else if (m_review->isModified())
            text = tr("\u270E Unsaved (draft kept)");
        else
            text = tr("\u2713 Saved");
        break;
    }
    m_saveStatus->setText(text);
    if (m_save) {
        const bool editable = m_review->state() == DocumentReview::State::Ready && !m_review->pendingDraft();
        m_save->setEnabled(editable && !m_review->saver()->isBusy());
        m_saveButton->setEnabled(m_save->isEnabled());
    }
}

void FieldsPane::showMessage(const QString &message)
{
    m_messageText->setText(message);
    m_messageBar->show();
    Q_EMIT statusMessage(message);
}

void FieldsPane::onDraftFound()
{
    const auto draft = m_review->pendingDraft();
    if (!draft)
        return;
    const QString when = QLocale().toString(draft->modified.toLocalTime(), QLocale::ShortFormat);
    m_draftText->setText(
        draft->saveSent ? tr("Edits from %1 were being saved when the app stopped; it is not known whether "
                             "they reached the server. Restore them to check and save again.")
                              .arg(when)
                        : tr("There are unsaved edits of this document from %1. Restore them, or "
                             "discard them and start from the server's version.")
                              .arg(when));
    m_draftBanner->show();
    updateState();
    m_restoreDraft->setFocus(Qt::OtherFocusReason);
}

void FieldsPane::save()
{
    if (m_review->state() != DocumentReview::State::Ready || m_review->pendingDraft())
        return;
    GroundTruthModel *model = m_review->groundTruth();
    const int invalid = model->firstInvalidRow();
    if (invalid >= 0) {
        const QString problem = model->labelProblem(invalid).isEmpty() ? model->valueProblem(invalid)
                                                                       : model->labelProblem(invalid);
        showMessage(tr("Not saved: field %1 needs attention. %2").arg(invalid + 1).arg(problem));
        m_editor->focusRow(invalid, model->labelProblem(invalid).isEmpty() ? GroundTruthEditor::Part::Value
                                                                           : GroundTruthEditor::Part::Label);
        return;
    }
    m_messageBar->hide();
    m_saveProblem.clear();
    m_review->save();
    updateState();
}

void FieldsPane::onConflict(const QList<FieldConflict::Row> &rows)
{
    if (m_conflictDialog)
        m_conflictDialog->deleteLater();
    m_conflictDialog = new ConflictDialog(rows, this);
    m_conflictDialog->setAttribute(Qt::WA_DeleteOnClose);
    ConflictDialog *dialog = m_conflictDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_review->resolveConflict(dialog->merged());
        updateState();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_review->saver()->cancel();
        showMessage(
            tr("Not saved: the document was changed by someone else. Your edits are kept as a draft."));
        updateState();
    });
    Q_EMIT statusMessage(
        tr("Someone else changed this ground truth meanwhile: choose per field what to keep."));
    dialog->open();
}

void FieldsPane::runModel()
{
    const QString modelId = m_modelBox->currentData().toString();
    if (modelId.isEmpty())
        return;
    m_messageBar->hide();
    m_review->runPrediction(modelId, m_maxPages->value(), m_autoRotate->isChecked());
}

void FieldsPane::locate()
{
    if (m_review->state() != DocumentReview::State::Ready ||
        m_viewer->state() != ViewerPane::State::Showing || m_viewer->documentId() != m_review->documentId())
        return;
    const QList<FieldsModel::Field> fields = m_review->fields()->fields();
    QList<LocateRequest> requests;
    for (const FieldsModel::Field &field : fields) {
        LocateRequest request;
        request.label = field.prediction.label;
        request.value = field.prediction.value.isString() ? field.prediction.value.toString() : QString();
        request.page = field.prediction.page;
        requests.append(request);
    }
    m_locatedDocument = m_review->documentId();
    m_locateTicket = m_locator->locate(m_viewer->renderer()->document(), requests);
}

void FieldsPane::onLocated(quint64 ticket, const QList<LocatedValue> &values)
{
    if (ticket != m_locateTicket || m_locatedDocument != m_review->documentId())
        return;
    const QList<FieldsModel::Field> fields = m_review->fields()->fields();
    for (int i = 0; i < fields.size() && i < values.size(); ++i)
        m_review->fields()->setLocation(fields.at(i).id, values.at(i));
    ++m_locateRounds;
    m_boxes->refresh();
    Q_EMIT fieldsLocated();
}

QString FieldsPane::focusedField() const
{
    return m_boxes->focusedField();
}

void FieldsPane::focusField(const QString &fieldId)
{
    const QModelIndex index = m_review->fields()->indexOf(fieldId);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    onFieldFocused(fieldId, true);
}

void FieldsPane::onFieldFocused(const QString &fieldId, bool fromTree)
{
    m_boxes->setFocusedField(fieldId);
    const FieldsModel::Field *field = m_review->fields()->field(fieldId);
    if (!field)
        return;
    if (!fromTree) {
        m_syncingFocus = true;
        m_tree->setCurrentIndex(m_review->fields()->indexOf(fieldId));
        m_syncingFocus = false;
    }
    if (field->location && field->location->hasPosition()) {
        m_viewer->pageView()->ensureVisible(field->location->best.page, field->location->best.boundingRect());
    } else if (field->location) {
        Q_EMIT statusMessage(tr("%1: %2").arg(field->prediction.label, FieldsModel::positionText(*field)));
    }
}

QString FieldsPane::bestFieldForLabel(const QString &label) const
{
    for (const FieldsModel::Field &field : m_review->fields()->bestFields()) {
        if (field.prediction.label == label)
            return field.id;
    }
    return {};
}

void FieldsPane::onEditorRowChanged(int row)
{
    if (row < 0 || row >= m_review->groundTruth()->rowCount())
        return;
    const QString id = bestFieldForLabel(m_review->groundTruth()->rows().at(row).label);
    if (!id.isEmpty())
        onFieldFocused(id, false);
    else
        m_boxes->setFocusedField({});
}

void FieldsPane::onBoxClicked(const QString &fieldId)
{
    const FieldsModel::Field *field = m_review->fields()->field(fieldId);
    if (!field)
        return;
    onFieldFocused(fieldId, false);
    // The ground-truth row of that label when there is one (that is where the reviewer types), else the
    // prediction's row.
    const GroundTruthRows &rows = m_review->groundTruth()->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).label == field->prediction.label && !m_editor->isReadOnly()) {
            m_editor->focusRow(i);
            return;
        }
    }
    m_tree->setFocus(Qt::MouseFocusReason);
}

void FieldsPane::onCandidateClicked(const QString &fieldId, int candidate)
{
    const FieldsModel::Field *field = m_review->fields()->field(fieldId);
    if (!field || !field->location || candidate < 0 || candidate >= field->location->runnersUp.size())
        return;
    LocatedValue chosen = *field->location;
    const LocatedValue::Candidate previous = chosen.best;
    chosen.best = chosen.runnersUp.takeAt(candidate);
    chosen.runnersUp.prepend(previous);
    chosen.status = LocatedValue::Status::Found; // the reviewer decided
    m_review->fields()->setLocation(fieldId, chosen);
    m_boxes->refresh();
    Q_EMIT statusMessage(tr("%1: the box now marks the place you picked.").arg(field->prediction.label));
}

void FieldsPane::onTextPicked(int page, const QRectF &rect)
{
    if (m_editor->isReadOnly() || m_editor->currentRow() < 0 ||
        m_viewer->documentId() != m_review->documentId()) {
        Q_EMIT statusMessage(tr("Choose a ground-truth field first, then click the words for it."));
        return;
    }
    m_picker->pick(m_viewer->renderer()->document(), page, rect);
}

void FieldsPane::onPicked(int, const QString &text)
{
    const int row = m_editor->currentRow();
    GroundTruthModel *model = m_review->groundTruth();
    if (row < 0 || row >= model->rowCount() || m_editor->isReadOnly())
        return;
    const GroundTruthRow &current = model->rows().at(row);
    const auto kind = ValueNormaliser::kindFor(current.label, current.value.toString());
    const ValueNormaliser::Parsed parsed = ValueNormaliser::parse(text, kind);
    QString value = parsed.ok() && !parsed.display.isEmpty() ? parsed.display : text.simplified();
    value.truncate(las::InputValidator::MaxValueLength);
    model->setValue(row, QJsonValue(value));
    m_editor->focusRow(row);
    Q_EMIT statusMessage(
        tr("“%1” put into %2.").arg(value, current.label.isEmpty() ? tr("the field") : current.label));
}
