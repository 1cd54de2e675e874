#pragma once

#include "core/viewer/searchhit.h"
#include "core/viewer/viewerdocument.h"

#include <QList>
#include <QWidget>

class DocumentContentCache;
class DocumentLoader;
class DocumentSearch;
class FindBar;
class OverlayLayer;
class PageRenderer;
class PageThumbnailModel;
class PageView;
class QAction;
class QLabel;
class QListView;
class QSpinBox;
class QStackedWidget;
class QToolBar;
namespace las {
class Error;
}

// The page pane of the review screen: a document's pages (PDF or JPEG) with thumbnails, zoom, rotation,
// go to page and search, or a clear message when it cannot be shown. Documents come through the content
// cache (by ID) or from a local file. Everything slow — download, parsing, rendering, search — runs off
// the GUI thread; a broken or hostile file ends in a message in this pane and nothing else.
class ViewerPane : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Showing, Message };
    Q_ENUM(State)

    static constexpr qint64 DefaultRenderCacheBytes = 192LL * 1024 * 1024;

    explicit ViewerPane(DocumentContentCache *cache, QWidget *parent = nullptr);
    DocumentContentCache *contentCache() const { return m_cache; }
    ~ViewerPane() override;

    void openDocument(const QString &documentId);
    void openFile(const QString &path);
    void clear();

    // Zoom in/out, fit width, fit page, rotate, go to page, find, find next/previous: for the main
    // window's View menu; they work while the pane is in a window.
    QList<QAction *> viewActions() const;

    // The zoom mode and zoom, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // The layer for the fields of the document (boxes over the values); drawn above the search hits.
    OverlayLayer *overlayLayer() const { return m_fieldLayer; }
    PageView *pageView() const { return m_view; }
    PageRenderer *renderer() const { return m_renderer; }
    void setRenderCacheBytes(qint64 bytes);

    State state() const { return m_state; }
    // The message shown in State::Message (and Loading).
    QString message() const;
    QString documentId() const { return m_documentId; }
    int searchHitCount() const { return int(m_hits.size()); }
    int currentSearchHit() const { return m_currentHit; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void stateChanged(ViewerPane::State state);
    void searchFinished(int hits);

private:
    QAction *makeAction(const QString &text, const QString &iconName, const QList<QKeySequence> &keys);
    void createActions();
    void loadFile(const QString &path);
    void showMessage(const QString &message, State state = State::Message);
    void showDocument(const ViewerDocument &document);
    void setState(State state);
    void updateActions();
    void updatePageStatus(int page);
    void startSearch(const QString &text);
    void onSearchFinished(const QString &text, const QList<SearchHit> &hits);
    void showSearchHit(int index);
    void stepSearchHit(int delta);

    DocumentContentCache *m_cache;
    DocumentLoader *m_loader;
    PageRenderer *m_renderer;
    DocumentSearch *m_search;
    PageThumbnailModel *m_thumbnailModel;
    OverlayLayer *m_searchLayer;
    OverlayLayer *m_fieldLayer;

    QStackedWidget *m_stack;
    QLabel *m_message;
    QToolBar *m_toolBar;
    QSpinBox *m_pageBox;
    QLabel *m_pageTotal;
    QListView *m_thumbnails;
    PageView *m_view;
    FindBar *m_findBar;

    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_fitPage = nullptr;
    QAction *m_rotate = nullptr;
    QAction *m_goToPage = nullptr;
    QAction *m_find = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;

    State m_state = State::Empty;
    QString m_documentId;
    QString m_searchText;
    QList<SearchHit> m_hits;
    int m_currentHit = -1;
    bool m_syncingThumbnails = false;
};
