#include "shell/documents/documentlistpane.h"

#include "core/documents/documentlistmodel.h"
#include "shell/main/themedicon.h"

#include <QApplication>
#include <QComboBox>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QStringList idsOf(const QComboBox *combo)
{
    QStringList ids;
    for (const QString &part :
         combo->currentText().split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts))
        ids.append(part);
    return ids;
}

} // namespace

DocumentListPane::DocumentListPane(DocumentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(4, 4, 4, 0);
    m_batch = new QComboBox(this);
    m_batch->setEditable(true);
    m_batch->setInsertPolicy(QComboBox::NoInsert);
    m_batch->lineEdit()->setPlaceholderText(tr("All batches"));
    m_batch->lineEdit()->setClearButtonEnabled(true);
    m_batch->setAccessibleName(tr("Batch filter"));
    m_batch->setToolTip(tr("Show only the documents of this batch (las:batch:...). Empty: all batches."));
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_batch->setMinimumContentsLength(10);
    m_consent = new QComboBox(this);
    m_consent->setEditable(true);
    m_consent->setInsertPolicy(QComboBox::NoInsert);
    m_consent->lineEdit()->setPlaceholderText(tr("All consents"));
    m_consent->lineEdit()->setClearButtonEnabled(true);
    m_consent->setAccessibleName(tr("Consent filter"));
    m_consent->setToolTip(tr("Show only the documents with this consent ID (las:consent:...). Empty: all."));
    m_consent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_consent->setMinimumContentsLength(10);
    m_refresh = new QToolButton(this);
    m_refresh->setIcon(themedIcon(u"view-refresh"_s, QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Refresh the list (F5)"));
    m_refresh->setAccessibleName(tr("Refresh documents"));
    m_refresh->setAutoRaise(true);
    filterRow->addWidget(m_batch, 1);
    filterRow->addWidget(m_consent, 1);
    filterRow->addWidget(m_refresh);
    layout->addLayout(filterRow);

    m_stack = new QStackedWidget(this);
    // A table view: it asks for the next page only when the last row scrolls into view (QTreeView re-lays
    // out the root on every insert and would fetch page after page).
    m_view = new QTableView(m_stack);
    m_view->setModel(model);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: constant-time layout for tens of thousands of rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Documents"));
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the font: the ID (elided in the middle), the date, and headers that are not clipped.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthFor = [&](int column, const QString &sample) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column,
                               qMax(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header)) +
                                   3 * metrics.averageCharWidth());
    };
    widthFor(DocumentListModel::IdColumn, u"0123456789abcd"_s);
    widthFor(DocumentListModel::ContentTypeColumn, DocumentListModel::tr("JPEG"));
    widthFor(DocumentListModel::UpdatedColumn, u"2026-12-31 23:59"_s);
    widthFor(DocumentListModel::GroundTruthColumn, u"000"_s);
    widthFor(DocumentListModel::PredictionsColumn, u"000"_s);
    m_view->setColumnHidden(DocumentListModel::BatchColumn, true);
    // The list call of this API generation says how many predictions a document has but not its ground
    // truth: show the informative count next to the type, the ground-truth column last.
    auto *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(DocumentListModel::PredictionsColumn),
                        header->visualIndex(DocumentListModel::ContentTypeColumn) + 1);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->setTextElideMode(Qt::ElideMiddle); // IDs differ at their end
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);
    layout->addWidget(m_stack, 1);

    m_errorBar = new QFrame(this);
    m_errorBar->setFrameShape(QFrame::StyledPanel);
    m_errorBar->setAccessibleName(tr("Loading error"));
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(8, 6, 8, 6);
    auto *errorIcon = new QLabel(m_errorBar);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    errorIcon->setPixmap(
        themedIcon(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    errorIcon->setAlignment(Qt::AlignTop);
    m_errorText = new QLabel(m_errorBar);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry"), m_errorBar);
    m_retry->setAccessibleName(tr("Retry loading documents"));
    errorLayout->addWidget(errorIcon);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_errorBar);

    m_loading = new QLabel(tr("Loading documents…"), this);
    m_loading->setContentsMargins(8, 0, 8, 4);
    m_loading->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_loading);

    connect(m_refresh, &QToolButton::clicked, m_model, &DocumentListModel::refresh);
    connect(m_retry, &QPushButton::clicked, m_model, &DocumentListModel::retry);
    connect(m_batch->lineEdit(), &QLineEdit::returnPressed, this, &DocumentListPane::applyFilter);
    connect(m_consent->lineEdit(), &QLineEdit::returnPressed, this, &DocumentListPane::applyFilter);
    connect(m_batch, &QComboBox::activated, this, &DocumentListPane::applyFilter);
    connect(m_consent, &QComboBox::activated, this, &DocumentListPane::applyFilter);
    // Clearing a filter with its clear button shows everything again at once.
    connect(m_batch->lineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    connect(m_consent->lineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    connect(m_model, &DocumentListModel::statusChanged, this, &DocumentListPane::updateState);
    connect(m_model, &DocumentListModel::pageLoaded, this, &DocumentListPane::updateSuggestions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentDocumentChanged(current.isValid() ? m_model->documentId(current.row())
                                                                : QString());
            });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT documentActivated(m_model->documentId(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A view does not ask a freshly reset model for rows by itself until it is laid out again.
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
    });
    updateState();
}

void DocumentListPane::applyFilter()
{
    DocumentFilter filter;
    filter.batchIds = idsOf(m_batch);
    filter.consentIds = idsOf(m_consent);
    m_model->setFilter(filter);
}

void DocumentListPane::updateSuggestions()
{
    const auto fill = [](QComboBox *combo, const QStringList &ids) {
        if (combo->count() == ids.size())
            return;
        const QString text = combo->currentText();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItems(ids);
        combo->setEditText(text);
    };
    fill(m_batch, m_model->knownBatchIds());
    fill(m_consent, m_model->knownConsentIds());
}

void DocumentListPane::setUnavailableMessage(const QString &message)
{
    m_unavailable = message;
    updateState();
}

void DocumentListPane::clearUnavailableMessage()
{
    m_unavailable.clear();
    updateState();
}

void DocumentListPane::focusFilter()
{
    m_batch->setFocus(Qt::ShortcutFocusReason);
    m_batch->lineEdit()->selectAll();
}

QByteArray DocumentListPane::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void DocumentListPane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void DocumentListPane::updateState()
{
    const bool signedIn = m_model->client() != nullptr;
    const bool failed = m_model->hasFailed();
    const bool empty = m_model->rowCount() == 0;
    m_batch->setEnabled(signedIn);
    m_consent->setEnabled(signedIn);
    m_refresh->setEnabled(signedIn);

    if (!m_unavailable.isEmpty() || !signedIn) {
        m_placeholder->setText(m_unavailable.isEmpty() ? tr("Not signed in.") : m_unavailable);
        m_stack->setCurrentWidget(m_placeholder);
    } else if (empty && !failed && m_model->isComplete() && !m_model->isLoading()) {
        m_placeholder->setText(
            m_model->filter().isEmpty()
                ? tr("There are no documents in this account yet.")
                : tr("No documents match the filter. Clear the batch and consent fields to "
                     "see all documents."));
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_stack->setCurrentWidget(m_view);
    }

    if (failed && signedIn && m_unavailable.isEmpty()) {
        const las::Error error = m_model->lastError();
        const QString what = error.message().isEmpty() ? las::Error::kindName(error.kind()) : error.message();
        m_errorText->setText(empty ? tr("The documents could not be loaded: %1").arg(what)
                                   : tr("More documents could not be loaded: %1").arg(what));
        m_errorBar->show();
    } else {
        m_errorBar->hide();
    }
    m_loading->setVisible(signedIn && m_model->isLoading());
}
