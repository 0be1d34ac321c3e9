#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

class QTabWidget;

namespace igw {

class Banner;
class DpiasPage;
class SharingPage;
class RetentionPage;
class OrganisationPage;
class RegisterPage;
class FlowsPage;
class RopaPage;
class WelcomePage;
class WorkspaceSession;

// The shell: menus, the sidebar of registers, the welcome screen, the status bar. It
// opens and closes workspaces and wires the module pages to the open one.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Sidebar order; Ctrl+1..8 follow it.
    enum Page {
        Dashboard,
        Assets,
        Processing,
        Dpias,
        Sharing,
        Retention,
        Exchange,
        Organisation,
        PageCount
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Restores geometry, then opens `file` or (if the setting is on) the last workspace.
    void startUp(const QString &file = {});

    bool openWorkspace(const QString &path, bool readOnly = false);
    // `forget`: also forget it as the workspace to reopen at start-up (File > Close).
    bool closeWorkspace(bool forget = true);
    void newWorkspace();
    void openWorkspaceDialog();
    void saveCopyAs();
    void showPreferences();
    void showPage(Page page);

    WorkspaceSession *session() const { return m_session.get(); }
    OrganisationPage *organisationPage() const { return m_organisationPage; }
    RegisterPage *registerPage() const { return m_registerPage; }
    FlowsPage *flowsPage() const { return m_flowsPage; }
    RopaPage *ropaPage() const { return m_ropaPage; }
    DpiasPage *dpiasPage() const { return m_dpiasPage; }
    SharingPage *sharingPage() const { return m_sharingPage; }
    RetentionPage *retentionPage() const { return m_retentionPage; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidgets();
    void createStatusBar();
    void installSession(std::unique_ptr<WorkspaceSession> session, const QStringList &warnings);
    void updateRecentFiles();
    void updateActions();
    void updateStatus();
    void showWarnings(const QStringList &warnings);
    void about();
    // Asks every page with unapplied edits; false when the user chose to stay.
    bool settlePages();

    std::unique_ptr<WorkspaceSession> m_session;
    OrganisationPage *m_organisationPage = nullptr;
    RegisterPage *m_registerPage = nullptr;
    FlowsPage *m_flowsPage = nullptr;
    QTabWidget *m_assetTabs = nullptr;
    RopaPage *m_ropaPage = nullptr;
    DpiasPage *m_dpiasPage = nullptr;
    SharingPage *m_sharingPage = nullptr;
    RetentionPage *m_retentionPage = nullptr;

    QUndoGroup *m_undoGroup;
    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    QWidget *m_workspaceView;
    Banner *m_readOnlyBanner;
    Banner *m_warningBanner;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QWidget *m_organisationSlot;
    QWidget *m_assetsSlot;
    QWidget *m_processingSlot;
    QWidget *m_dpiasSlot;
    QWidget *m_sharingSlot;
    QWidget *m_retentionSlot;
    QLabel *m_statusFile;
    QLabel *m_statusReadOnly;
    QLabel *m_statusBackup;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QActionGroup *m_pageActions = nullptr;
};

} // namespace igw
