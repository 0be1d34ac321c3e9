#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "gui/recentfiles.h"
#include "gui/settings.h"
#include "gui/workspacesession.h"
#include "guitestutil.h"
#include "register/assets.h"
#include "register/ui/flowspage.h"
#include "retention/ui/retentionpage.h"
#include "sharing/ui/sharingpage.h"
#include "widgets/banner.h"
#include "widgets/queueddialogs.h"
#include "workspace/backup.h"
#include "workspace/directory.h"
#include "workspace/ui/organisationpage.h"
#include "workspace/ui/recordeditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace igw;
using igw::test::child;

class TestShell : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnAssetsWhenThereAreAssets();

    void welcomeScreenWhenNothingIsOpen();
    void newWorkspaceFromQueuedAnswers();
    void newWorkspaceCancelledDoesNothing();
    void sidebarHasEightPages();
    void sidebarByMouseKeyboardAndShortcut();
    void readOnlyWorkspaceShowsBanner();
    void closeReturnsToWelcome();
    void settingsRestoredOnStart();
    void commandLineFileIsOpened();
    void lockedWorkspaceOffersReadOnly();
    void lockedWorkspaceCancelled();
    void damagedWorkspaceOffersNewestBackup();
    void backupTakenOnWorkerThread();
    void undoRedoFromEditMenu();
    void editFailureIsShown();
    void recentFilesMenu();
    void saveCopyAs();
    void preferencesDialogWritesSettings();
    void settingsHaveDefaultsAndVersion();

private:
    QString makeWorkspace(const QString &name, bool withPeople = false);

    QTemporaryDir m_dir;
    QueuedDialogs *m_dialogs = nullptr;
};

void TestShell::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("IG Workbench Tests"));
    QApplication::setApplicationName(QStringLiteral("igworkbench-test-shell"));
    QApplication::setApplicationVersion(QStringLiteral(IGW_VERSION));
}

void TestShell::init()
{
    QSettings().clear();
    Settings::migrate();
    m_dialogs = QueuedDialogs::install();
}

void TestShell::cleanup()
{
    QCOMPARE(m_dialogs->pending(), 0);
    Dialogs::setBackend(nullptr);
}

void TestShell::opensOnAssetsWhenThereAreAssets()
{
    const QString path = makeWorkspace(QStringLiteral("withassets.igw"));
    {
        auto r = Workspace::open(path);
        QVERIFY(r.ok());
        QString error;
        QVERIFY(r.workspace->records().create(
            kinds::asset(), {{assetField::name, QStringLiteral("Payroll")}}, &error));
    }
    MainWindow w;
    w.startUp();
    QVERIFY(w.openWorkspace(path));
    QCOMPARE(child<QStackedWidget>(&w, QStringLiteral("pages"))->currentIndex(),
             int(MainWindow::Assets));
    QVERIFY(child<QWidget>(&w, QStringLiteral("registerPage"))->isVisible());
}

QString TestShell::makeWorkspace(const QString &name, bool withPeople)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    auto ws = test::createWorkspace(path);
    if (!ws)
        return {};
    if (withPeople) {
        for (const char *person : {"Ada Byron", "Grace Hopper"})
            ws->records().create(kinds::person(),
                                 {{personField::name, QString::fromLatin1(person)}}, nullptr);
    }
    return path;
}

void TestShell::welcomeScreenWhenNothingIsOpen()
{
    MainWindow w;
    w.startUp();
    QCOMPARE(w.objectName(), QStringLiteral("mainWindow"));
    auto *central = child<QStackedWidget>(&w, QStringLiteral("central"));
    QVERIFY(central);
    QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("welcome"));
    QVERIFY(child<QWidget>(&w, QStringLiteral("welcome"))->isVisible());
    QVERIFY(!w.session());
    QVERIFY(!child<QAction>(&w, QStringLiteral("actionClose"))->isEnabled());
    QVERIFY(!child<QAction>(&w, QStringLiteral("actionSaveCopy"))->isEnabled());
    QVERIFY(!child<QAction>(&w, QStringLiteral("actionUndo"))->isEnabled());
    QCOMPARE(child<QAction>(&w, QStringLiteral("actionNew"))->shortcut(),
             QKeySequence(QKeySequence::New));
    QCOMPARE(child<QAction>(&w, QStringLiteral("actionSaveCopy"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Shift+S")));
}

void TestShell::newWorkspaceFromQueuedAnswers()
{
    MainWindow w;
    w.startUp();
    const QString path = m_dir.filePath(QStringLiteral("brand-new"));
    QFile::remove(path + QStringLiteral(".igw"));
    m_dialogs->pushFileName(path); // no suffix: the app adds .igw
    m_dialogs->pushText(QStringLiteral("Kingsmere Borough Council"));
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("welcomeNew")), Qt::LeftButton);

    QVERIFY(QFile::exists(path + QStringLiteral(".igw")));
    QVERIFY(w.session());
    QVERIFY(!w.session()->workspace().isReadOnly());
    QCOMPARE(m_dialogs->seen().at(0).kind, QStringLiteral("save"));
    QVERIFY(m_dialogs->seen().at(0).text.contains(QStringLiteral("*.igw")));
    auto *central = child<QStackedWidget>(&w, QStringLiteral("central"));
    QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("workspaceView"));
    QCOMPARE(child<QLineEdit>(&w, QStringLiteral("profileName"))->text(),
             QStringLiteral("Kingsmere Borough Council"));
    QCOMPARE(child<QLabel>(&w, QStringLiteral("statusFile"))->text(),
             QStringLiteral("brand-new.igw"));
    QVERIFY(!child<Banner>(&w, QStringLiteral("readOnlyBanner"))->isVisible());
    QCOMPARE(recentfiles::list().value(0), path + QStringLiteral(".igw"));
}

void TestShell::newWorkspaceCancelledDoesNothing()
{
    MainWindow w;
    w.startUp();
    m_dialogs->pushFileName(QString());
    child<QAction>(&w, QStringLiteral("actionNew"))->trigger();
    QVERIFY(!w.session());

    // Cancelling the organisation name creates nothing either.
    const QString path = m_dir.filePath(QStringLiteral("never.igw"));
    m_dialogs->pushFileName(path);
    m_dialogs->pushText(QString());
    child<QAction>(&w, QStringLiteral("actionNew"))->trigger();
    QVERIFY(!w.session());
    QVERIFY(!QFile::exists(path));
}

void TestShell::sidebarHasEightPages()
{
    const QString path = makeWorkspace(QStringLiteral("pages.igw"));
    MainWindow w;
    w.startUp(path);
    QVERIFY(w.session());
    auto *sidebar = child<QListWidget>(&w, QStringLiteral("sidebar"));
    auto *pages = child<QStackedWidget>(&w, QStringLiteral("pages"));
    QVERIFY(sidebar && pages);
    QCOMPARE(sidebar->count(), 8);
    QCOMPARE(pages->count(), 8);
    const QStringList titles{
        QStringLiteral("Dashboard"),         QStringLiteral("Assets"),
        QStringLiteral("Processing (ROPA)"), QStringLiteral("DPIAs"),
        QStringLiteral("Sharing"),           QStringLiteral("Retention"),
        QStringLiteral("Exchange"),          QStringLiteral("Organisation & People")};
    for (int i = 0; i < sidebar->count(); ++i) {
        QCOMPARE(sidebar->item(i)->text(), titles.at(i));
        QVERIFY2(!sidebar->item(i)->icon().isNull(), qPrintable(titles.at(i)));
    }
    // Opening a workspace lands on the page that works today.
    QCOMPARE(pages->currentIndex(), int(MainWindow::Organisation));
    QVERIFY(child<QWidget>(&w, QStringLiteral("organisationPage"))->isVisible());
}

void TestShell::sidebarByMouseKeyboardAndShortcut()
{
    const QString path = makeWorkspace(QStringLiteral("navigate.igw"));
    MainWindow w;
    w.startUp(path);
    auto *sidebar = child<QListWidget>(&w, QStringLiteral("sidebar"));
    auto *pages = child<QStackedWidget>(&w, QStringLiteral("pages"));

    for (int i = 0; i < sidebar->count(); ++i) {
        const QRect rect = sidebar->visualItemRect(sidebar->item(i));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(pages->currentIndex(), i);
        QVERIFY(pages->currentWidget()->isVisible());
    }

    sidebar->setFocus();
    sidebar->setCurrentRow(0);
    for (int i = 1; i < sidebar->count(); ++i) {
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(pages->currentIndex(), i);
    }

    // Ctrl+1..8 (View menu); the actions carry the shortcuts, triggering them is what
    // a key press does.
    for (int i = 0; i < 8; ++i) {
        const QList<QAction *> actions = w.findChildren<QAction *>();
        QAction *go = nullptr;
        for (QAction *a : actions) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(int(Qt::Key_1) + i)))
                go = a;
        }
        QVERIFY(go);
        go->trigger();
        QCOMPARE(pages->currentIndex(), i);
        QCOMPARE(sidebar->currentRow(), i);
    }
    // The Assets page holds the register and, on a second tab, the flows.
    w.showPage(MainWindow::Assets);
    QVERIFY(child<QWidget>(&w, QStringLiteral("assetsPage"))->isVisible());
    auto *tabs = child<QTabWidget>(&w, QStringLiteral("assetTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QVERIFY(child<QWidget>(&w, QStringLiteral("registerPage"))->isVisible());
    tabs->setCurrentIndex(1);
    QVERIFY(child<QWidget>(&w, QStringLiteral("flowsPage"))->isVisible());
    QCOMPARE(static_cast<QWidget *>(w.flowsPage()), tabs->currentWidget());
    // Processing (ROPA) is the real page, not a placeholder.
    w.showPage(MainWindow::Processing);
    QVERIFY(child<QWidget>(&w, QStringLiteral("ropaPage"))->isVisible());
    // So is DPIAs.
    w.showPage(MainWindow::Dpias);
    QVERIFY(child<QWidget>(&w, QStringLiteral("dpiasPage"))->isVisible());
    // And Sharing, with its agreements and the flows without one.
    w.showPage(MainWindow::Sharing);
    QVERIFY(child<QWidget>(&w, QStringLiteral("sharingPageContent"))->isVisible());
    QVERIFY(w.sharingPage());
    QCOMPARE(w.sharingPage()->tabs()->count(), 2);
    // And Retention: schedule, planner, disposal log and checks.
    w.showPage(MainWindow::Retention);
    QVERIFY(child<QWidget>(&w, QStringLiteral("retentionPageContent"))->isVisible());
    QCOMPARE(w.retentionPage()->tabs()->count(), 4);
}

void TestShell::readOnlyWorkspaceShowsBanner()
{
    const QString path = makeWorkspace(QStringLiteral("readonly.igw"), true);
    MainWindow w;
    w.startUp();
    QVERIFY(w.openWorkspace(path, true));
    QVERIFY(w.session()->workspace().isReadOnly());
    auto *banner = child<Banner>(&w, QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->message(), w.session()->workspace().readOnlyMessage());
    QVERIFY(!banner->message().isEmpty());
    QVERIFY(child<QLabel>(&w, QStringLiteral("statusReadOnly"))->isVisible());
    QCOMPARE(child<QLabel>(&w, QStringLiteral("statusReadOnly"))->text(),
             QStringLiteral("Read-only"));
    QVERIFY(!child<QPushButton>(&w, QStringLiteral("personAdd"))->isEnabled());
    QVERIFY(child<QLineEdit>(&w, QStringLiteral("profileName"))->isReadOnly());
    // No backups of a file we may not change.
    QVERIFY(!w.session()->isBackupRunning());
}

void TestShell::closeReturnsToWelcome()
{
    const QString path = makeWorkspace(QStringLiteral("close.igw"));
    MainWindow w;
    w.startUp(path);
    QVERIFY(w.session());
    QCOMPARE(Settings::value(Settings::Key::LastWorkspace).toString(), path);
    child<QAction>(&w, QStringLiteral("actionClose"))->trigger();
    QVERIFY(!w.session());
    QVERIFY(!w.organisationPage());
    QCOMPARE(child<QStackedWidget>(&w, QStringLiteral("central"))->currentWidget()->objectName(),
             QStringLiteral("welcome"));
    QVERIFY(!child<QAction>(&w, QStringLiteral("actionUndo"))->isEnabled());
    // File > Close means "do not reopen this next time".
    QVERIFY(Settings::value(Settings::Key::LastWorkspace).toString().isEmpty());
    // The welcome screen lists it as recent.
    auto *recent = child<QListWidget>(&w, QStringLiteral("recentList"));
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), path);
    // And the lock is released: the file can be opened again at once.
    auto again = Workspace::open(path, test::testOptions());
    QVERIFY2(again.ok(), qPrintable(again.errorString));
}

void TestShell::settingsRestoredOnStart()
{
    const QString path = makeWorkspace(QStringLiteral("restore.igw"));
    {
        MainWindow w;
        w.startUp(path);
        QVERIFY(w.session());
        w.resize(1010, 707);
        QVERIFY(w.close()); // quitting keeps the workspace to reopen
    }
    QCOMPARE(Settings::value(Settings::Key::LastWorkspace).toString(), path);
    QVERIFY(!Settings::value(Settings::Key::WindowGeometry).toByteArray().isEmpty());
    {
        MainWindow w;
        w.startUp();
        QVERIFY(w.session());
        QCOMPARE(w.session()->workspace().path(), path);
        QCOMPARE(w.size(), QSize(1010, 707));
        QVERIFY(w.close());
    }
    // With the setting off, the welcome screen shows instead.
    Settings::setValue(Settings::Key::ReopenLastWorkspace, false);
    MainWindow w;
    w.startUp();
    QVERIFY(!w.session());
}

void TestShell::commandLineFileIsOpened()
{
    const QString first = makeWorkspace(QStringLiteral("last.igw"));
    const QString second = makeWorkspace(QStringLiteral("argument.igw"));
    Settings::setValue(Settings::Key::LastWorkspace, first);
    MainWindow w;
    w.startUp(second); // `igworkbench FILE` wins over the last workspace
    QVERIFY(w.session());
    QCOMPARE(w.session()->workspace().path(), second);
}

void TestShell::lockedWorkspaceOffersReadOnly()
{
    const QString path = makeWorkspace(QStringLiteral("locked.igw"));
    auto holder = Workspace::open(path, test::testOptions());
    QVERIFY(holder.ok());

    MainWindow w;
    w.startUp();
    m_dialogs->pushChoice(0); // "Open Read-Only"
    QVERIFY(w.openWorkspace(path));
    const QueuedDialogs::Seen asked = m_dialogs->lastSeen();
    QCOMPARE(asked.kind, QStringLiteral("choose"));
    QVERIFY2(asked.text.contains(QStringLiteral("tester")), qPrintable(asked.text));
    QVERIFY(w.session()->workspace().isReadOnly());
    QCOMPARE(w.session()->workspace().readOnlyReason(), Workspace::ReadOnlyReason::LockedElsewhere);
    auto *banner = child<Banner>(&w, QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->message().contains(QStringLiteral("tester")));
}

void TestShell::lockedWorkspaceCancelled()
{
    const QString path = makeWorkspace(QStringLiteral("locked-cancel.igw"));
    auto holder = Workspace::open(path, test::testOptions());
    QVERIFY(holder.ok());
    MainWindow w;
    w.startUp();
    m_dialogs->pushChoice(1); // "Cancel"
    QVERIFY(!w.openWorkspace(path));
    QVERIFY(!w.session());
    QCOMPARE(child<QStackedWidget>(&w, QStringLiteral("central"))->currentWidget()->objectName(),
             QStringLiteral("welcome"));
}

void TestShell::damagedWorkspaceOffersNewestBackup()
{
    const QString path = makeWorkspace(QStringLiteral("damaged.igw"), true);
    QString error;
    QVERIFY2(!backup::rollingBackup(path, 5, &error).isEmpty(), qPrintable(error));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(4096, 'x'));
    }
    MainWindow w;
    w.startUp();
    m_dialogs->pushChoice(0); // "Restore Newest Backup"
    QVERIFY(w.openWorkspace(path));
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("choose"));
    QVERIFY(w.session());
    QCOMPARE(w.session()->workspace().records().count(kinds::person()), 2);
    auto *warning = child<Banner>(&w, QStringLiteral("warningBanner"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->message().contains(QStringLiteral("Restored")));

    // Without a backup there is nothing to offer: just the explanation.
    w.closeWorkspace();
    const QString junk = m_dir.filePath(QStringLiteral("junk.igw"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a workspace at all");
    }
    m_dialogs->pushOk();
    QVERIFY(!w.openWorkspace(junk));
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("critical"));
}

void TestShell::backupTakenOnWorkerThread()
{
    const QString path = makeWorkspace(QStringLiteral("backup.igw"));
    MainWindow w;
    w.startUp(path);
    QVERIFY(w.session());
    auto *status = child<QLabel>(&w, QStringLiteral("statusBackup"));
    QTRY_VERIFY(w.session()->lastBackupTime().isValid());
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Last backup")));
    QCOMPARE(backup::list(path).size(), 1);
    QVERIFY(!w.session()->hasEditsSinceBackup());

    // An edit marks the session for the next timed backup.
    w.session()->editor().create(kinds::person(), {{personField::name, QStringLiteral("Ed")}},
                                 QStringLiteral("Add Ed"));
    QVERIFY(w.session()->hasEditsSinceBackup());
    QVERIFY(w.session()->startBackup());
    w.session()->waitForBackup();
    QTRY_COMPARE(backup::list(path).size(), 2);
}

void TestShell::undoRedoFromEditMenu()
{
    const QString path = makeWorkspace(QStringLiteral("undo.igw"));
    MainWindow w;
    w.startUp(path);
    auto *undo = child<QAction>(&w, QStringLiteral("actionUndo"));
    auto *redo = child<QAction>(&w, QStringLiteral("actionRedo"));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled());
    const auto id = w.session()->editor().create(
        kinds::person(), {{personField::name, QStringLiteral("Una")}}, QStringLiteral("Add Una"));
    QVERIFY(id);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Add Una")));
    undo->trigger();
    QVERIFY(!w.session()->workspace().records().get(kinds::person(), *id));
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(w.session()->workspace().records().get(kinds::person(), *id));

    // Each workspace has its own stack; closing drops the history.
    w.closeWorkspace();
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
}

void TestShell::editFailureIsShown()
{
    const QString path = makeWorkspace(QStringLiteral("failure.igw"));
    MainWindow w;
    w.startUp(path);
    m_dialogs->pushOk();
    QVERIFY(!w.session()->editor().remove(kinds::person(), 999, QStringLiteral("Delete")));
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("warning"));
    QCOMPARE(m_dialogs->lastSeen().title, QStringLiteral("Change Not Made"));
}

void TestShell::recentFilesMenu()
{
    MainWindow w;
    w.startUp();
    QStringList paths;
    for (int i = 0; i < 12; ++i)
        recentfiles::add(m_dir.filePath(QStringLiteral("recent-%1.igw").arg(i)));
    QCOMPARE(recentfiles::list().size(), recentfiles::MaxEntries);
    QCOMPARE(recentfiles::list().constFirst(), m_dir.filePath(QStringLiteral("recent-11.igw")));

    const QString a = makeWorkspace(QStringLiteral("recent-a.igw"));
    QVERIFY(w.openWorkspace(a));
    auto *menu = child<QMenu>(&w, QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().constFirst()->text().contains(QStringLiteral("recent-a.igw")));
    // Missing files are kept in the list but cannot be picked on the welcome screen.
    w.closeWorkspace();
    auto *list = child<QListWidget>(&w, QStringLiteral("recentList"));
    QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);
    QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled));

    child<QAction>(&w, QStringLiteral("actionClearRecent"))->trigger();
    QVERIFY(recentfiles::list().isEmpty());
    QVERIFY(!child<QAction>(&w, QStringLiteral("actionClearRecent"))->isEnabled());
}

void TestShell::saveCopyAs()
{
    const QString path = makeWorkspace(QStringLiteral("original.igw"), true);
    const QString copy = m_dir.filePath(QStringLiteral("the-copy"));
    QFile::remove(copy + QStringLiteral(".igw"));
    MainWindow w;
    w.startUp(path);
    m_dialogs->pushFileName(copy);
    child<QAction>(&w, QStringLiteral("actionSaveCopy"))->trigger();
    QVERIFY(QFile::exists(copy + QStringLiteral(".igw")));
    // Still working on the original.
    QCOMPARE(w.session()->workspace().path(), path);
    auto opened = Workspace::open(copy + QStringLiteral(".igw"), test::testOptions(true));
    QVERIFY2(opened.ok(), qPrintable(opened.errorString));
    QCOMPARE(opened.workspace->records().count(kinds::person()), 2);
}

void TestShell::preferencesDialogWritesSettings()
{
    PreferencesDialog dialog;
    QCOMPARE(dialog.objectName(), QStringLiteral("preferencesDialog"));
    auto *interval = child<QSpinBox>(&dialog, QStringLiteral("prefBackupInterval"));
    auto *keep = child<QSpinBox>(&dialog, QStringLiteral("prefBackupsToKeep"));
    auto *name = child<QLineEdit>(&dialog, QStringLiteral("prefUserName"));
    auto *reopen = child<QCheckBox>(&dialog, QStringLiteral("prefReopenLast"));
    QVERIFY(interval && keep && name && reopen);
    QCOMPARE(interval->value(), 10);
    QCOMPARE(keep->value(), 10);
    QVERIFY(reopen->isChecked());
    interval->setValue(25);
    keep->setValue(4);
    QTest::keyClicks(name, QStringLiteral("Jane Smith"));
    reopen->setChecked(false);
    dialog.accept();
    QCOMPARE(Settings::backupIntervalMinutes(), 25);
    QCOMPARE(Settings::backupsToKeep(), 4);
    QCOMPARE(Settings::userDisplayName(), QStringLiteral("Jane Smith"));
    QVERIFY(!Settings::value(Settings::Key::ReopenLastWorkspace).toBool());

    // The name goes into the audit trail of workspaces opened afterwards.
    const QString path = makeWorkspace(QStringLiteral("named.igw"));
    MainWindow w;
    w.startUp(path);
    QCOMPARE(w.session()->workspace().userName(), QStringLiteral("Jane Smith"));
}

void TestShell::settingsHaveDefaultsAndVersion()
{
    QSettings().clear();
    QCOMPARE(Settings::migrate(), 0);
    QCOMPARE(QSettings().value(QStringLiteral("settingsVersion")).toInt(),
             Settings::CurrentVersion);
    QCOMPARE(Settings::backupIntervalMinutes(), 10);
    QCOMPARE(Settings::backupsToKeep(), 10);
    QVERIFY(Settings::value(Settings::Key::ReopenLastWorkspace).toBool());
    QVERIFY(Settings::value(Settings::Key::RecentFiles).toStringList().isEmpty());
    // Values come back with the default's type even from a text-based store.
    QSettings().setValue(Settings::name(Settings::Key::BackupsToKeep), QStringLiteral("7"));
    QCOMPARE(Settings::value(Settings::Key::BackupsToKeep).typeId(), QMetaType::Int);
    QCOMPARE(Settings::backupsToKeep(), 7);
    // Settings from a newer version are left alone.
    QSettings().setValue(QStringLiteral("settingsVersion"), Settings::CurrentVersion + 1);
    QCOMPARE(Settings::migrate(), Settings::CurrentVersion + 1);
    QCOMPARE(QSettings().value(QStringLiteral("settingsVersion")).toInt(),
             Settings::CurrentVersion + 1);
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
