// The DPIAs page driven as a user would: the list and its filters, the editor's details and
// links, the risk register with live bands and measures, deleting with undo, changing the
// matrix, the heat map's words, the action plan and its export, read-only use and access.
#include "../gui/guitestutil.h"
#include "dpia/dpiarecords.h"
#include "dpia/riskmatrix.h"
#include "dpia/ui/actionplan.h"
#include "dpia/ui/actionplanmodel.h"
#include "dpia/ui/dpiaassessments.h"
#include "dpia/ui/dpiaeditor.h"
#include "dpia/ui/dpiamodel.h"
#include "dpia/ui/dpiaspage.h"
#include "dpia/ui/heatmapwidget.h"
#include "dpia/ui/measurepanel.h"
#include "dpia/ui/riskform.h"
#include "dpia/ui/riskmodel.h"
#include "dpia/ui/riskregister.h"
#include "register/assets.h"
#include "register/ui/optionaldateedit.h"
#include "ropa/activities.h"
#include "ropa/ui/linkpicker.h"
#include "widgets/queueddialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/directory.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

using namespace igw;
using igw::test::child;

class TestDpiasUi : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listShowsDpiasWithBandsInWords();
    void filtersNarrowTheList();
    void newDpiaIsOneUndoStep();
    void applyingDetailsIsOneUndoStep();
    void linksAreStored();
    void riskLevelsShowBandsLiveAndAreStored();
    void residualWorseThanInherentWarns();
    void deletingARiskTakesItsMeasuresAndUndoRestores();
    void deletingADpiaTakesEverythingAndUndoRestores();
    void changingTheMatrixAsksAndMapsLevels();
    void measuresAreAddedEditedAndDeleted();
    void heatMapNamesRisksInWords();
    void actionPlanListsMeasuresAcrossDpias();
    void actionPlanOpensTheMeasure();
    void actionPlanExportsCsv();
    void readOnlyWorkspaceDisablesEditing();
    void inputsHaveLabelsNamesAndOrder();

private:
    qint64 create(const RecordKind &kind, const QVariantMap &values);
    void makePage();
    bool select(qint64 dpiaId);
    int rowOf(const QString &ref) const;
    QString cell(const QString &ref, int column) const;
    QStringList listRefs() const;
    Record get(const RecordKind &kind, qint64 id) const;
    static void choose(QComboBox *combo, const QVariant &data);
    template <typename T> T *find(const char *name) const
    {
        return child<T>(m_page.get(), QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<DpiasPage> m_page;
    QueuedDialogs *m_dialogs = nullptr;
    QDate m_today;

    qint64 m_dana = 0;
    qint64 m_sam = 0;
    qint64 m_library = 0; // activities
    qint64 m_repairs = 0;
    qint64 m_libraryAsset = 0;
    qint64 m_kiosks = 0; // DP-0001, ICO 3 x 3, two risks
    qint64 m_portal = 0; // DP-0002, CNIL 4 x 4, high residual risk
    qint64 m_survey = 0; // DP-0003, no risks
    qint64 m_cardRisk = 0;
    qint64 m_logRisk = 0;
    qint64 m_contractorRisk = 0;
    qint64 m_screens = 0; // overdue by 12 days
    qint64 m_logout = 0;  // done
    qint64 m_agreement = 0;
};

void TestDpiasUi::init()
{
    m_today = QDate::currentDate();
    m_path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    m_ws = test::createWorkspace(m_path);
    QVERIFY(m_ws);
    m_dana = create(kinds::person(), {{personField::name, QStringLiteral("Dana Okafor")}});
    m_sam = create(kinds::person(), {{personField::name, QStringLiteral("Sam Patel")}});
    m_library = create(kinds::activity(), {{activityField::name, QStringLiteral("Library loans")},
                                           {activityField::role, QStringLiteral("controller")}});
    m_repairs = create(kinds::activity(), {{activityField::name, QStringLiteral("Housing repairs")},
                                           {activityField::role, QStringLiteral("controller")}});
    m_libraryAsset =
        create(kinds::asset(), {{assetField::name, QStringLiteral("Library management system")}});

    m_kiosks =
        create(kinds::dpia(), {{dpiaField::title, QStringLiteral("Library self-service kiosks")},
                               {dpiaField::summary, QStringLiteral("Kiosks for borrowing books")},
                               {dpiaField::status, QStringLiteral("in_review")},
                               {dpiaField::matrix, QStringLiteral("ico3")},
                               {dpiaField::ownerPersonId, m_dana},
                               {dpiaField::reviewDate, m_today.addDays(-10).toString(Qt::ISODate)},
                               {dpiaField::activityIds, linkValue({m_library})}});
    m_portal = create(kinds::dpia(), {{dpiaField::title, QStringLiteral("Housing repairs portal")},
                                      {dpiaField::status, QStringLiteral("draft")},
                                      {dpiaField::matrix, QStringLiteral("cnil4")},
                                      {dpiaField::ownerPersonId, m_sam},
                                      {dpiaField::activityIds, linkValue({m_repairs})}});
    m_survey = create(kinds::dpia(), {{dpiaField::title, QStringLiteral("Staff wellbeing survey")},
                                      {dpiaField::status, QStringLiteral("approved")},
                                      {dpiaField::version, 2}});
    using namespace riskField;
    m_cardRisk = create(kinds::risk(), {{dpiaId, m_kiosks},
                                        {title, QStringLiteral("Card data seen by others")},
                                        {impact, QStringLiteral("Embarrassment")},
                                        {likelihood, 3},
                                        {severity, 3},
                                        {residualLikelihood, 1},
                                        {residualSeverity, 2},
                                        {sortOrder, 1}});
    m_logRisk = create(kinds::risk(), {{dpiaId, m_kiosks},
                                       {title, QStringLiteral("Kiosk logs kept too long")},
                                       {likelihood, 2},
                                       {severity, 2},
                                       {sortOrder, 2}});
    m_contractorRisk =
        create(kinds::risk(), {{dpiaId, m_portal},
                               {title, QStringLiteral("Contractors see tenant records")},
                               {likelihood, 4},
                               {severity, 4},
                               {residualLikelihood, 3},
                               {residualSeverity, 4},
                               {sortOrder, 1}});
    m_screens = create(kinds::measure(),
                       {{measureField::dpiaId, m_kiosks},
                        {measureField::riskId, m_cardRisk},
                        {measureField::title, QStringLiteral("Privacy screens")},
                        {measureField::effect, QStringLiteral("reduce")},
                        {measureField::ownerPersonId, m_dana},
                        {measureField::dueDate, m_today.addDays(-12).toString(Qt::ISODate)},
                        {measureField::status, QStringLiteral("planned")}});
    m_logout = create(kinds::measure(),
                      {{measureField::dpiaId, m_kiosks},
                       {measureField::riskId, m_cardRisk},
                       {measureField::title, QStringLiteral("Automatic log-out")},
                       {measureField::effect, QStringLiteral("reduce")},
                       {measureField::ownerName, QStringLiteral("Library IT")},
                       {measureField::dueDate, m_today.addDays(-3).toString(Qt::ISODate)},
                       {measureField::approved, 1},
                       {measureField::status, QStringLiteral("done")}});
    m_agreement = create(kinds::measure(),
                         {{measureField::dpiaId, m_portal},
                          {measureField::riskId, m_contractorRisk},
                          {measureField::title, QStringLiteral("Contractor agreement")},
                          {measureField::effect, QStringLiteral("reduce")},
                          {measureField::ownerPersonId, m_sam},
                          {measureField::dueDate, m_today.addDays(10).toString(Qt::ISODate)},
                          {measureField::status, QStringLiteral("in_progress")}});
    QVERIFY(m_kiosks && m_portal && m_survey && m_cardRisk && m_logRisk && m_contractorRisk &&
            m_screens && m_logout && m_agreement);

    m_dialogs = QueuedDialogs::install();
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(*m_ws, *m_stack);
}

void TestDpiasUi::cleanup()
{
    QCOMPARE(m_dialogs->pending(), 0);
    m_page.reset();
    m_stack->clear();
    m_editor.reset();
    m_stack.reset();
    m_ws.reset();
    Dialogs::setBackend(nullptr);
}

qint64 TestDpiasUi::create(const RecordKind &kind, const QVariantMap &values)
{
    QString error;
    const auto r = m_ws->records().create(kind, values, &error);
    if (!r)
        qWarning("%s: %s", qPrintable(kind.table), qPrintable(error));
    return r ? r->id : 0;
}

void TestDpiasUi::makePage()
{
    m_page = std::make_unique<DpiasPage>(*m_editor);
    m_page->resize(1400, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

bool TestDpiasUi::select(qint64 dpiaId)
{
    return m_page->selectDpia(dpiaId) && m_page->editor()->currentId() == dpiaId;
}

int TestDpiasUi::rowOf(const QString &ref) const
{
    const QAbstractItemModel *model = m_page->assessments()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DpiaModel::Reference).data().toString() == ref)
            return row;
    }
    return -1;
}

QString TestDpiasUi::cell(const QString &ref, int column) const
{
    const int row = rowOf(ref);
    if (row < 0)
        return QStringLiteral("(no row %1)").arg(ref);
    return m_page->assessments()->view()->model()->index(row, column).data().toString();
}

QStringList TestDpiasUi::listRefs() const
{
    QStringList refs;
    const QAbstractItemModel *model = m_page->assessments()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        refs << model->index(row, DpiaModel::Reference).data().toString();
    return refs;
}

Record TestDpiasUi::get(const RecordKind &kind, qint64 id) const
{
    return m_ws->records().get(kind, id).value_or(Record());
}

void TestDpiasUi::choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void TestDpiasUi::listShowsDpiasWithBandsInWords()
{
    makePage();
    QCOMPARE(listRefs(), (QStringList{QStringLiteral("DP-0001"), QStringLiteral("DP-0002"),
                                      QStringLiteral("DP-0003")}));
    QCOMPARE(m_page->editor()->currentId(), m_kiosks);
    QCOMPARE(find<QLineEdit>("dpiaTitle")->text(), QStringLiteral("Library self-service kiosks"));
    QCOMPARE(find<QLabel>("dpiaCount")->text(), QStringLiteral("3 DPIAs"));

    const QString kiosks = QStringLiteral("DP-0001");
    QCOMPARE(cell(kiosks, DpiaModel::Title), QStringLiteral("Library self-service kiosks"));
    QCOMPARE(cell(kiosks, DpiaModel::Status), QStringLiteral("In review"));
    QCOMPARE(cell(kiosks, DpiaModel::Version), QStringLiteral("1"));
    QCOMPARE(cell(kiosks, DpiaModel::Owner), QStringLiteral("Dana Okafor"));
    QCOMPARE(cell(kiosks, DpiaModel::Activities), QStringLiteral("PA-0001"));
    QCOMPARE(cell(kiosks, DpiaModel::Risks), QStringLiteral("2"));
    // The highest band left after measures, in words; a risk without residual levels is
    // counted as not assessed rather than guessed.
    QCOMPARE(cell(kiosks, DpiaModel::HighestResidual), QStringLiteral("Low risk (1 not assessed)"));
    QVERIFY(cell(kiosks, DpiaModel::ReviewDate).endsWith(QStringLiteral("(overdue by 10 days)")));

    const QString portal = QStringLiteral("DP-0002");
    QCOMPARE(cell(portal, DpiaModel::Status), QStringLiteral("Draft"));
    QCOMPARE(cell(portal, DpiaModel::HighestResidual), QStringLiteral("High risk"));
    QCOMPARE(cell(portal, DpiaModel::ReviewDate), QStringLiteral("Not set"));
    const QString survey = QStringLiteral("DP-0003");
    QCOMPARE(cell(survey, DpiaModel::Status), QStringLiteral("Approved"));
    QCOMPARE(cell(survey, DpiaModel::Version), QStringLiteral("2"));
    QCOMPARE(cell(survey, DpiaModel::HighestResidual), QStringLiteral("No risks yet"));

    // Sorting by the highest residual band puts the high one last.
    m_page->assessments()->view()->sortByColumn(DpiaModel::HighestResidual, Qt::AscendingOrder);
    QCOMPARE(listRefs().constLast(), portal);

    // A DPIA whose risks have no residual levels says so.
    QString error;
    QVERIFY(m_ws->records().update(
        kinds::risk(), m_contractorRisk,
        {{riskField::residualLikelihood, QVariant()}, {riskField::residualSeverity, QVariant()}},
        &error));
    QTRY_COMPARE(cell(portal, DpiaModel::HighestResidual), QStringLiteral("Not assessed"));
}

void TestDpiasUi::filtersNarrowTheList()
{
    makePage();
    auto *count = find<QLabel>("dpiaCount");
    find<QCheckBox>("dpiaHighOnly")->setChecked(true);
    QCOMPARE(listRefs(), QStringList{QStringLiteral("DP-0002")});
    QCOMPARE(count->text(), QStringLiteral("1 of 3 DPIAs"));
    find<QCheckBox>("dpiaHighOnly")->setChecked(false);

    auto *status = find<QComboBox>("dpiaStatusFilter");
    choose(status, QStringLiteral("approved"));
    QCOMPARE(listRefs(), QStringList{QStringLiteral("DP-0003")});
    choose(status, QStringLiteral("dpo_review"));
    QVERIFY(listRefs().isEmpty());
    QCOMPARE(count->text(), QStringLiteral("0 of 3 DPIAs"));
    status->setCurrentIndex(0);

    auto *search = find<QLineEdit>("dpiaSearch");
    QTest::keyClicks(search, QStringLiteral("kiosks library"));
    QCOMPARE(listRefs(), QStringList{QStringLiteral("DP-0001")});
    // Owners and linked activities are found too.
    search->setText(QStringLiteral("sam"));
    QCOMPARE(listRefs(), QStringList{QStringLiteral("DP-0002")});
    search->setText(QStringLiteral("pa-0001"));
    QCOMPARE(listRefs(), QStringList{QStringLiteral("DP-0001")});
    search->clear();
    QCOMPARE(count->text(), QStringLiteral("3 DPIAs"));

    // Selecting a DPIA the filters hide clears them so the list agrees with the editor.
    search->setText(QStringLiteral("survey"));
    QVERIFY(select(m_portal));
    QCOMPARE(search->text(), QString());
    QCOMPARE(listRefs().size(), 3);
}

void TestDpiasUi::newDpiaIsOneUndoStep()
{
    makePage();
    QTest::mouseClick(find<QPushButton>("dpiaNew"), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    const qint64 id = m_page->editor()->currentId();
    QVERIFY(id != m_kiosks && id != 0);
    const Record created = get(kinds::dpia(), id);
    QCOMPARE(created.ref, QStringLiteral("DP-0004"));
    QCOMPARE(created.value(dpiaField::title).toString(), QStringLiteral("New DPIA"));
    QCOMPARE(created.value(dpiaField::matrix).toString(), QStringLiteral("ico3"));
    QCOMPARE(created.value(dpiaField::status).toString(), QStringLiteral("draft"));
    QCOMPARE(listRefs().size(), 4);
    // The title is ready to be typed over.
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("dpiaTitle"));
    QCOMPARE(find<QLineEdit>("dpiaTitle")->selectedText(), QStringLiteral("New DPIA"));
    QCOMPARE(find<QLabel>("dpiaStatus")->text(), QStringLiteral("Draft"));

    m_stack->undo();
    QVERIFY(!m_ws->records().get(kinds::dpia(), id));
    QTRY_COMPARE(listRefs().size(), 3);
    QCOMPARE(m_page->editor()->currentId(), 0);
}

void TestDpiasUi::applyingDetailsIsOneUndoStep()
{
    makePage();
    QVERIFY(select(m_kiosks));
    auto *apply = find<QPushButton>("dpiaApply");
    QVERIFY(!apply->isEnabled());
    auto *title = find<QLineEdit>("dpiaTitle");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Library kiosks and app"));
    find<QPlainTextEdit>("dpiaSummary")->setPlainText(QStringLiteral("Kiosks and a phone app"));
    choose(find<QComboBox>("dpiaOwner"), m_sam);
    auto *review = find<OptionalDateEdit>("dpiaReviewDate");
    review->dateEdit()->setDate(QDate(2031, 4, 1));
    QVERIFY(apply->isEnabled());
    QVERIFY(m_page->editor()->hasUnappliedChanges());
    QTest::mouseClick(apply, Qt::LeftButton);

    QCOMPARE(m_stack->count(), 1);
    Record stored = get(kinds::dpia(), m_kiosks);
    QCOMPARE(stored.value(dpiaField::title).toString(), QStringLiteral("Library kiosks and app"));
    QCOMPARE(stored.value(dpiaField::summary).toString(), QStringLiteral("Kiosks and a phone app"));
    QCOMPARE(stored.value(dpiaField::ownerPersonId).toLongLong(), m_sam);
    QCOMPARE(stored.value(dpiaField::reviewDate).toString(), QStringLiteral("2031-04-01"));
    QVERIFY(!apply->isEnabled());
    QTRY_COMPARE(cell(QStringLiteral("DP-0001"), DpiaModel::Owner), QStringLiteral("Sam Patel"));

    // An empty title is refused in words.
    title->clear();
    QVERIFY(!apply->isEnabled());
    QVERIFY(find<ValidationLabel>("dpiaIssues")->plainText().contains(QStringLiteral("title")));
    find<QPushButton>("dpiaRevert")->click();
    QCOMPARE(title->text(), QStringLiteral("Library kiosks and app"));

    m_stack->undo();
    stored = get(kinds::dpia(), m_kiosks);
    QCOMPARE(stored.value(dpiaField::title).toString(),
             QStringLiteral("Library self-service kiosks"));
    QCOMPARE(stored.value(dpiaField::ownerPersonId).toLongLong(), m_dana);
    QCOMPARE(stored.value(dpiaField::reviewDate).toString(),
             m_today.addDays(-10).toString(Qt::ISODate));
    // The form follows the undo.
    QCOMPARE(title->text(), QStringLiteral("Library self-service kiosks"));
}

void TestDpiasUi::linksAreStored()
{
    makePage();
    QVERIFY(select(m_kiosks));
    auto *tabs = find<QTabWidget>("dpiaTabs");
    tabs->setCurrentIndex(m_page->editor()->form().linksTab);
    QTest::keyClicks(find<QLineEdit>("dpiaActivitiesSearch"), QStringLiteral("housing"));
    auto *activities = find<LinkPicker>("dpiaActivities");
    QVERIFY(activities->choose(m_repairs, true));
    QVERIFY(find<LinkPicker>("dpiaAssets")->choose(m_libraryAsset, true));
    // The Apply row belongs to the details and links, and is here.
    QVERIFY(find<QPushButton>("dpiaApply")->isVisible());
    QTest::mouseClick(find<QPushButton>("dpiaApply"), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    const Record stored = get(kinds::dpia(), m_kiosks);
    QCOMPARE(stored.value(dpiaField::activityIds).toString(), linkValue({m_library, m_repairs}));
    QCOMPARE(stored.value(dpiaField::assetIds).toString(), linkValue({m_libraryAsset}));
    QTRY_COMPARE(cell(QStringLiteral("DP-0001"), DpiaModel::Activities),
                 QStringLiteral("PA-0001, PA-0002"));
    m_stack->undo();
    QCOMPARE(get(kinds::dpia(), m_kiosks).value(dpiaField::activityIds).toString(),
             linkValue({m_library}));
    QCOMPARE(activities->chosen(), QList<qint64>{m_library});
}

void TestDpiasUi::riskLevelsShowBandsLiveAndAreStored()
{
    makePage();
    QVERIFY(select(m_survey));
    m_page->editor()->showRisksTab();
    RiskRegister *risks = m_page->editor()->risks();
    QCOMPARE(risks->model()->rowCount(), 0);
    QTest::mouseClick(find<QPushButton>("riskAdd"), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(risks->model()->rowCount(), 1);
    const qint64 id = risks->currentRiskId();
    QVERIFY(id != 0);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("riskTitle"));
    QTest::keyClicks(find<QLineEdit>("riskTitle"), QStringLiteral("Answers linked to names"));

    // The band appears in words as soon as both levels are chosen, before anything is stored.
    auto *inherent = find<QLabel>("riskInherentBand");
    auto *residual = find<QLabel>("riskResidualBand");
    QCOMPARE(inherent->text(), QStringLiteral("Not assessed"));
    choose(find<QComboBox>("riskLikelihood"), 3);
    QCOMPARE(inherent->text(), QStringLiteral("Not assessed"));
    QVERIFY(find<ValidationLabel>("riskIssues")->plainText().contains(QStringLiteral("both")));
    choose(find<QComboBox>("riskSeverity"), 2);
    QCOMPARE(inherent->text(), QStringLiteral("High risk"));
    choose(find<QComboBox>("riskSeverity"), 3);
    QCOMPARE(inherent->text(), QStringLiteral("High risk"));
    choose(find<QComboBox>("riskResidualLikelihood"), 1);
    choose(find<QComboBox>("riskResidualSeverity"), 2);
    QCOMPARE(residual->text(), QStringLiteral("Low risk"));
    QVERIFY(get(kinds::risk(), id).value(riskField::likelihood).isNull());
    // The level names are the matrix's own.
    QCOMPARE(find<QComboBox>("riskLikelihood")->currentText(), QStringLiteral("Probable"));

    QTest::mouseClick(find<QPushButton>("riskApply"), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 2);
    Record stored = get(kinds::risk(), id);
    QCOMPARE(stored.value(riskField::title).toString(), QStringLiteral("Answers linked to names"));
    QCOMPARE(stored.value(riskField::likelihood).toInt(), 3);
    QCOMPARE(stored.value(riskField::severity).toInt(), 3);
    QCOMPARE(stored.value(riskField::residualLikelihood).toInt(), 1);
    QCOMPARE(stored.value(riskField::residualSeverity).toInt(), 2);
    const QAbstractItemModel *model = risks->view()->model();
    QCOMPARE(model->index(0, RiskModel::Number).data().toString(), QStringLiteral("R1"));
    QCOMPARE(model->index(0, RiskModel::Likelihood).data().toString(), QStringLiteral("Probable"));
    QCOMPARE(model->index(0, RiskModel::Severity).data().toString(), QStringLiteral("Severe"));
    QCOMPARE(model->index(0, RiskModel::InherentBand).data().toString(),
             QStringLiteral("High risk"));
    QCOMPARE(model->index(0, RiskModel::ResidualBand).data().toString(),
             QStringLiteral("Low risk"));
    QTRY_COMPARE(cell(QStringLiteral("DP-0003"), DpiaModel::HighestResidual),
                 QStringLiteral("Low risk"));

    // A high risk left after the measures shows in the list, and under "high only".
    choose(find<QComboBox>("riskResidualLikelihood"), 3);
    choose(find<QComboBox>("riskResidualSeverity"), 3);
    QCOMPARE(residual->text(), QStringLiteral("High risk"));
    QVERIFY(risks->form()->apply());
    QTRY_COMPARE(cell(QStringLiteral("DP-0003"), DpiaModel::HighestResidual),
                 QStringLiteral("High risk"));
    find<QCheckBox>("dpiaHighOnly")->setChecked(true);
    QCOMPARE(listRefs(), (QStringList{QStringLiteral("DP-0002"), QStringLiteral("DP-0003")}));
}

void TestDpiasUi::residualWorseThanInherentWarns()
{
    makePage();
    QVERIFY(select(m_kiosks));
    m_page->editor()->showRisksTab();
    QVERIFY(m_page->editor()->risks()->selectRisk(m_logRisk));
    choose(find<QComboBox>("riskResidualLikelihood"), 3);
    choose(find<QComboBox>("riskResidualSeverity"), 2);
    const QString issues = find<ValidationLabel>("riskIssues")->plainText();
    QVERIFY2(issues.startsWith(QStringLiteral("Warning:")), qPrintable(issues));
    QVERIFY(issues.contains(QStringLiteral("likelihood after measures is higher")));
    // A warning, not an error: it can still be stored.
    QVERIFY(find<QPushButton>("riskApply")->isEnabled());
    QVERIFY(m_page->editor()->risks()->form()->apply());
    QCOMPARE(get(kinds::risk(), m_logRisk).value(riskField::residualLikelihood).toInt(), 3);
    // No source is an error.
    find<QLineEdit>("riskTitle")->clear();
    QVERIFY(find<ValidationLabel>("riskIssues")->hasErrors());
    QVERIFY(!find<QPushButton>("riskApply")->isEnabled());
    find<QPushButton>("riskRevert")->click();
}

void TestDpiasUi::deletingARiskTakesItsMeasuresAndUndoRestores()
{
    makePage();
    QVERIFY(select(m_kiosks));
    m_page->editor()->showRisksTab();
    RiskRegister *risks = m_page->editor()->risks();
    QCOMPARE(risks->currentRiskId(), m_cardRisk);
    QCOMPARE(risks->measures()->view()->model()->rowCount(), 2);
    m_dialogs->pushButton(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>("riskDelete"), Qt::LeftButton);
    QVERIFY(m_dialogs->lastSeen().text.contains(QStringLiteral("Its 2 measures are deleted")));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(!m_ws->records().get(kinds::risk(), m_cardRisk));
    QVERIFY(!m_ws->records().get(kinds::measure(), m_screens));
    QVERIFY(!m_ws->records().get(kinds::measure(), m_logout));
    QCOMPARE(risks->model()->rowCount(), 1);
    // The other risk takes its place and is now R1.
    QCOMPARE(risks->currentRiskId(), m_logRisk);

    m_stack->undo();
    QVERIFY(m_ws->records().get(kinds::risk(), m_cardRisk));
    QCOMPARE(get(kinds::measure(), m_screens).value(measureField::title).toString(),
             QStringLiteral("Privacy screens"));
    QCOMPARE(get(kinds::measure(), m_logout).value(measureField::riskId).toLongLong(), m_cardRisk);
    QTRY_COMPARE(risks->model()->rowCount(), 2);
    QVERIFY(risks->selectRisk(m_cardRisk));
    QCOMPARE(risks->measures()->view()->model()->rowCount(), 2);
}

void TestDpiasUi::deletingADpiaTakesEverythingAndUndoRestores()
{
    makePage();
    QVERIFY(select(m_kiosks));
    m_dialogs->pushButton(QMessageBox::No);
    QTest::mouseClick(find<QPushButton>("dpiaDelete"), Qt::LeftButton);
    QVERIFY(m_ws->records().get(kinds::dpia(), m_kiosks));
    QCOMPARE(m_stack->count(), 0);

    m_dialogs->pushButton(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>("dpiaDelete"), Qt::LeftButton);
    QVERIFY(m_dialogs->lastSeen().text.contains(QStringLiteral("Its 2 risks")));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(!m_ws->records().get(kinds::dpia(), m_kiosks));
    for (qint64 risk : {m_cardRisk, m_logRisk})
        QVERIFY(!m_ws->records().get(kinds::risk(), risk));
    for (qint64 measure : {m_screens, m_logout})
        QVERIFY(!m_ws->records().get(kinds::measure(), measure));
    // The other DPIA's risk and measure are untouched.
    QVERIFY(m_ws->records().get(kinds::measure(), m_agreement));
    QCOMPARE(listRefs(), (QStringList{QStringLiteral("DP-0002"), QStringLiteral("DP-0003")}));
    QCOMPARE(m_page->editor()->currentId(), m_portal);

    m_stack->undo();
    const Record back = get(kinds::dpia(), m_kiosks);
    QCOMPARE(back.ref, QStringLiteral("DP-0001"));
    QCOMPARE(back.value(dpiaField::activityIds).toString(), linkValue({m_library}));
    QCOMPARE(get(kinds::risk(), m_logRisk).value(riskField::dpiaId).toLongLong(), m_kiosks);
    QCOMPARE(get(kinds::measure(), m_screens).value(measureField::riskId).toLongLong(), m_cardRisk);
    QTRY_COMPARE(listRefs().size(), 3);
    QCOMPARE(cell(QStringLiteral("DP-0001"), DpiaModel::Risks), QStringLiteral("2"));
    QCOMPARE(m_page->actionPlan()->model()->rowCount(), 3);
    m_stack->redo();
    QVERIFY(!m_ws->records().get(kinds::measure(), m_screens));
    QTRY_COMPARE(listRefs().size(), 2);
}

void TestDpiasUi::changingTheMatrixAsksAndMapsLevels()
{
    makePage();
    QVERIFY(select(m_kiosks));
    auto *matrix = find<QComboBox>("dpiaMatrix");
    QCOMPARE(matrix->currentText(), QStringLiteral("ICO 3 x 3"));
    choose(matrix, QStringLiteral("cnil4"));
    QVERIFY(find<QLabel>("dpiaMatrixHint")->text().contains(QStringLiteral("Negligible")));

    // Cancel: nothing changes, the edit stays in the form.
    m_dialogs->pushButton(QMessageBox::Cancel);
    QVERIFY(!m_page->editor()->apply());
    QVERIFY(m_dialogs->lastSeen().text.contains(QStringLiteral("2 risks are already assessed")));
    QCOMPARE(get(kinds::dpia(), m_kiosks).value(dpiaField::matrix).toString(),
             QStringLiteral("ico3"));
    QCOMPARE(m_stack->count(), 0);

    m_dialogs->pushButton(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>("dpiaApply"), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(get(kinds::dpia(), m_kiosks).value(dpiaField::matrix).toString(),
             QStringLiteral("cnil4"));
    // Probable/Severe (3 of 3) become Maximum (4 of 4); the lowest stays the lowest.
    Record card = get(kinds::risk(), m_cardRisk);
    QCOMPARE(card.value(riskField::likelihood).toInt(), 4);
    QCOMPARE(card.value(riskField::severity).toInt(), 4);
    QCOMPARE(card.value(riskField::residualLikelihood).toInt(), 1);
    QCOMPARE(card.value(riskField::residualSeverity).toInt(), mapRiskLevel(2, 3, 4));
    QCOMPARE(get(kinds::risk(), m_logRisk).value(riskField::likelihood).toInt(),
             mapRiskLevel(2, 3, 4));
    QVERIFY(get(kinds::risk(), m_logRisk).value(riskField::residualLikelihood).isNull());
    // The register reads its levels on the new scale.
    RiskRegister *risks = m_page->editor()->risks();
    QCOMPARE(risks->model()->matrix().key, QStringLiteral("cnil4"));
    QCOMPARE(risks->view()->model()->index(0, RiskModel::Likelihood).data().toString(),
             QStringLiteral("Maximum"));
    QCOMPARE(find<QComboBox>("riskLikelihood")->count(), 5);

    // One undo puts the matrix and every level back.
    m_stack->undo();
    QCOMPARE(get(kinds::dpia(), m_kiosks).value(dpiaField::matrix).toString(),
             QStringLiteral("ico3"));
    card = get(kinds::risk(), m_cardRisk);
    QCOMPARE(card.value(riskField::likelihood).toInt(), 3);
    QCOMPARE(card.value(riskField::residualSeverity).toInt(), 2);
    QCOMPARE(matrix->currentData().toString(), QStringLiteral("ico3"));
    QTRY_COMPARE(risks->model()->matrix().key, QStringLiteral("ico3"));

    // With no assessed risks there is nothing to ask.
    QVERIFY(select(m_survey));
    choose(matrix, QStringLiteral("cnil4"));
    QVERIFY(m_page->editor()->apply());
    QCOMPARE(get(kinds::dpia(), m_survey).value(dpiaField::matrix).toString(),
             QStringLiteral("cnil4"));
}

void TestDpiasUi::measuresAreAddedEditedAndDeleted()
{
    makePage();
    QVERIFY(select(m_kiosks));
    m_page->editor()->showRisksTab();
    RiskRegister *risks = m_page->editor()->risks();
    QVERIFY(risks->selectRisk(m_logRisk));
    QVERIFY(find<QLabel>("measuresHeading")->text().contains(QStringLiteral("R2")));
    QTest::mouseClick(find<QPushButton>("measureAdd"), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    const qint64 id = risks->measures()->currentId();
    Record m = get(kinds::measure(), id);
    QCOMPARE(m.value(measureField::riskId).toLongLong(), m_logRisk);
    QCOMPARE(m.value(measureField::dpiaId).toLongLong(), m_kiosks);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("measureTitle"));

    auto *title = find<QLineEdit>("measureTitle");
    title->setText(QStringLiteral("Delete logs after 30 days"));
    choose(find<QComboBox>("measureEffect"), QStringLiteral("eliminate"));
    // A name outside the directory, then the due date in the past: a warning only.
    QVERIFY(find<QLineEdit>("measureOwnerName")->isEnabled());
    find<QLineEdit>("measureOwnerName")->setText(QStringLiteral("Library IT"));
    auto *due = find<OptionalDateEdit>("measureDue");
    due->checkBox()->setChecked(true);
    due->dateEdit()->setDate(m_today.addDays(-1));
    QVERIFY(find<ValidationLabel>("measureIssues")
                ->plainText()
                .contains(QStringLiteral("Overdue by 1 day")));
    find<QCheckBox>("measureApproved")->setChecked(true);
    QTest::mouseClick(find<QPushButton>("measureApply"), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 2);
    m = get(kinds::measure(), id);
    QCOMPARE(m.value(measureField::title).toString(), QStringLiteral("Delete logs after 30 days"));
    QCOMPARE(m.value(measureField::effect).toString(), QStringLiteral("eliminate"));
    QCOMPARE(m.value(measureField::ownerName).toString(), QStringLiteral("Library IT"));
    QCOMPARE(m.value(measureField::approved).toInt(), 1);
    QCOMPARE(m.value(measureField::dueDate).toString(), m_today.addDays(-1).toString(Qt::ISODate));
    // Choosing a person from the directory makes the free-text name unnecessary.
    choose(find<QComboBox>("measureOwner"), m_sam);
    QVERIFY(!find<QLineEdit>("measureOwnerName")->isEnabled());
    find<QPushButton>("measureRevert")->click();

    const QAbstractItemModel *model = risks->measures()->view()->model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 3).data().toString().endsWith(QStringLiteral("Overdue by 1 day")));
    QTRY_COMPARE(risks->view()->model()->index(1, RiskModel::Measures).data().toString(),
                 QStringLiteral("1"));

    m_dialogs->pushButton(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>("measureDelete"), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 3);
    QVERIFY(!m_ws->records().get(kinds::measure(), id));
    QCOMPARE(model->rowCount(), 0);
    m_stack->undo();
    QVERIFY(m_ws->records().get(kinds::measure(), id));
    QTRY_COMPARE(model->rowCount(), 1);

    // The measures for the whole DPIA, not tied to a risk.
    QTest::mouseClick(find<QPushButton>("dpiaWideMeasures"), Qt::LeftButton);
    QCOMPARE(risks->currentRiskId(), 0);
    QVERIFY(find<QLabel>("measuresHeading")->text().contains(QStringLiteral("whole DPIA")));
    QTest::mouseClick(find<QPushButton>("measureAdd"), Qt::LeftButton);
    QVERIFY(
        get(kinds::measure(), risks->measures()->currentId()).value(measureField::riskId).isNull());
}

void TestDpiasUi::heatMapNamesRisksInWords()
{
    makePage();
    QVERIFY(select(m_kiosks));
    m_page->editor()->showRisksTab();
    auto *map = find<HeatMapWidget>("dpiaHeatMap");
    QVERIFY(map->isVisible());
    QCOMPARE(map->matrix().key, QStringLiteral("ico3"));
    const QString top = map->cellText(3, 3);
    QVERIFY2(top.startsWith(QStringLiteral("Probable likelihood, Severe severity: High risk")),
             qPrintable(top));
    QVERIFY(top.contains(QStringLiteral("Before measures: R1 Card data seen by others")));
    QVERIFY(map->cellText(1, 2).contains(
        QStringLiteral("After measures: R1 Card data seen by others")));
    QVERIFY(map->cellText(2, 2).contains(QStringLiteral("R2 Kiosk logs kept too long")));
    QVERIFY(map->cellText(1, 1).contains(QStringLiteral("No risks here.")));

    // The tooltip of a cell is that text.
    const QRect cell = map->cellRect(3, 3);
    QVERIFY(!cell.isEmpty());
    QHelpEvent help(QEvent::ToolTip, cell.center(), map->mapToGlobal(cell.center()));
    QApplication::sendEvent(map, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), top);
    QToolTip::hideText();

    const QString description = map->accessibleDescription();
    QVERIFY2(description.contains(QStringLiteral(
                 "R1 Card data seen by others: before measures Probable likelihood, Severe "
                 "severity: High risk; after measures Remote likelihood, Significant severity: "
                 "Low risk.")),
             qPrintable(description));
    QVERIFY(description.contains(QStringLiteral("R2 Kiosk logs kept too long")));
    QVERIFY(description.contains(QStringLiteral("after measures not assessed")));

    // The keyboard moves through the cells.
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Up);
    QTest::keyClick(map, Qt::Key_Right);
    QVERIFY(QToolTip::text().startsWith(QStringLiteral("Possible likelihood, Significant")));
    QToolTip::hideText();

    // The map follows the register.
    QString error;
    QVERIFY(m_ws->records().update(
        kinds::risk(), m_logRisk,
        {{riskField::residualLikelihood, 1}, {riskField::residualSeverity, 1}}, &error));
    QTRY_VERIFY(map->cellText(1, 1).contains(QStringLiteral("R2 Kiosk logs kept too long")));
}

void TestDpiasUi::actionPlanListsMeasuresAcrossDpias()
{
    makePage();
    m_page->tabs()->setCurrentWidget(m_page->actionPlan());
    auto *view = find<QTableView>("actionPlanTable");
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 3);
    QStringList dpias;
    for (int row = 0; row < model->rowCount(); ++row)
        dpias << model->index(row, ActionPlanModel::Dpia).data().toString();
    QVERIFY(dpias.contains(QStringLiteral("DP-0001 Library self-service kiosks")));
    QVERIFY(dpias.contains(QStringLiteral("DP-0002 Housing repairs portal")));
    // Sorted by due date: the overdue one first, saying so in words.
    QCOMPARE(model->index(0, ActionPlanModel::Measure).data().toString(),
             QStringLiteral("Privacy screens"));
    QCOMPARE(model->index(0, ActionPlanModel::Risk).data().toString(),
             QStringLiteral("R1 Card data seen by others"));
    QCOMPARE(model->index(0, ActionPlanModel::Owner).data().toString(),
             QStringLiteral("Dana Okafor"));
    QCOMPARE(model->index(0, ActionPlanModel::Timing).data().toString(),
             QStringLiteral("Overdue by 12 days"));
    QCOMPARE(model->index(0, ActionPlanModel::Effect).data().toString(), QStringLiteral("Reduced"));
    QCOMPARE(model->index(0, ActionPlanModel::Approved).data().toString(), QStringLiteral("No"));
    // Done is done, whatever the date; a name outside the directory is the owner.
    QCOMPARE(model->index(1, ActionPlanModel::Timing).data().toString(), QStringLiteral("Done"));
    QCOMPARE(model->index(1, ActionPlanModel::Owner).data().toString(),
             QStringLiteral("Library IT"));
    QCOMPARE(model->index(2, ActionPlanModel::Timing).data().toString(),
             QStringLiteral("Due in 10 days"));
    QCOMPARE(find<QLabel>("actionPlanCount")->text(),
             QStringLiteral("3 measures; 1 overdue in all."));

    find<QCheckBox>("actionPlanOverdueOnly")->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ActionPlanModel::Measure).data().toString(),
             QStringLiteral("Privacy screens"));
    find<QCheckBox>("actionPlanOverdueOnly")->setChecked(false);
    find<QCheckBox>("actionPlanOpenOnly")->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    find<QCheckBox>("actionPlanOpenOnly")->setChecked(false);

    // Choosing whose measures switches "Only mine" on.
    choose(find<QComboBox>("actionPlanMe"), m_sam);
    QVERIFY(find<QCheckBox>("actionPlanMine")->isChecked());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ActionPlanModel::Measure).data().toString(),
             QStringLiteral("Contractor agreement"));
    find<QCheckBox>("actionPlanMine")->setChecked(false);
    QCOMPARE(model->rowCount(), 3);

    // A change made in the register reaches the plan.
    QString error;
    QVERIFY(m_ws->records().update(kinds::measure(), m_screens,
                                   {{measureField::status, QStringLiteral("done")}}, &error));
    QTRY_COMPARE(find<QLabel>("actionPlanCount")->text(),
                 QStringLiteral("3 measures; none overdue."));
}

void TestDpiasUi::actionPlanOpensTheMeasure()
{
    makePage();
    QVERIFY(select(m_survey));
    m_page->tabs()->setCurrentWidget(m_page->actionPlan());
    auto *view = find<QTableView>("actionPlanTable");
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, ActionPlanModel::Measure).data().toString() ==
            QLatin1String("Automatic log-out"))
            row = r;
    }
    QVERIFY(row >= 0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_page->tabs()->currentWidget(), static_cast<QWidget *>(m_page->assessments()));
    QCOMPARE(m_page->editor()->currentId(), m_kiosks);
    QCOMPARE(find<QTabWidget>("dpiaTabs")->currentWidget(),
             static_cast<QWidget *>(m_page->editor()->risks()));
    QCOMPARE(m_page->editor()->risks()->currentRiskId(), m_cardRisk);
    QCOMPARE(m_page->editor()->risks()->measures()->currentId(), m_logout);
    QCOMPARE(find<QLineEdit>("measureTitle")->text(), QStringLiteral("Automatic log-out"));
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("dpiaMeasureTable"));
    QCOMPARE(listRefs().at(m_page->assessments()->view()->currentIndex().row()),
             QStringLiteral("DP-0001"));
}

void TestDpiasUi::actionPlanExportsCsv()
{
    makePage();
    m_page->tabs()->setCurrentWidget(m_page->actionPlan());
    find<QCheckBox>("actionPlanOpenOnly")->setChecked(true);
    const QString path = m_dir.filePath(QStringLiteral("plan"));
    m_dialogs->pushFileName(path);
    QTest::mouseClick(find<QPushButton>("actionPlanExport"), Qt::LeftButton);
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("save"));
    QFile file(path + QStringLiteral(".csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QChar(0xFEFF));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // The heading and the two open measures, as shown.
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("DPIA,Risk,Measure,Effect,Owner,Due date,Timing,Status,"
                                         "Approved"));
    QCOMPARE(lines.at(1),
             QStringLiteral("DP-0001 Library self-service kiosks,R1 Card data seen by others,"
                            "Privacy screens,Reduced,Dana Okafor,%1,Overdue by 12 days,Planned,No")
                 .arg(m_today.addDays(-12).toString(Qt::ISODate)));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("DP-0002 Housing repairs portal,")));
    QVERIFY(lines.at(2).contains(QStringLiteral("Contractor agreement")));
}

void TestDpiasUi::readOnlyWorkspaceDisablesEditing()
{
    m_editor.reset();
    m_stack = std::make_unique<QUndoStack>();
    m_ws.reset();
    auto result = Workspace::open(m_path, test::testOptions(true));
    QVERIFY(result.ok());
    m_ws = std::move(result.workspace);
    QVERIFY(m_ws->isReadOnly());
    m_editor = std::make_unique<RecordEditor>(*m_ws, *m_stack);
    makePage();
    QVERIFY(select(m_kiosks));
    m_page->editor()->showRisksTab();
    for (const char *name :
         {"dpiaNew", "dpiaDelete", "dpiaApply", "dpiaRevert", "riskAdd", "riskDelete", "riskApply",
          "measureAdd", "measureDelete", "measureApply"})
        QVERIFY2(!child<QPushButton>(m_page.get(), QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(find<QLineEdit>("dpiaTitle")->isReadOnly());
    QVERIFY(find<QPlainTextEdit>("dpiaSummary")->isReadOnly());
    QVERIFY(!find<QComboBox>("dpiaMatrix")->isEnabled());
    QVERIFY(find<QLineEdit>("riskTitle")->isReadOnly());
    QVERIFY(!find<QComboBox>("riskLikelihood")->isEnabled());
    QVERIFY(find<QLineEdit>("measureTitle")->isReadOnly());
    QVERIFY(!find<QCheckBox>("measureApproved")->isEnabled());
    // Still readable.
    QCOMPARE(find<QLineEdit>("riskTitle")->text(), QStringLiteral("Card data seen by others"));
    QCOMPARE(find<QLabel>("riskInherentBand")->text(), QStringLiteral("High risk"));
    QVERIFY(find<QPushButton>("actionPlanExport")->isEnabled());
    // Keys do nothing either.
    m_page->assessments()->view()->setFocus();
    QTest::keyClick(m_page->assessments()->view(), Qt::Key_Delete);
    m_page->editor()->risks()->view()->setFocus();
    QTest::keyClick(m_page->editor()->risks()->view(), Qt::Key_Delete);
    QVERIFY(!m_page->editor()->apply());
    QCOMPARE(m_stack->count(), 0);
}

void TestDpiasUi::inputsHaveLabelsNamesAndOrder()
{
    makePage();
    QVERIFY(select(m_kiosks));
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    const auto labelled = [&](QWidget *input) {
        return std::any_of(labels.cbegin(), labels.cend(),
                           [input](QLabel *l) { return l->buddy() == input; });
    };
    const QList<QWidget *> inputs{find<QWidget>("dpiaSearch"),
                                  find<QWidget>("dpiaStatusFilter"),
                                  find<QWidget>("dpiaTitle"),
                                  find<QWidget>("dpiaSummary"),
                                  find<QWidget>("dpiaNotes"),
                                  find<QWidget>("dpiaOwner"),
                                  find<QWidget>("dpiaMatrix"),
                                  find<OptionalDateEdit>("dpiaReviewDate")->checkBox(),
                                  find<QWidget>("dpiaActivitiesSearch"),
                                  find<QWidget>("dpiaAssetsSearch"),
                                  find<QWidget>("riskTitle"),
                                  find<QWidget>("riskImpact"),
                                  find<QWidget>("riskLikelihood"),
                                  find<QWidget>("riskSeverity"),
                                  find<QWidget>("riskResidualLikelihood"),
                                  find<QWidget>("riskResidualSeverity"),
                                  find<QWidget>("dpiaMeasureTable"),
                                  find<QWidget>("measureTitle"),
                                  find<QWidget>("measureDescription"),
                                  find<QWidget>("measureEffect"),
                                  find<QWidget>("measureOwner"),
                                  find<QWidget>("measureOwnerName"),
                                  find<OptionalDateEdit>("measureDue")->checkBox(),
                                  find<QWidget>("measureStatus"),
                                  find<QWidget>("measureApproved"),
                                  find<QWidget>("actionPlanMe")};
    for (QWidget *input : inputs) {
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        QVERIFY2(labelled(input), qPrintable(input->objectName()));
    }
    QCOMPARE(find<QWidget>("riskLikelihood")->accessibleName(),
             QStringLiteral("Likelihood before measures"));
    QCOMPARE(find<QWidget>("riskResidualSeverity")->accessibleName(),
             QStringLiteral("Severity after measures"));
    for (const char *name : {"dpiaTable", "dpiaRiskTable", "dpiaHeatMap", "actionPlanTable",
                             "dpiaHistory", "dpiaActivitiesList", "riskInherentBand"})
        QVERIFY2(!find<QWidget>(name)->accessibleName().isEmpty(), name);

    // The tab chain runs through the forms in reading order.
    QCOMPARE(find<QWidget>("dpiaTitle")->nextInFocusChain()->objectName(),
             QStringLiteral("dpiaSummary"));
    QCOMPARE(find<QWidget>("riskTitle")->nextInFocusChain()->objectName(),
             QStringLiteral("riskImpact"));
    QCOMPARE(find<QWidget>("riskLikelihood")->nextInFocusChain()->objectName(),
             QStringLiteral("riskSeverity"));
    QCOMPARE(find<QWidget>("measureTitle")->nextInFocusChain()->objectName(),
             QStringLiteral("measureDescription"));
    // Enter on a DPIA goes to its form; Enter on a risk goes to the risk's form.
    m_page->assessments()->view()->setFocus();
    QTest::keyClick(m_page->assessments()->view(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("dpiaTitle"));
    m_page->editor()->showRisksTab();
    auto *risks = find<QTableView>("dpiaRiskTable");
    risks->setFocus();
    QTest::keyClick(risks, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("riskTitle"));
    // The history reads changes in words.
    QString error;
    QVERIFY(m_ws->records().update(kinds::risk(), m_logRisk, {{riskField::likelihood, 3}}, &error));
    auto *history = find<QTreeWidget>("dpiaHistory");
    QTRY_COMPARE(history->topLevelItem(0)->text(2),
                 QStringLiteral("R2: Likelihood before measures"));
    QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("Possible → Probable"));
}

QTEST_MAIN(TestDpiasUi)
#include "tst_dpias.moc"
