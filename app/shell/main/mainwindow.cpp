#include "shell/main/mainwindow.h"

#include "shell/documents/documentlistpane.h"
#include "shell/fields/fieldspane.h"
#include "shell/main/preferencesdialog.h"
#include "shell/main/themedicon.h"
#include "shell/upload/uploadcontroller.h"
#include "shell/viewer/viewerpane.h"

#include "core/documents/documentlistmodel.h"
#include "core/session/profilestore.h"
#include "core/session/session.h"
#include "core/settings/preferences.h"
#include "core/viewer/documentcontentcache.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Session *session, ProfileStore *profiles, Preferences *preferences,
                       QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_preferences(preferences)
    , m_settings(settings)
    , m_documents(new DocumentListModel(this))
{
    setWindowTitle(tr("LAS Review"));
    setObjectName(u"MainWindow"_s);
    m_documents->setPageSize(m_preferences->documentPageSize());
    createPanes();
    // Bulk upload: drops anywhere on the window, File → Upload…, the queue dock and its status.
    m_upload = new UploadController(this, m_session, m_settings);
    connect(m_upload, &UploadController::documentActivated, this, &MainWindow::openDocument);
    createActions();

    m_profileLabel = new QLabel(this);
    m_profileLabel->setAccessibleName(tr("Profile"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_workLabel = new QLabel(this);
    m_workLabel->setAccessibleName(tr("Background work"));
    m_workBar = new QProgressBar(this);
    m_workBar->setRange(0, 0);
    m_workBar->setMaximumWidth(100);
    m_workBar->setMaximumHeight(fontMetrics().height());
    m_workBar->setTextVisible(false);
    m_workBar->setAccessibleName(tr("Background work in progress"));
    statusBar()->addWidget(m_workLabel, 1);
    statusBar()->addPermanentWidget(m_workBar);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_profileLabel);

    connect(m_session, &Session::stateChanged, this, &MainWindow::updateSessionState);
    connect(m_session, &Session::clientChanged, this, &MainWindow::clientChanged);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::updateProfilesMenu);
    connect(m_profiles, &ProfileStore::activeProfileChanged, this, &MainWindow::updateProfilesMenu);
    connect(m_documents, &DocumentListModel::statusChanged, this, &MainWindow::updateWorkIndicator);
    connect(m_preferences, &Preferences::changed, this, [this] {
        m_documents->setPageSize(m_preferences->documentPageSize());
        m_session->setCallTimeout(m_preferences->requestTimeoutSeconds() * 1000);
        m_cache->setMaxBytes(m_preferences->contentCacheBytes());
    });
    connect(m_viewer, &ViewerPane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_fieldsPane, &FieldsPane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_documentPane, &DocumentListPane::documentActivated, this, &MainWindow::openDocument);
    connect(m_documentPane, &DocumentListPane::currentDocumentChanged, this, [this](const QString &id) {
        if (!id.isEmpty())
            openDocument(id);
    });

    restoreLayout();
    updateProfilesMenu();
    updateSessionState();
    updateWorkIndicator();
    clientChanged(m_session->client());
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"MainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_documentPane = new DocumentListPane(m_documents, m_splitter);
    // Document content is cached on disk (size in Preferences), shared by every profile: IDs are unique.
    const QString cacheDir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(u"documents"_s);
    m_cache =
        new DocumentContentCache(m_session->client(), cacheDir, m_preferences->contentCacheBytes(), this);
    m_viewer = new ViewerPane(m_cache, m_splitter);
    m_viewer->setAccessibleName(tr("Page"));
    m_fieldsPane = new FieldsPane(m_viewer, m_preferences, nullptr, m_splitter);
    m_splitter->addWidget(m_documentPane);
    m_splitter->addWidget(m_viewer);
    m_splitter->addWidget(m_fieldsPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({400, 600, 400});
    setCentralWidget(m_splitter);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(themedIcon(u"document-open"_s, QStyle::SP_DialogOpenButton),
                                    tr("&Open File…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(m_upload->uploadAction());
    file->addAction(m_upload->uploadFolderAction());
    QAction *refresh = file->addAction(themedIcon(u"view-refresh"_s, QStyle::SP_BrowserReload),
                                       tr("&Refresh Documents"), m_documents, &DocumentListModel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    m_profilesMenu = file->addMenu(tr("Switch &Profile"));
    m_profileGroup = new QActionGroup(this);
    file->addAction(tr("&Manage Profiles…"), this, &MainWindow::manageProfilesRequested);
    file->addAction(tr("Sign &In Again"), this, &MainWindow::signInRequested);
    file->addAction(tr("Sign &Out"), m_session, &Session::signOut);
    file->addSeparator();
    QAction *quit = file->addAction(themedIcon(u"application-exit"_s, QStyle::SP_DialogCloseButton),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_fieldsPane->fieldActions());
    edit->addSeparator();
    QAction *findDocument =
        edit->addAction(tr("&Filter Documents"), m_documentPane, &DocumentListPane::focusFilter);
    findDocument->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    edit->addSeparator();
    QAction *preferences =
        edit->addAction(themedIcon(u"preferences-system"_s, QStyle::SP_FileDialogDetailedView),
                        tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<QAction *> viewerActions = m_viewer->viewActions();
    if (!viewerActions.isEmpty()) {
        m_viewMenu->addActions(viewerActions);
        m_viewMenu->addSeparator();
    }
    QAction *documentsVisible = m_viewMenu->addAction(tr("&Documents List"));
    documentsVisible->setCheckable(true);
    documentsVisible->setChecked(true);
    documentsVisible->setShortcut(QKeySequence(Qt::Key_F9));
    connect(documentsVisible, &QAction::toggled, m_documentPane, &QWidget::setVisible);
    QAction *fieldsVisible = m_viewMenu->addAction(tr("F&ields Pane"));
    fieldsVisible->setCheckable(true);
    fieldsVisible->setChecked(true);
    connect(fieldsVisible, &QAction::toggled, m_fieldsPane, &QWidget::setVisible);
    m_viewMenu->addAction(m_upload->panelAction());
    QAction *focusList = m_viewMenu->addAction(tr("Go to Document &List"), this, [this] {
        m_documentPane->view()->setFocus(Qt::ShortcutFocusReason);
    });
    focusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_viewMenu->addSeparator();
    QAction *fullScreen = m_viewMenu->addAction(
        themedIcon(u"view-fullscreen"_s, QStyle::SP_TitleBarMaxButton), tr("F&ull Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(themedIcon(u"help-about"_s, QStyle::SP_MessageBoxInformation),
                                     tr("&About LAS Review"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateProfilesMenu()
{
    m_profilesMenu->clear();
    const QList<QAction *> old = m_profileGroup->actions();
    for (QAction *action : old) {
        m_profileGroup->removeAction(action);
        action->deleteLater();
    }
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &p : profiles) {
        QAction *action = m_profilesMenu->addAction(p.name);
        action->setCheckable(true);
        action->setChecked(p.name == m_profiles->activeProfileName());
        m_profileGroup->addAction(action);
        const QString name = p.name;
        connect(action, &QAction::triggered, this, [this, name] { Q_EMIT switchProfileRequested(name); });
    }
    if (profiles.isEmpty())
        m_profilesMenu->addAction(tr("No profiles yet"))->setEnabled(false);
}

void MainWindow::setProfileLabel(const QString &label)
{
    m_profileText = label;
    updateSessionState();
}

void MainWindow::updateSessionState()
{
    const QString name = m_profileText.isEmpty() ? m_session->profile().name : m_profileText;
    m_profileLabel->setText(name.isEmpty() ? tr("No profile") : tr("Profile: %1").arg(name));
    QString state;
    switch (m_session->state()) {
    case Session::State::SignedOut:
        state = tr("Signed out");
        if (m_problem.isEmpty())
            m_documentPane->setUnavailableMessage(
                tr("Not signed in. Choose a profile in File → Switch Profile, or set one up in File → Manage "
                   "Profiles."));
        break;
    case Session::State::SigningIn:
        state = tr("Signing in…");
        if (m_problem.isEmpty())
            m_documentPane->setUnavailableMessage(tr("Signing in to %1…").arg(name));
        break;
    case Session::State::SignedIn:
        state = tr("Connected");
        m_problem.clear();
        m_documentPane->clearUnavailableMessage();
        break;
    case Session::State::Failed:
        state = tr("Not connected");
        m_problem.clear();
        m_documentPane->setUnavailableMessage(m_session->problem().message());
        break;
    }
    m_connectionLabel->setText(state);
    m_connectionLabel->setToolTip(
        m_session->state() == Session::State::Failed ? m_session->problem().message() : QString());
    updateWorkIndicator();
}

void MainWindow::clientChanged(las::Client *client)
{
    m_documents->setClient(client);
    m_cache->setClient(client);
    m_fieldsPane->setClient(client);
    if (client) {
        const QStringList pending = std::exchange(m_pendingDocuments, {});
        for (const QString &id : pending)
            openDocument(id);
    }
}

void MainWindow::setBackgroundWork(const QString &description)
{
    m_backgroundWork = description;
    updateWorkIndicator();
}

void MainWindow::showProblem(const QString &message)
{
    m_problem = message;
    m_documentPane->setUnavailableMessage(message);
}

void MainWindow::updateWorkIndicator()
{
    QString work = m_backgroundWork;
    if (work.isEmpty() && m_session->state() == Session::State::SigningIn)
        work = tr("Signing in…");
    if (work.isEmpty() && m_documents->isLoading())
        work = tr("Loading documents…");
    if (work.isEmpty() && m_documents->client()) {
        const int rows = m_documents->rowCount();
        work = m_documents->isComplete()
                   ? tr("Documents listed: %1").arg(QLocale().toString(rows))
                   : tr("Documents loaded: %1 (more as you scroll)").arg(QLocale().toString(rows));
    }
    m_workLabel->setText(work);
    m_workBar->setVisible(!m_backgroundWork.isEmpty() || m_documents->isLoading() ||
                          m_session->state() == Session::State::SigningIn);
}

void MainWindow::openDocument(const QString &documentId)
{
    if (!m_session->client()) {
        if (!m_pendingDocuments.contains(documentId))
            m_pendingDocuments.append(documentId);
        return;
    }
    if (documentId != m_viewer->documentId())
        m_viewer->openDocument(documentId);
    m_fieldsPane->openDocument(documentId);
}

void MainWindow::openFile(const QString &path)
{
    m_fieldsPane->clear(); // a local file has no predictions or ground truth
    m_viewer->openFile(path);
}

void MainWindow::openFileDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open File"), QString(), tr("Documents (*.pdf *.jpg *.jpeg)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openFile);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LAS Review"),
                       tr("<h3>LAS Review %1</h3><p>Review what the Lucidtech AI Services read from your "
                          "documents, and correct it.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    m_settings->beginGroup(u"mainWindow"_s);
    if (!restoreGeometry(m_settings->value(u"geometry"_s).toByteArray()))
        resize(1400, 860);
    restoreState(m_settings->value(u"state"_s).toByteArray());
    m_splitter->restoreState(m_settings->value(u"splitter"_s).toByteArray());
    m_documentPane->restoreHeaderState(m_settings->value(u"documentColumns"_s).toByteArray());
    m_viewer->restoreState(m_settings->value(u"viewer"_s).toByteArray());
    m_settings->endGroup();
}

void MainWindow::saveLayout()
{
    m_settings->beginGroup(u"mainWindow"_s);
    m_settings->setValue(u"geometry"_s, saveGeometry());
    m_settings->setValue(u"state"_s, saveState());
    m_settings->setValue(u"splitter"_s, m_splitter->saveState());
    m_settings->setValue(u"documentColumns"_s, m_documentPane->saveHeaderState());
    m_settings->setValue(u"viewer"_s, m_viewer->saveState());
    m_settings->endGroup();
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}
