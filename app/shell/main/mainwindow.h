#pragma once

#include <QMainWindow>
#include <QPointer>

class DocumentContentCache;
class DocumentListModel;
class DocumentListPane;
class FieldsPane;
class Preferences;
class ProfileStore;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSettings;
class QSplitter;
class Session;
class UploadController;
class ViewerPane;

namespace las {
class Client;
}

// The review window: documents | page | fields, with menus and a status bar showing the profile, the
// connection and background work. Holds no state the core does not own; layout is kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // None owned; all must outlive the window.
    MainWindow(Session *session, ProfileStore *profiles, Preferences *preferences, QSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentListModel *documentModel() const { return m_documents; }
    DocumentListPane *documentPane() const { return m_documentPane; }
    QSplitter *splitter() const { return m_splitter; }
    ViewerPane *viewer() const { return m_viewer; }
    DocumentContentCache *contentCache() const { return m_cache; }
    UploadController *uploads() const { return m_upload; }
    FieldsPane *fieldsPane() const { return m_fieldsPane; }

    // Background work shown in the status bar ("Starting the demo server…"); empty: idle.
    void setBackgroundWork(const QString &description);
    // Shown in the documents pane while there is no list (start-up problems such as the demo not starting).
    void showProblem(const QString &message);
    // Opens a document of the account, or a local file, in the page pane.
    void openDocument(const QString &documentId);
    void openFile(const QString &path);
    // The label shown for the session (e.g. "Demo"); empty: the profile's name.
    void setProfileLabel(const QString &label);

Q_SIGNALS:
    void manageProfilesRequested();
    void switchProfileRequested(const QString &name);
    void signInRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPanes();
    void updateSessionState();
    void updateProfilesMenu();
    void updateWorkIndicator();
    void showPreferences();
    void showAbout();
    void openFileDialog();
    void restoreLayout();
    void saveLayout();
    void clientChanged(las::Client *client);

    Session *m_session;
    ProfileStore *m_profiles;
    Preferences *m_preferences;
    QSettings *m_settings;
    DocumentListModel *m_documents;
    DocumentListPane *m_documentPane = nullptr;
    QSplitter *m_splitter = nullptr;
    DocumentContentCache *m_cache = nullptr;
    ViewerPane *m_viewer = nullptr;
    UploadController *m_upload = nullptr;
    FieldsPane *m_fieldsPane = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_profilesMenu = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_workLabel = nullptr;
    QProgressBar *m_workBar = nullptr;
    QString m_backgroundWork;
    QString m_profileText;
    QString m_problem;
    QStringList m_pendingDocuments;
};
