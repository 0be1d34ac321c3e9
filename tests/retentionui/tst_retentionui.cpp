// The Retention page driven offscreen by objectName: the schedule tree and its search, a
// class edited and added as undo steps with the rules shown inline, the planner by owner
// with its chart, a disposal confirmed into the log with a certificate, legal holds, the
// checks and giving assets a class in one step, and export/import of the schedule.
// Set IGW_SCREENSHOT_DIR to also save pictures.
#include "../gui/guitestutil.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "retention/demoretention.h"
#include "retention/disposal.h"
#include "retention/flags.h"
#include "retention/planner.h"
#include "retention/retentionclasses.h"
#include "retention/ui/checkspanel.h"
#include "retention/ui/disposallogpanel.h"
#include "retention/ui/plannerpanel.h"
#include "retention/ui/retentionpage.h"
#include "retention/ui/schedulepanel.h"
#include "ropa/demoropa.h"
#include "widgets/queueddialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/demo.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace igw;
using igw::test::child;

class TestRetentionUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scheduleTreeAndSearch();
    void editingAClassIsOneUndoStepWithRulesInline();
    void newClassAndDeleteAreUndoSteps();
    void plannerGroupsByOwnerWithAChart();
    void confirmingADisposalWritesTheLog();
    void legalHoldSuspendsDisposal();
    void checksGiveAssetsAClassInOneStep();
    void scheduleExportsAndImportsBack();
    void hiddenPanelsRefreshWhenShown();

private:
    int treeClasses() const;
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<RetentionPage> m_page;
    QueuedDialogs *m_dialogs = nullptr;
};

void TestRetentionUi::initTestCase()
{
    m_template = m_dir.filePath(QStringLiteral("template.igw"));
    auto ws = test::createWorkspace(m_template);
    QVERIFY(ws);
    QString error;
    QVERIFY2(addDemoDirectory(*ws, &error), qPrintable(error));
    QVERIFY2(addDemoRegister(*ws, &error), qPrintable(error));
    QVERIFY2(addDemoRopa(*ws, &error), qPrintable(error));
    QVERIFY2(addDemoRetention(*ws, &error), qPrintable(error));
}

void TestRetentionUi::init()
{
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto result = Workspace::open(path, test::testOptions());
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    m_ws = std::move(result.workspace);
    m_dialogs = QueuedDialogs::install();
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(*m_ws, *m_stack);
    connect(m_editor.get(), &RecordEditor::failed, this,
            [](const QString &error) { qWarning("edit failed: %s", qPrintable(error)); });
    m_page = std::make_unique<RetentionPage>(*m_editor);
    m_page->resize(1200, 820);
    m_page->show();
}

void TestRetentionUi::cleanup()
{
    m_page.reset();
    QCOMPARE(m_dialogs->pending(), 0);
    Dialogs::setBackend(nullptr);
    m_editor.reset();
    m_stack.reset();
    m_ws.reset();
}

int TestRetentionUi::treeClasses() const
{
    int n = 0;
    for (QTreeWidgetItemIterator it(m_page->schedule()->tree()); *it; ++it)
        n += (*it)->data(0, Qt::UserRole + 1).toLongLong() != 0 ? 1 : 0;
    return n;
}

void TestRetentionUi::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IGW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestRetentionUi::scheduleTreeAndSearch()
{
    SchedulePanel *schedule = m_page->schedule();
    const int all = m_ws->records().count(kinds::retentionClass());
    QVERIFY(all >= 40);
    QCOMPARE(treeClasses(), all);
    // Functions at the top, activities under them, classes under those.
    QTreeWidgetItem *function = schedule->tree()->topLevelItem(0);
    QVERIFY(function->childCount() > 0);
    QVERIFY(function->child(0)->childCount() > 0);
    QVERIFY(function->child(0)->child(0)->text(0).startsWith(QStringLiteral("RC-")));
    screenshot(m_page.get(), QStringLiteral("retention-schedule"));
    QTest::keyClicks(schedule->search(), QStringLiteral("Limitation Act"));
    QTRY_VERIFY(treeClasses() < all);
    QVERIFY(treeClasses() > 0);
    for (QTreeWidgetItemIterator it(schedule->tree()); *it; ++it)
        if ((*it)->data(0, Qt::UserRole + 1).toLongLong() != 0)
            QVERIFY((*it)->text(4).contains(QStringLiteral("Limitation"), Qt::CaseInsensitive) ||
                    !(*it)->text(1).isEmpty());
    schedule->search()->clear();
    QTRY_COMPARE(treeClasses(), all);
}

void TestRetentionUi::editingAClassIsOneUndoStepWithRulesInline()
{
    SchedulePanel *schedule = m_page->schedule();
    const Record first =
        m_ws->records().list(kinds::retentionClass(), QStringLiteral("ref")).first();
    QVERIFY(schedule->selectClass(first.id));
    const QString kind = first.value(retentionField::periodKind).toString();
    // A permanent class that is destroyed is refused inline, in words, and Apply stays off.
    schedule->periodKind()->setCurrentIndex(
        schedule->periodKind()->findData(retentionPeriodKind::permanent));
    schedule->action()->setCurrentIndex(schedule->action()->findData(retentionAction::destroy));
    QVERIFY(!schedule->issues()->plainText().isEmpty());
    QVERIFY(!child<QPushButton>(schedule, QStringLiteral("classApply"))->isEnabled());
    schedule->revert();
    // A valid change: one undo step.
    schedule->periodKind()->setCurrentIndex(
        schedule->periodKind()->findData(retentionPeriodKind::fixed));
    schedule->years()->setValue(7);
    schedule->months()->setValue(0);
    schedule->days()->setValue(0);
    schedule->descriptionEdit()->setPlainText(QStringLiteral("Edited records"));
    const int stack = m_stack->count();
    QVERIFY2(schedule->apply(), qPrintable(schedule->issues()->plainText()));
    QCOMPARE(m_stack->count(), stack + 1);
    const Record edited = *m_ws->records().get(kinds::retentionClass(), first.id);
    QCOMPARE(edited.value(retentionField::periodYears).toInt(), 7);
    QCOMPARE(edited.value(retentionField::description).toString(),
             QStringLiteral("Edited records"));
    m_stack->undo();
    const Record back = *m_ws->records().get(kinds::retentionClass(), first.id);
    QCOMPARE(back.value(retentionField::description), first.value(retentionField::description));
    QCOMPARE(back.value(retentionField::periodKind).toString(), kind);
    QTRY_COMPARE(schedule->descriptionEdit()->toPlainText(),
                 first.value(retentionField::description).toString());
}

void TestRetentionUi::newClassAndDeleteAreUndoSteps()
{
    SchedulePanel *schedule = m_page->schedule();
    const int before = m_ws->records().count(kinds::retentionClass());
    const qint64 id = schedule->addClass();
    QVERIFY(id);
    QCOMPARE(m_ws->records().count(kinds::retentionClass()), before + 1);
    QCOMPARE(schedule->currentClassId(), id);
    m_dialogs->pushButton(QMessageBox::Yes);
    QVERIFY(schedule->deleteCurrent());
    QCOMPARE(m_ws->records().count(kinds::retentionClass()), before);
    m_stack->undo();
    QCOMPARE(m_ws->records().count(kinds::retentionClass()), before + 1);
    // A class in use is not deleted: the user is told why.
    const qint64 used =
        m_ws->records()
            .list(kinds::asset(), {}, QStringLiteral("retention_class_id IS NOT NULL"))
            .first()
            .value(assetField::retentionClassId)
            .toLongLong();
    QVERIFY(schedule->selectClass(used));
    m_dialogs->pushOk();
    QVERIFY(!schedule->deleteCurrent());
    QVERIFY(m_ws->records().get(kinds::retentionClass(), used));
}

void TestRetentionUi::plannerGroupsByOwnerWithAChart()
{
    PlannerPanel *planner = m_page->planner();
    planner->setWindow(PlannerWindow::ThisYear);
    QString error;
    const QList<DueAsset> due =
        dueAssets(*m_ws, {PlannerWindow::ThisYear, QDate::currentDate(), false}, &error);
    QVERIFY(!due.isEmpty());
    int listed = 0;
    for (int i = 0; i < planner->list()->topLevelItemCount(); ++i)
        listed += planner->list()->topLevelItem(i)->childCount();
    QCOMPARE(listed, int(due.size()));
    // Owner groups say how many they hold.
    QVERIFY(planner->list()->topLevelItem(0)->text(0).contains(QLatin1Char('(')));
    // Twelve bars, each with its count as a label, matching the domain's counts.
    const QList<MonthCount> months = dueByMonth(*m_ws, QDate::currentDate(), 12);
    QCOMPARE(planner->monthCounts().size(), 12);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(planner->monthCounts().at(i), months.at(i).count);
    planner->setWindow(PlannerWindow::Overdue);
    QVERIFY(planner->overdueCount() > 0);
    QVERIFY(planner->summary().contains(QStringLiteral("overdue")));
    m_page->tabs()->setCurrentWidget(planner);
    screenshot(m_page.get(), QStringLiteral("retention-planner"));
}

void TestRetentionUi::confirmingADisposalWritesTheLog()
{
    PlannerPanel *planner = m_page->planner();
    planner->setWindow(PlannerWindow::Overdue);
    QString error;
    const QList<DueAsset> overdue =
        dueAssets(*m_ws, {PlannerWindow::Overdue, QDate::currentDate(), false}, &error);
    QVERIFY(!overdue.isEmpty());
    const DueAsset target = overdue.first();
    m_page->tabs()->setCurrentWidget(m_page->log());
    QTRY_VERIFY(m_page->log()->list()->topLevelItemCount() > 0); // the demo's disposals
    const int logBefore = m_page->log()->list()->topLevelItemCount();
    m_page->tabs()->setCurrentWidget(planner);
    DisposalRequest request;
    request.assetId = target.assetId;
    request.action = target.action == retentionAction::transferArchives
                         ? retentionAction::transferArchives
                         : retentionAction::destroy;
    request.method = QStringLiteral("Cross-cut shredding by the contractor");
    request.disposedOn = QDate::currentDate();
    request.confirmedBy = QStringLiteral("Sam Patel, Records Manager");
    // "Save the certificate now?" Yes, to a file.
    const QString certificatePath = m_dir.filePath(QStringLiteral("certificate.pdf"));
    m_dialogs->pushButton(QMessageBox::Save);
    m_dialogs->pushFileName(certificatePath);
    const auto entry = planner->confirm(request);
    QVERIFY(entry);
    QVERIFY(entry->certificate.startsWith(QStringLiteral("DC-")));
    QVERIFY(QFile(certificatePath).size() > 1000);
    // Gone from the planner, in the log, asset disposed.
    QVERIFY(!planner->selectAsset(target.assetId));
    QTRY_COMPARE(m_page->log()->list()->topLevelItemCount(), logBefore + 1);
    QCOMPARE(m_page->log()->currentCertificate(), entry->certificate);
    QCOMPARE(
        m_ws->records().get(kinds::asset(), target.assetId)->value(assetField::status).toString(),
        QStringLiteral("disposed"));
    // Confirming it again is refused with the reason.
    m_dialogs->pushOk();
    QVERIFY(!planner->confirm(request));
    m_page->tabs()->setCurrentWidget(m_page->log());
    screenshot(m_page.get(), QStringLiteral("retention-log"));
}

void TestRetentionUi::legalHoldSuspendsDisposal()
{
    PlannerPanel *planner = m_page->planner();
    planner->setWindow(PlannerWindow::Overdue);
    QString error;
    const QList<DueAsset> overdue =
        dueAssets(*m_ws, {PlannerWindow::Overdue, QDate::currentDate(), false}, &error);
    QVERIFY(!overdue.isEmpty());
    const qint64 id = overdue.first().assetId;
    QVERIFY(planner->placeHold(id, QStringLiteral("Employment tribunal claim")));
    QVERIFY(!planner->selectAsset(id)); // held assets are not due
    child<QCheckBox>(planner, QStringLiteral("plannerHeld"))->setChecked(true);
    QVERIFY(planner->selectAsset(id));
    QVERIFY(planner->list()->currentItem()->text(1).contains(QStringLiteral("tribunal")));
    QVERIFY(!child<QPushButton>(planner, QStringLiteral("plannerConfirm"))->isEnabled());
    // Without a reason a hold is refused.
    m_dialogs->pushOk();
    QVERIFY(!planner->placeHold(overdue.last().assetId, QStringLiteral("  ")));
    QVERIFY(planner->releaseHold(id));
    child<QCheckBox>(planner, QStringLiteral("plannerHeld"))->setChecked(false);
    QVERIFY(planner->selectAsset(id));
}

void TestRetentionUi::checksGiveAssetsAClassInOneStep()
{
    ChecksPanel *checks = m_page->checks();
    const RetentionFlags flags = retentionFlags(*m_ws);
    QVERIFY(!flags.assetsWithoutClass.isEmpty());
    m_page->tabs()->setCurrentWidget(checks);
    QTRY_COMPARE(checks->flaggedCount(), flags.total());
    QList<qint64> ids;
    for (const FlaggedRecord &r : flags.assetsWithoutClass.mid(0, 3))
        ids << r.id;
    const qint64 cls = checks->classChoice()->itemData(0).toLongLong();
    const int stack = m_stack->count();
    QVERIFY(checks->assignClass(ids, cls));
    QCOMPARE(m_stack->count(), stack + 1);
    for (const qint64 id : ids)
        QCOMPARE(m_ws->records()
                     .get(kinds::asset(), id)
                     ->value(assetField::retentionClassId)
                     .toLongLong(),
                 cls);
    QTRY_COMPARE(checks->flaggedCount(), retentionFlags(*m_ws).total());
    m_stack->undo();
    for (const qint64 id : ids)
        QVERIFY(
            m_ws->records().get(kinds::asset(), id)->value(assetField::retentionClassId).isNull());
    m_page->tabs()->setCurrentWidget(checks);
    screenshot(m_page.get(), QStringLiteral("retention-checks"));
}

void TestRetentionUi::scheduleExportsAndImportsBack()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("schedule.xlsx"));
    QVERIFY(m_page->exportScheduleTo(xlsx, QStringLiteral("xlsx")));
    QVERIFY(QFile(xlsx).size() > 0);
    const QString pdf = m_dir.filePath(QStringLiteral("schedule.pdf"));
    QVERIFY(m_page->exportScheduleTo(pdf, QStringLiteral("pdf")));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
    // Importing what was exported changes nothing, after the check and the question.
    const int before = m_ws->records().count(kinds::retentionClass());
    m_dialogs->pushButton(QMessageBox::Yes);
    QVERIFY(m_page->importScheduleFrom(xlsx));
    QCOMPARE(m_ws->records().count(kinds::retentionClass()), before);
    // A broken file is refused with the problems, nothing written.
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Function,Activity,Records,Retention period,Disposal action\n"
               "Finance,Payments,Invoices,forever and a day,destroy\n");
    file.close();
    m_dialogs->pushOk();
    QVERIFY(!m_page->importScheduleFrom(bad));
    QCOMPARE(m_ws->records().count(kinds::retentionClass()), before);
}

void TestRetentionUi::hiddenPanelsRefreshWhenShown()
{
    // Opening the page costs no planner queries: the planner is read when first shown.
    PlannerPanel *planner = m_page->planner();
    QVERIFY(!planner->isVisible());
    QVERIFY(planner->monthCounts().isEmpty());
    m_page->tabs()->setCurrentWidget(planner);
    QTRY_COMPARE(planner->monthCounts().size(), 12);
    // A change while it is hidden is read when it is shown again.
    m_page->tabs()->setCurrentWidget(m_page->schedule());
    QString error;
    const QList<DueAsset> overdue =
        dueAssets(*m_ws, {PlannerWindow::Overdue, QDate::currentDate(), false}, &error);
    QVERIFY(!overdue.isEmpty());
    const int before = planner->overdueCount();
    QVERIFY(placeLegalHold(*m_ws, overdue.first().assetId, QStringLiteral("Inquiry"), &error));
    QCOMPARE(planner->overdueCount(), before);
    m_page->tabs()->setCurrentWidget(planner);
    QTRY_COMPARE(planner->overdueCount(), before - 1);
}

QTEST_MAIN(TestRetentionUi)
#include "tst_retentionui.moc"
