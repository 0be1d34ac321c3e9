#include "gui/mainwindow.h"

#include "dpia/ui/dpiaspage.h"
#include "dpia/workflow.h"
#include "gui/placeholderpage.h"
#include "gui/preferencesdialog.h"
#include "gui/recentfiles.h"
#include "gui/settings.h"
#include "gui/shelltr.h"
#include "gui/welcomepage.h"
#include "gui/workspaceopener.h"
#include "gui/workspacesession.h"
#include "register/assets.h"
#include "register/ui/floweditor.h"
#include "register/ui/flowspage.h"
#include "register/ui/registerpage.h"
#include "ropa/ui/ropaexportaction.h"
#include "ropa/ui/ropaimportdialog.h"
#include "ropa/ui/ropapage.h"
#include "retention/ui/retentionpage.h"
#include "sharing/lifecycle.h"
#include "sharing/ui/sharingpage.h"
#include "widgets/banner.h"
#include "widgets/dialogs.h"
#include "widgets/icons.h"
#include "workspace/ui/organisationpage.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <array>

namespace igw {

namespace {

struct PageInfo {
    const char *iconName;
    const char *title;
    const char *objectName; // of the View menu action
    const char *description;
};

// Sidebar entries in MainWindow::Page order.
const std::array<PageInfo, MainWindow::PageCount> &pageInfo()
{
    static const std::array<PageInfo, MainWindow::PageCount> pages{{
        {"dashboard", QT_TRANSLATE_NOOP("igw::Shell", "Dashboard"), "goDashboard",
         QT_TRANSLATE_NOOP("igw::Shell",
                           "An overview of your registers: reviews that are due, DPIAs waiting "
                           "for sign-off, agreements to renew and gaps in the record of "
                           "processing.")},
        {"assets", QT_TRANSLATE_NOOP("igw::Shell", "Assets"), "goAssets",
         QT_TRANSLATE_NOOP("igw::Shell",
                           "The information asset register: each system or collection of "
                           "records, its Information Asset Owner, where it is held, its "
                           "security classification and the data flows in and out.")},
        {"processing", QT_TRANSLATE_NOOP("igw::Shell", "Processing (ROPA)"), "goProcessing",
         QT_TRANSLATE_NOOP("igw::Shell",
                           "Your Article 30 record of processing activities: purposes, lawful "
                           "bases, categories of data and people, recipients, transfers and "
                           "retention, ready to publish or send to the ICO.")},
        {"dpia", QT_TRANSLATE_NOOP("igw::Shell", "DPIAs"), "goDpias",
         QT_TRANSLATE_NOOP("igw::Shell",
                           "Screening questions that tell you when a data protection impact "
                           "assessment is needed, then the assessment itself: risks, measures, "
                           "DPO advice and sign-off.")},
        {"sharing", QT_TRANSLATE_NOOP("igw::Shell", "Sharing"), "goSharing",
         QT_TRANSLATE_NOOP("igw::Shell",
                           "Data sharing agreements with partner organisations and the log of "
                           "what was shared, following the ICO Data Sharing Code of Practice.")},
        {"retention", QT_TRANSLATE_NOOP("igw::Shell", "Retention"), "goRetention",
         QT_TRANSLATE_NOOP("igw::Shell",
                           "Your retention schedule: classes of records, how long each is kept "
                           "and why, and what is due for review or disposal.")},
        {"exchange", QT_TRANSLATE_NOOP("igw::Shell", "Exchange"), "goExchange",
         QT_TRANSLATE_NOOP("igw::Shell",
                           "Sending and receiving signed packages with partners: shared DPIAs, "
                           "agreements and extracts of your registers.")},
        {"organisation", QT_TRANSLATE_NOOP("igw::Shell", "Organisation & People"), "goOrganisation",
         ""},
    }};
    return pages;
}

QString workspaceFilter()
{
    return ShellTr::tr("IG Workbench workspaces (*.igw)");
}

QString withSuffix(const QString &path)
{
    const QString suffix = QString::fromLatin1(Workspace::FileSuffix);
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + QLatin1Char('.') + suffix;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(QStringLiteral("igworkbench")));
    createActions();
    createMenus();
    createCentralWidgets();
    createStatusBar();
    updateRecentFiles();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The pages refer to the session's editor: take them down first.
    delete m_assetTabs;
    delete m_ropaPage;
    delete m_dpiasPage;
    delete m_sharingPage;
    delete m_retentionPage;
    delete m_organisationPage;
    if (m_session)
        m_undoGroup->removeStack(&m_session->undoStack());
}

void MainWindow::createActions()
{
    m_newAction =
        new QAction(icon(QStringLiteral("igworkbench")), ShellTr::tr("&New Workspace…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(ShellTr::tr("Create a workspace file for your organisation"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(ShellTr::tr("&Open Workspace…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(ShellTr::tr("Open an existing workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_saveCopyAction = new QAction(ShellTr::tr("Save a &Copy As…"), this);
    m_saveCopyAction->setObjectName(QStringLiteral("actionSaveCopy"));
    m_saveCopyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveCopyAction->setStatusTip(
        ShellTr::tr("Write a copy of the workspace to another file; you keep working on this "
                    "one. Changes are saved as you make them."));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyAs);

    m_closeAction = new QAction(ShellTr::tr("&Close Workspace"), this);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] { closeWorkspace(true); });

    m_quitAction = new QAction(ShellTr::tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, ShellTr::tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, ShellTr::tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_preferencesAction = new QAction(ShellTr::tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int i = 0; i < PageCount; ++i) {
        const PageInfo &info = pageInfo().at(std::size_t(i));
        auto *action = new QAction(icon(QString::fromLatin1(info.iconName)),
                                   ShellTr::tr(info.title), m_pageActions);
        action->setObjectName(QString::fromLatin1(info.objectName));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(int(Qt::Key_1) + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(ShellTr::tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(ShellTr::tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(ShellTr::tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(ShellTr::tr("&View"));
    view->addActions(m_pageActions->actions());

    QMenu *help = menuBar()->addMenu(ShellTr::tr("&Help"));
    QAction *about = help->addAction(ShellTr::tr("&About IG Workbench"), this, &MainWindow::about);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(ShellTr::tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createCentralWidgets()
{
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("central"));
    setCentralWidget(m_central);

    m_welcome = new WelcomePage(m_central);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_welcome, &WelcomePage::openRecentRequested, this,
            [this](const QString &path) { openWorkspace(path); });
    m_central->addWidget(m_welcome);

    m_workspaceView = new QWidget(m_central);
    m_workspaceView->setObjectName(QStringLiteral("workspaceView"));
    m_readOnlyBanner = new Banner(Banner::Kind::ReadOnly, m_workspaceView);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_warningBanner = new Banner(Banner::Kind::Warning, m_workspaceView);
    m_warningBanner->setObjectName(QStringLiteral("warningBanner"));
    m_warningBanner->setDismissible(true);

    m_sidebar = new QListWidget(m_workspaceView);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(ShellTr::tr("Sections"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_pages = new QStackedWidget(m_workspaceView);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (int i = 0; i < PageCount; ++i) {
        const PageInfo &info = pageInfo().at(std::size_t(i));
        const QString title = ShellTr::tr(info.title);
        auto *item =
            new QListWidgetItem(icon(QString::fromLatin1(info.iconName)), title, m_sidebar);
        item->setToolTip(ShellTr::tr("%1 (%2)").arg(
            title, m_pageActions->actions().at(i)->shortcut().toString(QKeySequence::NativeText)));
        item->setSizeHint(QSize(0, 32));
        if (i == Organisation) {
            m_organisationSlot = new QWidget(m_pages);
            m_organisationSlot->setObjectName(QStringLiteral("organisationSlot"));
            auto *slotLayout = new QVBoxLayout(m_organisationSlot);
            slotLayout->setContentsMargins(0, 0, 0, 0);
            m_pages->addWidget(m_organisationSlot);
        } else if (i == Assets) {
            m_assetsSlot = new QWidget(m_pages);
            // Named like the placeholder it replaces ("<icon>Page").
            m_assetsSlot->setObjectName(QStringLiteral("assetsPage"));
            auto *slotLayout = new QVBoxLayout(m_assetsSlot);
            slotLayout->setContentsMargins(0, 0, 0, 0);
            m_pages->addWidget(m_assetsSlot);
        } else if (i == Processing) {
            m_processingSlot = new QWidget(m_pages);
            m_processingSlot->setObjectName(QStringLiteral("processingPage"));
            auto *slotLayout = new QVBoxLayout(m_processingSlot);
            slotLayout->setContentsMargins(0, 0, 0, 0);
            m_pages->addWidget(m_processingSlot);
        } else if (i == Dpias) {
            m_dpiasSlot = new QWidget(m_pages);
            m_dpiasSlot->setObjectName(QStringLiteral("dpiaPage"));
            auto *slotLayout = new QVBoxLayout(m_dpiasSlot);
            slotLayout->setContentsMargins(0, 0, 0, 0);
            m_pages->addWidget(m_dpiasSlot);
        } else if (i == Sharing) {
            m_sharingSlot = new QWidget(m_pages);
            m_sharingSlot->setObjectName(QStringLiteral("sharingPage"));
            auto *slotLayout = new QVBoxLayout(m_sharingSlot);
            slotLayout->setContentsMargins(0, 0, 0, 0);
            m_pages->addWidget(m_sharingSlot);
        } else if (i == Retention) {
            m_retentionSlot = new QWidget(m_pages);
            m_retentionSlot->setObjectName(QStringLiteral("retentionPage"));
            auto *slotLayout = new QVBoxLayout(m_retentionSlot);
            slotLayout->setContentsMargins(0, 0, 0, 0);
            m_pages->addWidget(m_retentionSlot);
        } else {
            auto *page = new PlaceholderPage(QString::fromLatin1(info.iconName), title,
                                             ShellTr::tr(info.description), m_pages);
            page->setObjectName(QString::fromLatin1(info.iconName) + QStringLiteral("Page"));
            m_pages->addWidget(page);
        }
    }
    // Wide enough for the longest entry, no wider (item size hints are not known before
    // the list is shown, so measure the text).
    int textWidth = 0;
    for (int i = 0; i < m_sidebar->count(); ++i)
        textWidth =
            qMax(textWidth, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(i)->text()));
    m_sidebar->setFixedWidth(textWidth + m_sidebar->iconSize().width() + 48);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(Page(row));
    });

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_sidebar);
    auto *separator = new QFrame(m_workspaceView);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    body->addWidget(separator);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(m_workspaceView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *banners = new QVBoxLayout;
    banners->setContentsMargins(6, 6, 6, 0);
    banners->setSpacing(4);
    banners->addWidget(m_readOnlyBanner);
    banners->addWidget(m_warningBanner);
    layout->addLayout(banners);
    layout->addLayout(body, 1);
    m_central->addWidget(m_workspaceView);
    m_central->setCurrentWidget(m_welcome);
}

void MainWindow::createStatusBar()
{
    m_statusFile = new QLabel(this);
    m_statusFile->setObjectName(QStringLiteral("statusFile"));
    m_statusReadOnly = new QLabel(ShellTr::tr("Read-only"), this);
    m_statusReadOnly->setObjectName(QStringLiteral("statusReadOnly"));
    m_statusBackup = new QLabel(this);
    m_statusBackup->setObjectName(QStringLiteral("statusBackup"));
    statusBar()->addPermanentWidget(m_statusFile);
    statusBar()->addPermanentWidget(m_statusReadOnly);
    statusBar()->addPermanentWidget(m_statusBackup);
}

void MainWindow::startUp(const QString &file)
{
    if (!restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray())) {
        // First start: a comfortable size for the registers, within the screen.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1200, 760).boundedTo(available.size() * 0.9));
        move(available.center() - rect().center());
    }
    restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    show();
    if (!file.isEmpty()) {
        openWorkspace(file);
        return;
    }
    const QString last = Settings::value(Settings::Key::LastWorkspace).toString();
    if (Settings::value(Settings::Key::ReopenLastWorkspace).toBool() && !last.isEmpty() &&
        QFileInfo::exists(last))
        openWorkspace(last);
}

void MainWindow::newWorkspace()
{
    if (!settlePages())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        Dialogs::getSaveFileName(this, ShellTr::tr("New Workspace"), dir, workspaceFilter());
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    const QString organisation =
        Dialogs::getText(this, ShellTr::tr("New Workspace"),
                         ShellTr::tr("Your organisation's name, as it should appear in "
                                     "registers and agreements:"))
            .trimmed();
    if (organisation.isEmpty())
        return;
    OpenOptions options;
    options.backupOnOpen = false;
    options.backupsToKeep = Settings::backupsToKeep();
    options.userName = Settings::userDisplayName();
    opener::Outcome outcome = opener::create(this, path, organisation, options);
    if (!outcome.workspace)
        return;
    closeWorkspace(false);
    installSession(std::make_unique<WorkspaceSession>(std::move(outcome.workspace), false),
                   outcome.warnings);
}

void MainWindow::openWorkspaceDialog()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList recent = recentfiles::list();
    if (!recent.isEmpty())
        dir = QFileInfo(recent.constFirst()).path();
    const QString path =
        Dialogs::getOpenFileName(this, ShellTr::tr("Open Workspace"), dir, workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

bool MainWindow::openWorkspace(const QString &path, bool readOnly)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_session && m_session->workspace().path() == absolute && !readOnly)
        return true;
    if (!settlePages())
        return false;
    OpenOptions options;
    options.readOnly = readOnly;
    // The backup runs on a worker thread once the window shows the workspace.
    options.backupOnOpen = false;
    options.backupsToKeep = Settings::backupsToKeep();
    options.userName = Settings::userDisplayName();
    opener::Outcome outcome = opener::open(this, absolute, options);
    if (!outcome.workspace) {
        if (outcome.error == OpenError::NotFound) {
            recentfiles::remove(absolute);
            updateRecentFiles();
        }
        return false;
    }
    closeWorkspace(false);
    installSession(std::make_unique<WorkspaceSession>(std::move(outcome.workspace), true),
                   outcome.warnings);
    return true;
}

void MainWindow::installSession(std::unique_ptr<WorkspaceSession> session,
                                const QStringList &warnings)
{
    m_session = std::move(session);
    Workspace &ws = m_session->workspace();
    m_session->setBackupPolicy(Settings::backupIntervalMinutes(), Settings::backupsToKeep());
    connect(&m_session->editor(), &RecordEditor::failed, this, [this](const QString &message) {
        Dialogs::warning(this, ShellTr::tr("Change Not Made"), message);
    });
    connect(m_session.get(), &WorkspaceSession::backupFinished, this,
            [this](bool ok, const QString &pathOrError) {
                updateStatus();
                if (!ok)
                    showWarnings({ShellTr::tr("The automatic backup failed: %1. Your work is "
                                              "saved in the workspace itself; check there is "
                                              "space on the disk.")
                                      .arg(pathOrError)});
            });
    m_undoGroup->addStack(&m_session->undoStack());
    m_undoGroup->setActiveStack(&m_session->undoStack());
    // Statuses that follow the calendar (a DPIA or agreement past its review date, an
    // agreement past its end date) are brought up to today before any page reads them.
    if (!ws.isReadOnly()) {
        QString dateError;
        const QDate today = QDate::currentDate();
        if (workflow::markReviewsDue(ws, today, &dateError) < 0 ||
            sharing::refreshStatuses(ws, today, &dateError) < 0)
            showWarnings({ShellTr::tr("Review and end dates could not be applied: %1")
                              .arg(dateError)});
    }

    m_organisationPage = new OrganisationPage(m_session->editor(), m_organisationSlot);
    m_organisationSlot->layout()->addWidget(m_organisationPage);
    // Assets and the flows between them and partners share the Assets page, as two tabs.
    m_assetTabs = new QTabWidget(m_assetsSlot);
    m_assetTabs->setObjectName(QStringLiteral("assetTabs"));
    m_assetTabs->setDocumentMode(true);
    m_registerPage = new RegisterPage(m_session->editor(), m_assetTabs);
    m_flowsPage = new FlowsPage(m_session->editor(), m_assetTabs);
    m_assetTabs->addTab(m_registerPage, ShellTr::tr("&Register"));
    m_assetTabs->addTab(m_flowsPage, ShellTr::tr("&Flows"));
    m_assetsSlot->layout()->addWidget(m_assetTabs);
    m_ropaPage = new RopaPage(m_session->editor(), m_processingSlot);
    connect(m_ropaPage, &RopaPage::importRequested, this,
            [this] { RopaImportDialog::run(m_session->workspace(), this); });
    connect(m_ropaPage, &RopaPage::exportRequested, this, [this](const QString &format) {
        exportRopaInteractively(m_session->workspace(), this, format);
    });
    m_processingSlot->layout()->addWidget(m_ropaPage);
    m_dpiasPage = new DpiasPage(m_session->editor(), m_dpiasSlot);
    m_dpiasSlot->layout()->addWidget(m_dpiasPage);
    m_sharingPage = new SharingPage(m_session->editor(), m_sharingSlot);
    m_sharingSlot->layout()->addWidget(m_sharingPage);
    m_retentionPage = new RetentionPage(m_session->editor(), m_retentionSlot);
    m_retentionSlot->layout()->addWidget(m_retentionPage);

    m_readOnlyBanner->setMessage(ws.readOnlyMessage());
    showWarnings(warnings);
    recentfiles::add(ws.path());
    Settings::setValue(Settings::Key::LastWorkspace, ws.path());
    updateRecentFiles();
    setWindowFilePath(ws.path());
    m_central->setCurrentWidget(m_workspaceView);
    // Start where the work is: a new workspace needs its profile and people first.
    showPage(ws.records().count(kinds::asset()) > 0 ? Assets : Organisation);
    updateActions();
    updateStatus();
}

bool MainWindow::closeWorkspace(bool forget)
{
    if (!m_session)
        return true;
    if (!settlePages())
        return false;
    delete m_assetTabs; // owns the register and flows pages
    m_assetTabs = nullptr;
    m_registerPage = nullptr;
    m_flowsPage = nullptr;
    delete m_ropaPage;
    m_ropaPage = nullptr;
    delete m_dpiasPage;
    m_dpiasPage = nullptr;
    delete m_sharingPage;
    m_sharingPage = nullptr;
    delete m_retentionPage;
    m_retentionPage = nullptr;
    delete m_organisationPage;
    m_organisationPage = nullptr;
    m_undoGroup->removeStack(&m_session->undoStack());
    m_session.reset();
    if (forget)
        Settings::reset(Settings::Key::LastWorkspace);
    m_readOnlyBanner->setMessage({});
    m_warningBanner->setMessage({});
    setWindowFilePath({});
    m_central->setCurrentWidget(m_welcome);
    updateRecentFiles();
    updateActions();
    updateStatus();
    return true;
}

void MainWindow::saveCopyAs()
{
    if (!m_session)
        return;
    Workspace &ws = m_session->workspace();
    const QFileInfo info(ws.path());
    const QString suggested =
        info.dir().filePath(ShellTr::tr("%1 copy.igw").arg(info.completeBaseName()));
    QString path =
        Dialogs::getSaveFileName(this, ShellTr::tr("Save a Copy As"), suggested, workspaceFilter());
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    QString error;
    if (!ws.saveCopyAs(path, &error)) {
        Dialogs::critical(this, ShellTr::tr("Copy Not Saved"), error);
        return;
    }
    statusBar()->showMessage(ShellTr::tr("Saved a copy as %1. You are still working on %2.")
                                 .arg(QDir::toNativeSeparators(path), info.fileName()),
                             10000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_session)
        m_session->setBackupPolicy(Settings::backupIntervalMinutes(), Settings::backupsToKeep());
}

void MainWindow::showPage(Page page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_pages->setCurrentIndex(page);
    if (m_sidebar->currentRow() != page)
        m_sidebar->setCurrentRow(page);
    m_pageActions->actions().at(page)->setChecked(true);
}

void MainWindow::about()
{
    Dialogs::about(
        this, ShellTr::tr("About IG Workbench"),
        ShellTr::tr("<h3>IG Workbench %1</h3>"
                    "<p>Information governance for UK public bodies: information asset "
                    "registers, records of processing, DPIAs, sharing agreements, retention "
                    "schedules and exchange with partner organisations, kept in one local "
                    "workspace file.</p>"
                    "<p>Workspace file format %2.</p>")
            .arg(QCoreApplication::applicationVersion())
            .arg(Workspace::currentSchemaVersion()));
}

bool MainWindow::settlePages()
{
    if ((m_registerPage && !m_registerPage->settle()) ||
        (m_flowsPage && !m_flowsPage->editor()->settle()) ||
        (m_ropaPage && !m_ropaPage->settle()) || (m_dpiasPage && !m_dpiasPage->settle()) ||
        (m_sharingPage && !m_sharingPage->settle()) ||
        (m_retentionPage && !m_retentionPage->settle()))
        return false;
    return !m_organisationPage || m_organisationPage->settle();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeWorkspace(false)) {
        event->ignore();
        return;
    }
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    event->accept();
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = recentfiles::list();
    m_welcome->setRecentFiles(files);
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 name.igw": the digit is the mnemonic for the first nine.
        const QString label = i < 9
                                  ? ShellTr::tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                  : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(ShellTr::tr("&Clear List"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        recentfiles::clear();
        updateRecentFiles();
    });
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    m_saveCopyAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_pageActions->setEnabled(open);
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_statusFile->clear();
        m_statusFile->setToolTip({});
        m_statusReadOnly->setVisible(false);
        m_statusBackup->clear();
        m_statusBackup->setVisible(false);
        return;
    }
    const Workspace &ws = m_session->workspace();
    m_statusFile->setText(QFileInfo(ws.path()).fileName());
    m_statusFile->setToolTip(QDir::toNativeSeparators(ws.path()));
    m_statusReadOnly->setVisible(ws.isReadOnly());
    m_statusBackup->setVisible(!ws.isReadOnly());
    const QDateTime last = m_session->lastBackupTime();
    const QLocale locale;
    if (m_session->isBackupRunning() && !last.isValid())
        m_statusBackup->setText(ShellTr::tr("Backing up…"));
    else if (!last.isValid())
        m_statusBackup->setText(ShellTr::tr("No backup yet"));
    else if (last.date() == QDate::currentDate())
        m_statusBackup->setText(
            ShellTr::tr("Last backup %1").arg(locale.toString(last.time(), QLocale::ShortFormat)));
    else
        m_statusBackup->setText(
            ShellTr::tr("Last backup %1").arg(locale.toString(last, QLocale::ShortFormat)));
    m_statusBackup->setToolTip(ShellTr::tr("Automatic backups are kept in %1")
                                   .arg(QDir::toNativeSeparators(ws.backupDirectory())));
}

void MainWindow::showWarnings(const QStringList &warnings)
{
    m_warningBanner->setMessage(warnings.join(QLatin1Char('\n')));
}

} // namespace igw
