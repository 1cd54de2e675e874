#include "shell/viewer/viewerpane.h"

#include "core/viewer/documentcontentcache.h"
#include "core/viewer/documentloader.h"
#include "core/viewer/documentsearch.h"
#include "core/viewer/pagerenderer.h"
#include "core/viewer/pagethumbnailmodel.h"
#include "shell/viewer/findbar.h"
#include "shell/viewer/overlaylayer.h"
#include "shell/viewer/pageview.h"

#include <QAction>
#include <QDataStream>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QListView>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
constexpr quint32 StateMagic = 0x4c525631; // "LRV1"
constexpr int ThumbnailWidth = 96;
} // namespace

ViewerPane::ViewerPane(DocumentContentCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_loader(new DocumentLoader(this))
    , m_renderer(new PageRenderer(DefaultRenderCacheBytes, this))
    , m_search(new DocumentSearch(this))
    , m_thumbnailModel(new PageThumbnailModel(m_renderer, this))
    , m_searchLayer(new OverlayLayer(this))
    , m_fieldLayer(new OverlayLayer(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_pageBox(new QSpinBox(this))
    , m_pageTotal(new QLabel(this))
    , m_thumbnails(new QListView(this))
    , m_view(new PageView(m_renderer, this))
    , m_findBar(new FindBar(this))
{
    setAccessibleName(tr("Page viewer"));
    m_searchLayer->setInteractive(false);
    m_view->addOverlayLayer(m_searchLayer);
    m_view->addOverlayLayer(m_fieldLayer);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Viewer message"));

    m_thumbnailModel->setThumbnailWidth(ThumbnailWidth);
    m_thumbnails->setModel(m_thumbnailModel);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setSpacing(6);
    m_thumbnails->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thumbnails->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_thumbnails->setFixedWidth(ThumbnailWidth + 44);

    createActions();

    m_pageBox->setMinimum(1);
    m_pageBox->setMaximum(1);
    m_pageBox->setAccessibleName(tr("Page number"));
    m_pageBox->setKeyboardTracking(false);
    m_toolBar->setAccessibleName(tr("Viewer tools"));
    m_toolBar->addAction(m_zoomOut);
    m_toolBar->addAction(m_zoomIn);
    m_toolBar->addAction(m_fitWidth);
    m_toolBar->addAction(m_fitPage);
    m_toolBar->addAction(m_rotate);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(new QLabel(tr("Page"), this));
    m_toolBar->addWidget(m_pageBox);
    m_toolBar->addWidget(m_pageTotal);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_find);
    bool allIcons = true;
    for (QAction *action : viewActions())
        allIcons = allIcons && !action->icon().isNull();
    m_toolBar->setToolButtonStyle(allIcons ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);

    auto *documentPage = new QWidget(this);
    auto *pagesColumn = new QWidget(documentPage);
    auto *pagesLayout = new QVBoxLayout(pagesColumn);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    pagesLayout->addWidget(m_view, 1);
    pagesLayout->addWidget(m_findBar);
    auto *documentLayout = new QHBoxLayout(documentPage);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->setSpacing(0);
    documentLayout->addWidget(m_thumbnails);
    documentLayout->addWidget(pagesColumn, 1);
    m_findBar->hide();

    m_stack->addWidget(m_message);
    m_stack->addWidget(documentPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);

    connect(m_loader, &DocumentLoader::loaded, this, &ViewerPane::showDocument);
    connect(m_loader, &DocumentLoader::failed, this,
            [this](const QString &, const QString &message) { showMessage(message); });
    if (m_cache) {
        connect(m_cache, &DocumentContentCache::ready, this,
                [this](const QString &id, const QString &path, const QString &) {
                    if (m_state == State::Loading && id == m_documentId)
                        loadFile(path);
                });
        connect(m_cache, &DocumentContentCache::failed, this,
                [this](const QString &id, const las::Error &, const QString &message) {
                    if (m_state == State::Loading && id == m_documentId)
                        showMessage(message);
                });
    }
    connect(m_view, &PageView::currentPageChanged, this, &ViewerPane::updatePageStatus);
    connect(m_view, &PageView::zoomChanged, this, [this](qreal zoom, PageView::ZoomMode mode) {
        m_fitWidth->setChecked(mode == PageView::ZoomMode::FitWidth);
        m_fitPage->setChecked(mode == PageView::ZoomMode::FitPage);
        Q_EMIT statusMessage(tr("Zoom %1 %").arg(qRound(zoom * 100)));
    });
    connect(m_view, &PageView::rotationChanged, m_thumbnailModel, &PageThumbnailModel::setRotation);
    connect(m_pageBox, &QSpinBox::editingFinished, this, [this] {
        if (m_pageBox->value() - 1 != m_view->currentPage())
            m_view->goToPage(m_pageBox->value() - 1);
        if (m_pageBox->hasFocus())
            m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_thumbnails, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!m_syncingThumbnails)
            m_view->goToPage(index.row());
    });
    connect(m_findBar, &FindBar::searchRequested, this, &ViewerPane::startSearch);
    connect(m_findBar, &FindBar::nextRequested, this, [this] { stepSearchHit(1); });
    connect(m_findBar, &FindBar::previousRequested, this, [this] { stepSearchHit(-1); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_search->cancel();
        m_searchLayer->clear();
        m_hits.clear();
        m_currentHit = -1;
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_search, &DocumentSearch::finished, this, &ViewerPane::onSearchFinished);

    showMessage(tr("No document is open."), State::Empty);
}

ViewerPane::~ViewerPane() = default;

QAction *ViewerPane::makeAction(const QString &text, const QString &iconName, const QList<QKeySequence> &keys)
{
    // The desktop's icon theme first; our own icon (resources/icons/actions) where the theme has none.
    auto *action =
        new QAction(QIcon::fromTheme(iconName, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(iconName))),
                    text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!keys.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
    addAction(action); // works in the pane's window even when the main window does not list it
    return action;
}

void ViewerPane::createActions()
{
    m_zoomIn = makeAction(tr("Zoom In"), QStringLiteral("zoom-in"),
                          {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = makeAction(tr("Zoom Out"), QStringLiteral("zoom-out"), {QKeySequence::ZoomOut});
    m_fitWidth = makeAction(tr("Fit Width"), QStringLiteral("zoom-fit-width"), {QKeySequence(Qt::Key_W)});
    m_fitPage = makeAction(tr("Fit Page"), QStringLiteral("zoom-fit-best"), {QKeySequence(Qt::Key_F)});
    m_rotate = makeAction(tr("Rotate Clockwise"), QStringLiteral("object-rotate-right"),
                          {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_goToPage =
        makeAction(tr("Go to Page…"), QStringLiteral("go-jump"), {QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_find = makeAction(tr("Find…"), QStringLiteral("edit-find"), {QKeySequence::Find});
    m_findNext = makeAction(tr("Find Next"), QStringLiteral("go-down-search"), {QKeySequence(Qt::Key_F3)});
    m_findPrevious = makeAction(tr("Find Previous"), QStringLiteral("go-up-search"),
                                {QKeySequence(Qt::SHIFT | Qt::Key_F3)});
    m_fitWidth->setCheckable(true);
    m_fitPage->setCheckable(true);
    m_fitWidth->setChecked(true);

    connect(m_zoomIn, &QAction::triggered, m_view, &PageView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &PageView::zoomOut);
    connect(m_fitWidth, &QAction::triggered, this, [this] {
        m_view->setZoomMode(PageView::ZoomMode::FitWidth);
        m_fitWidth->setChecked(true);
    });
    connect(m_fitPage, &QAction::triggered, this, [this] {
        m_view->setZoomMode(PageView::ZoomMode::FitPage);
        m_fitPage->setChecked(true);
    });
    connect(m_rotate, &QAction::triggered, m_view, &PageView::rotateClockwise);
    connect(m_goToPage, &QAction::triggered, this, [this] {
        m_pageBox->setFocus(Qt::ShortcutFocusReason);
        m_pageBox->selectAll();
    });
    connect(m_find, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(m_findNext, &QAction::triggered, this, [this] {
        if (m_findBar->isHidden() || m_findBar->text().isEmpty())
            m_findBar->activate();
        else
            stepSearchHit(1);
    });
    connect(m_findPrevious, &QAction::triggered, this, [this] {
        if (m_findBar->isHidden() || m_findBar->text().isEmpty())
            m_findBar->activate();
        else
            stepSearchHit(-1);
    });
    updateActions();
}

QList<QAction *> ViewerPane::viewActions() const
{
    return {m_zoomIn,   m_zoomOut, m_fitWidth, m_fitPage,     m_rotate,
            m_goToPage, m_find,    m_findNext, m_findPrevious};
}

void ViewerPane::updateActions()
{
    const bool showing = m_state == State::Showing;
    for (QAction *action : viewActions())
        action->setEnabled(showing);
    // Zoom modes can be chosen before a document is open; they apply to the next one.
    m_fitWidth->setEnabled(true);
    m_fitPage->setEnabled(true);
    m_pageBox->setEnabled(showing);
}

void ViewerPane::openDocument(const QString &documentId)
{
    m_loader->cancel();
    m_documentId = documentId;
    if (!m_cache) {
        showMessage(tr("Documents cannot be downloaded here."));
        return;
    }
    showMessage(tr("Opening the document…"), State::Loading);
    m_cache->fetch(documentId);
}

void ViewerPane::openFile(const QString &path)
{
    m_documentId.clear();
    loadFile(path);
}

void ViewerPane::loadFile(const QString &path)
{
    showMessage(tr("Opening the document…"), State::Loading);
    m_loader->load(path);
}

void ViewerPane::clear()
{
    m_loader->cancel();
    m_documentId.clear();
    showMessage(tr("No document is open."), State::Empty);
}

void ViewerPane::showMessage(const QString &message, State state)
{
    m_search->cancel();
    m_searchLayer->clear();
    m_hits.clear();
    m_currentHit = -1;
    m_findBar->hide();
    // Let go of the previous document (and its pages) right away.
    m_renderer->setDocument({});
    m_thumbnailModel->reset();
    m_view->documentChanged();
    m_message->setText(message);
    // The empty state reads like the other panes' (placeholder colour); problems in the normal text colour.
    m_message->setForegroundRole(state == State::Empty ? QPalette::PlaceholderText : QPalette::WindowText);
    m_stack->setCurrentWidget(m_message);
    m_pageTotal->clear();
    setState(state);
    if (state == State::Message)
        Q_EMIT statusMessage(message);
}

void ViewerPane::showDocument(const ViewerDocument &document)
{
    m_renderer->setDocument(document);
    m_thumbnailModel->setDevicePixelRatio(devicePixelRatioF());
    m_thumbnailModel->reset();
    m_stack->setCurrentWidget(m_stack->widget(1));
    m_view->documentChanged();
    m_pageBox->setMaximum(document.pageCount());
    m_pageTotal->setText(tr("of %1").arg(document.pageCount()));
    setState(State::Showing);
    updatePageStatus(0);
}

void ViewerPane::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    updateActions();
    if (changed)
        Q_EMIT stateChanged(state);
}

QString ViewerPane::message() const
{
    return m_state == State::Showing ? QString() : m_message->text();
}

void ViewerPane::updatePageStatus(int page)
{
    if (m_state != State::Showing)
        return;
    m_pageBox->setValue(page + 1);
    m_syncingThumbnails = true;
    const QModelIndex index = m_thumbnailModel->index(page);
    m_thumbnails->setCurrentIndex(index);
    m_thumbnails->scrollTo(index);
    m_syncingThumbnails = false;
    Q_EMIT statusMessage(tr("Page %1 of %2").arg(page + 1).arg(m_view->pageCount()));
}

void ViewerPane::setRenderCacheBytes(qint64 bytes)
{
    m_renderer->cache().setMaxBytes(bytes);
}

void ViewerPane::startSearch(const QString &text)
{
    m_searchText = text;
    m_hits.clear();
    m_currentHit = -1;
    m_searchLayer->clear();
    if (m_state != State::Showing)
        return;
    if (!m_renderer->document().pdf()) {
        m_findBar->setUnavailable(tr("This image has no text to search."));
        Q_EMIT searchFinished(0);
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_search->cancel();
        m_findBar->setResult(-1, 0);
        return;
    }
    m_findBar->setSearching();
    m_search->start(m_renderer->document(), text);
}

void ViewerPane::onSearchFinished(const QString &text, const QList<SearchHit> &hits)
{
    if (text != m_searchText)
        return;
    m_hits = hits;
    m_currentHit = -1;
    if (hits.isEmpty()) {
        m_searchLayer->clear();
        m_findBar->setResult(-1, 0);
        Q_EMIT statusMessage(tr("No matches for “%1”.").arg(text));
    } else {
        // The first hit at or after the page being read.
        int first = 0;
        while (first < hits.size() && hits.at(first).page < m_view->currentPage())
            ++first;
        showSearchHit(first < hits.size() ? first : 0);
    }
    Q_EMIT searchFinished(int(hits.size()));
}

void ViewerPane::stepSearchHit(int delta)
{
    if (m_hits.isEmpty())
        return;
    const int count = int(m_hits.size());
    showSearchHit(((m_currentHit + delta) % count + count) % count);
}

void ViewerPane::showSearchHit(int index)
{
    m_currentHit = index;
    QList<PageOverlayItem> items;
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits.at(i);
        for (int r = 0; r < hit.rects.size(); ++r) {
            PageOverlayItem item;
            item.id = QStringLiteral("search:%1:%2").arg(i).arg(r);
            item.page = hit.page;
            item.rect = hit.rects.at(r);
            item.style =
                i == index ? PageOverlayItem::Style::CurrentSearchHit : PageOverlayItem::Style::SearchHit;
            items.append(item);
        }
    }
    m_searchLayer->setItems(items);
    const SearchHit &current = m_hits.at(index);
    m_view->ensureVisible(current.page, current.boundingRect());
    m_findBar->setResult(index, int(m_hits.size()));
    Q_EMIT statusMessage(tr("Match %1 of %2 for “%3”.").arg(index + 1).arg(m_hits.size()).arg(m_searchText));
}

QByteArray ViewerPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << StateMagic << qint32(m_view->zoomMode()) << double(m_view->zoom());
    return state;
}

bool ViewerPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 mode = 0;
    double zoom = 0;
    in >> magic >> mode >> zoom;
    if (in.status() != QDataStream::Ok || magic != StateMagic || mode < 0 || mode > 2 ||
        !(zoom >= PageView::MinZoom && zoom <= PageView::MaxZoom))
        return false;
    const auto zoomMode = PageView::ZoomMode(mode);
    if (zoomMode == PageView::ZoomMode::Custom)
        m_view->setZoom(zoom);
    else
        m_view->setZoomMode(zoomMode);
    m_fitWidth->setChecked(zoomMode == PageView::ZoomMode::FitWidth);
    m_fitPage->setChecked(zoomMode == PageView::ZoomMode::FitPage);
    return true;
}
