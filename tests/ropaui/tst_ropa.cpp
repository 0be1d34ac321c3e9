// The ROPA page driven as a user would: the list, its filters and completeness summary, the
// activity form with its "ask once" categories and links, undo, delete and read-only use.
#include "../gui/guitestutil.h"
#include "register/assets.h"
#include "ropa/activities.h"
#include "ropa/ropa.h"
#include "ropa/ui/activityeditor.h"
#include "ropa/ui/activityfiltermodel.h"
#include "ropa/ui/activityform.h"
#include "ropa/ui/activitymodel.h"
#include "ropa/ui/categorypicker.h"
#include "ropa/ui/linkpicker.h"
#include "ropa/ui/ropagaptree.h"
#include "ropa/ui/ropapage.h"
#include "widgets/queueddialogs.h"
#include "workspace/directory.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

using namespace igw;
using igw::test::child;

namespace af = activityField;

class TestRopaUi : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listShowsActivitiesAndCompleteness();
    void filtersNarrowTheList();
    void linkingAnAssetProposesItsCategories();
    void strikingOutAProposedTerm();
    void assetChangesReachTheForm();
    void completenessFollowsTheForm();
    void activatingAGapOpensItsField();
    void switchingAsksAboutUnappliedEdits();
    void newActivityIsCreatedAndSelected();
    void deleteAsksAndUndoRestoresLinks();
    void historyReadsLinksAsNames();
    void processorTabFollowsRole();
    void importAndExportAreRequested();
    void readOnlyWorkspaceDisablesEditing();
    void inputsHaveLabelsAndNames();

private:
    qint64 asset(const QString &name, const QString &subjects, const QString &data,
                 bool special = false, const QString &art9 = {});
    qint64 activity(const QVariantMap &values);
    void makePage();
    bool select(qint64 id);
    QStringList rowRefs() const;
    static QStringList texts(const QListWidget *list);
    QListWidgetItem *item(QListWidget *list, const QString &startsWith) const;
    template <typename T> T *find(const char *name) const
    {
        return child<T>(m_page.get(), QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<RopaPage> m_page;
    QueuedDialogs *m_dialogs = nullptr;

    qint64 m_recipient = 0;
    qint64 m_taxAsset = 0;
    qint64 m_careAsset = 0;
    qint64 m_payrollAsset = 0;
    qint64 m_tax = 0;     // complete
    qint64 m_care = 0;    // special category from its asset; no retention schedule
    qint64 m_payroll = 0; // no assets, many gaps
};

void TestRopaUi::init()
{
    m_path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    m_ws = test::createWorkspace(m_path);
    QVERIFY(m_ws);
    RecordStore &store = m_ws->records();
    QString error;
    // A complete ROPA header: our contact details and a DPO who can be reached.
    const auto dpo = store.create(kinds::person(),
                                  {{personField::name, QStringLiteral("Dana Okafor")},
                                   {personField::email, QStringLiteral("dpo@council.gov.uk")}},
                                  &error);
    QVERIFY2(dpo, qPrintable(error));
    QVERIFY2(store.update(kinds::organisation(), m_ws->selfOrganisationId(),
                          {{orgField::address, QStringLiteral("Town Hall, High Street")},
                           {orgField::dpoPersonId, dpo->id}},
                          &error),
             qPrintable(error));
    const auto partner =
        store.create(kinds::organisation(),
                     {{orgField::name, QStringLiteral("Northmoor County Council")}}, &error);
    QVERIFY2(partner, qPrintable(error));
    m_recipient = partner->id;

    m_taxAsset = asset(QStringLiteral("Council tax accounts"),
                       QStringLiteral("Council tax payers; Residents"),
                       QStringLiteral("Contact details; Financial details"));
    m_careAsset = asset(QStringLiteral("Adult social care case records"),
                        QStringLiteral("Service users; Carers"),
                        QStringLiteral("Health data; Contact details"), true, QStringLiteral("h"));
    m_payrollAsset = asset(QStringLiteral("Payroll"), QStringLiteral("Employees"),
                           QStringLiteral("Bank details"));
    QVERIFY(m_taxAsset && m_careAsset && m_payrollAsset);

    const QVariantMap common{{af::role, QStringLiteral("controller")},
                             {af::internationalTransfers, 0},
                             {af::securityMeasures, QStringLiteral("Role-based access")}};
    QVariantMap tax = common;
    tax.insert({{af::name, QStringLiteral("Council tax billing")},
                {af::businessFunction, QStringLiteral("Revenues")},
                {af::purpose, QStringLiteral("Billing and collecting council tax")},
                {af::assetIds, linkValue({m_taxAsset})},
                {af::recipientOrgIds, linkValue({m_recipient})},
                {af::retentionSchedule, QStringLiteral("6 years after closure")},
                {af::lawfulBasis, QStringLiteral("public_task")},
                {af::dpiaRequired, QStringLiteral("no")}});
    QVariantMap care = common;
    care.insert({{af::name, QStringLiteral("Adult social care assessment")},
                 {af::businessFunction, QStringLiteral("Adult Social Care")},
                 {af::purpose, QStringLiteral("Assessing care needs")},
                 {af::assetIds, linkValue({m_careAsset})},
                 {af::recipientCategories, QStringLiteral("Care providers")},
                 {af::lawfulBasis, QStringLiteral("public_task")},
                 {af::schedule1Condition, QStringLiteral("para2")},
                 {af::erasurePolicy, QStringLiteral("APD-1")},
                 {af::retainedPerPolicy, 1},
                 {af::dpiaRequired, QStringLiteral("yes")}});
    QVariantMap payroll{{af::name, QStringLiteral("Staff payroll")},
                        {af::role, QStringLiteral("controller")},
                        {af::businessFunction, QStringLiteral("HR")},
                        {af::lawfulBasis, QStringLiteral("contract")}};
    m_tax = activity(tax);
    m_care = activity(care);
    m_payroll = activity(payroll);
    QVERIFY(m_tax && m_care && m_payroll);
    // The fixture is what the tests assume: one complete activity, two with gaps.
    QVERIFY(loadActivity(*m_ws, m_tax)->isComplete());
    QCOMPARE(loadActivity(*m_ws, m_care)->gaps.size(), 1);

    m_dialogs = QueuedDialogs::install();
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(*m_ws, *m_stack);
}

void TestRopaUi::cleanup()
{
    QCOMPARE(m_dialogs->pending(), 0);
    m_page.reset();
    m_stack->clear();
    m_editor.reset();
    m_stack.reset();
    m_ws.reset();
    Dialogs::setBackend(nullptr);
}

qint64 TestRopaUi::asset(const QString &name, const QString &subjects, const QString &data,
                         bool special, const QString &art9)
{
    QString error;
    const auto r = m_ws->records().create(kinds::asset(),
                                          {{assetField::name, name},
                                           {assetField::dataSubjectCategories, subjects},
                                           {assetField::personalDataCategories, data},
                                           {assetField::specialCategory, special ? 1 : 0},
                                           {assetField::art9Condition, art9}},
                                          &error);
    if (!r)
        qWarning("asset: %s", qPrintable(error));
    return r ? r->id : 0;
}

qint64 TestRopaUi::activity(const QVariantMap &values)
{
    QString error;
    const auto r = m_ws->records().create(kinds::activity(), values, &error);
    if (!r)
        qWarning("activity: %s", qPrintable(error));
    return r ? r->id : 0;
}

void TestRopaUi::makePage()
{
    m_page = std::make_unique<RopaPage>(*m_editor);
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

bool TestRopaUi::select(qint64 id)
{
    return m_page->selectActivity(id) && m_page->editor()->currentId() == id;
}

QStringList TestRopaUi::rowRefs() const
{
    QStringList refs;
    const QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        refs << model->index(row, ActivityModel::Reference).data().toString();
    return refs;
}

QStringList TestRopaUi::texts(const QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        out << list->item(row)->text();
    return out;
}

QListWidgetItem *TestRopaUi::item(QListWidget *list, const QString &startsWith) const
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(startsWith))
            return list->item(row);
    }
    qWarning("no item starting with %s", qPrintable(startsWith));
    return nullptr;
}

void TestRopaUi::listShowsActivitiesAndCompleteness()
{
    makePage();
    QCOMPARE(rowRefs(), (QStringList{QStringLiteral("PA-0001"), QStringLiteral("PA-0002"),
                                     QStringLiteral("PA-0003")}));
    // The first activity is open in the form.
    QCOMPARE(m_page->editor()->currentId(), m_tax);
    QCOMPARE(find<QLineEdit>("activityName")->text(), QStringLiteral("Council tax billing"));

    const std::optional<Ropa> ropa = loadRopa(*m_ws, nullptr);
    QVERIFY(ropa);
    auto *bar = find<QProgressBar>("ropaCompleteness");
    QCOMPARE(bar->value(), ropa->percentComplete());
    QVERIFY(!bar->accessibleName().isEmpty());
    // Not colour alone: the same in words.
    const QString summary = find<QLabel>("ropaSummary")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("%1% complete — 1 of 3 activities has everything "
                                               "Art. 30 asks for; ")
                                    .arg(ropa->percentComplete())),
             qPrintable(summary));
    QVERIFY(summary.endsWith(QStringLiteral("%1 items missing").arg(ropa->missingItems())));
    QCOMPARE(find<QLabel>("ropaCount")->text(), QStringLiteral("3 activities"));

    // Columns as a person reads them; the gaps count explains itself in its tooltip.
    const QAbstractItemModel *model = m_page->view()->model();
    QCOMPARE(model->index(1, ActivityModel::Name).data().toString(),
             QStringLiteral("Adult social care assessment"));
    QCOMPARE(model->index(1, ActivityModel::Role).data().toString(), QStringLiteral("Controller"));
    QCOMPARE(model->index(1, ActivityModel::LawfulBasis).data().toString(),
             QStringLiteral("Public task"));
    QVERIFY(model->index(1, ActivityModel::LawfulBasis)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Art. 6(1)(e)")));
    QCOMPARE(model->index(1, ActivityModel::SpecialCategory).data().toString(),
             QStringLiteral("Yes"));
    QCOMPARE(model->index(0, ActivityModel::SpecialCategory).data().toString(),
             QStringLiteral("No"));
    QCOMPARE(model->index(1, ActivityModel::DpiaRequired).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model->index(2, ActivityModel::DpiaRequired).data().toString(),
             QStringLiteral("Not answered"));
    QCOMPARE(model->index(1, ActivityModel::Gaps).data().toString(), QStringLiteral("1"));
    QCOMPARE(model->index(1, ActivityModel::Gaps).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Retention schedule — UK GDPR Art. 30(1)(f)"));

    // Sorting by gaps puts the most incomplete last (numbers, not text).
    m_page->view()->sortByColumn(ActivityModel::Gaps, Qt::AscendingOrder);
    QCOMPARE(rowRefs().constLast(), QStringLiteral("PA-0003"));
    QCOMPARE(rowRefs().constFirst(), QStringLiteral("PA-0001"));

    // Missing items grouped by activity, the complete one absent.
    auto *gaps = find<QTreeWidget>("ropaGaps");
    QCOMPARE(gaps->topLevelItemCount(), 2);
    QCOMPARE(gaps->topLevelItem(0)->text(0),
             QStringLiteral("PA-0002 Adult social care assessment"));
    QCOMPARE(gaps->topLevelItem(0)->child(0)->text(0),
             QStringLiteral("Retention schedule — UK GDPR Art. 30(1)(f)"));
    QCOMPARE(gaps->topLevelItem(1)->text(0), QStringLiteral("PA-0003 Staff payroll"));

    // The header's own gaps come first, under "Organisation".
    QString error;
    QVERIFY(m_ws->records().update(kinds::organisation(), m_ws->selfOrganisationId(),
                                   {{orgField::dpoPersonId, QVariant()}}, &error));
    QTRY_COMPARE(gaps->topLevelItemCount(), 3);
    QCOMPARE(gaps->topLevelItem(0)->text(0), QStringLiteral("Organisation"));
    QVERIFY(gaps->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("Art. 30(1)(a)")));
}

void TestRopaUi::filtersNarrowTheList()
{
    makePage();
    auto *count = find<QLabel>("ropaCount");
    auto *incomplete = find<QCheckBox>("ropaIncompleteOnly");
    incomplete->setChecked(true);
    QCOMPARE(rowRefs(), (QStringList{QStringLiteral("PA-0002"), QStringLiteral("PA-0003")}));
    QCOMPARE(count->text(), QStringLiteral("2 of 3 activities"));
    incomplete->setChecked(false);

    // Special category comes from the linked asset: the activity's own flag is not set.
    auto *special = find<QComboBox>("ropaSpecialFilter");
    special->setCurrentIndex(special->findData(int(ActivityFilter::Special::SpecialOrCriminal)));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0002")});
    special->setCurrentIndex(special->findData(int(ActivityFilter::Special::Neither)));
    QCOMPARE(rowRefs(), (QStringList{QStringLiteral("PA-0001"), QStringLiteral("PA-0003")}));
    special->setCurrentIndex(0);

    auto *basis = find<QComboBox>("ropaLawfulBasisFilter");
    basis->setCurrentIndex(basis->findData(QStringLiteral("contract")));
    QVERIFY(basis->currentText().contains(QStringLiteral("Art. 6(1)(b)")));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0003")});
    basis->setCurrentIndex(basis->findData(ActivityFilter::NotRecorded));
    QVERIFY(rowRefs().isEmpty());
    QCOMPARE(count->text(), QStringLiteral("0 of 3 activities"));
    basis->setCurrentIndex(0);

    auto *function = find<QComboBox>("ropaFunctionFilter");
    QCOMPARE(function->count(), 4); // All + three functions
    function->setCurrentIndex(function->findText(QStringLiteral("Revenues")));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0001")});
    function->setCurrentIndex(0);

    auto *dpia = find<QComboBox>("ropaDpiaFilter");
    dpia->setCurrentIndex(dpia->findData(int(ActivityFilter::Dpia::Required)));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0002")});
    dpia->setCurrentIndex(dpia->findData(int(ActivityFilter::Dpia::NotRequired)));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0001")});
    dpia->setCurrentIndex(dpia->findData(int(ActivityFilter::Dpia::NotAnswered)));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0003")});
    dpia->setCurrentIndex(0);

    // Search: reference, name, purpose or function, every word somewhere.
    auto *search = find<QLineEdit>("ropaSearch");
    QTest::keyClicks(search, QStringLiteral("care needs"));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0002")});
    search->setText(QStringLiteral("pa-0003"));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0003")});
    search->setText(QStringLiteral("hr"));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0003")});
    search->clear();
    QCOMPARE(rowRefs().size(), 3);
    QCOMPARE(count->text(), QStringLiteral("3 activities"));

    // A change elsewhere reloads the list once the event loop turns, filters kept.
    incomplete->setChecked(true);
    QString error;
    QVERIFY(m_ws->records().update(kinds::activity(), m_payroll,
                                   {{af::purpose, QStringLiteral("Paying staff")}}, &error));
    QTRY_VERIFY(m_page->model()->activityAt(2).value(af::purpose) == QLatin1String("Paying staff"));
    QCOMPARE(rowRefs(), (QStringList{QStringLiteral("PA-0002"), QStringLiteral("PA-0003")}));
}

void TestRopaUi::linkingAnAssetProposesItsCategories()
{
    makePage();
    QVERIFY(select(m_payroll));
    ActivityEditor *editor = m_page->editor();
    auto *subjects = find<QListWidget>("activitySubjects");
    auto *apply = find<QPushButton>("activityApply");
    QVERIFY(subjects->count() == 0);
    QVERIFY(!apply->isEnabled());
    QVERIFY(texts(find<QListWidget>("activityGaps"))
                .contains(QStringLiteral("Categories of individuals — UK GDPR Art. 30(1)(c)")));

    // Find the asset by name and tick it: its categories are proposed at once, unsaved.
    auto *picker = find<LinkPicker>("activityAssets");
    QTest::keyClicks(find<QLineEdit>("activityAssetsSearch"), QStringLiteral("payroll"));
    auto *assets = find<QListWidget>("activityAssetsList");
    QCOMPARE(assets->count(), 1);
    QListWidgetItem *payroll = item(assets, QStringLiteral("IA-0003 Payroll"));
    QVERIFY(payroll);
    payroll->setCheckState(Qt::Checked);
    QCOMPARE(picker->chosen(), QList<qint64>{m_payrollAsset});
    QCOMPARE(texts(subjects), QStringList{QStringLiteral("Employees")});
    QCOMPARE(subjects->item(0)->checkState(), Qt::Checked);
    QVERIFY(subjects->item(0)->toolTip().contains(QStringLiteral("IA-0003 Payroll")));
    QCOMPARE(texts(find<QListWidget>("activityData")), QStringList{QStringLiteral("Bank details")});
    QVERIFY(!texts(find<QListWidget>("activityGaps"))
                 .contains(QStringLiteral("Categories of individuals — UK GDPR Art. 30(1)(c)")));
    QVERIFY(editor->hasUnappliedChanges());
    QVERIFY(apply->isEnabled());
    // Nothing stored yet.
    QVERIFY(m_ws->records()
                .get(kinds::activity(), m_payroll)
                ->value(af::assetIds)
                .toString()
                .isEmpty());

    // Apply: one undo step for every changed field, links included.
    find<QLineEdit>("activityRetention")->setText(QStringLiteral("6 years"));
    QTest::mouseClick(apply, Qt::LeftButton);
    const auto stored = m_ws->records().get(kinds::activity(), m_payroll);
    QCOMPARE(stored->value(af::assetIds).toString(), linkValue({m_payrollAsset}));
    QCOMPARE(stored->value(af::retentionSchedule).toString(), QStringLiteral("6 years"));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit PA-0003 Staff payroll"));
    QVERIFY(!apply->isEnabled());
    QVERIFY(!editor->hasUnappliedChanges());
    // The stored categories now come from the asset.
    QCOMPARE(loadActivity(*m_ws, m_payroll)->subjects.effective(),
             QStringList{QStringLiteral("Employees")});

    // Undo restores the links (and the form follows); redo brings them back.
    m_stack->undo();
    QVERIFY(m_ws->records()
                .get(kinds::activity(), m_payroll)
                ->value(af::assetIds)
                .toString()
                .isEmpty());
    QVERIFY(picker->chosen().isEmpty());
    QCOMPARE(subjects->count(), 0);
    QVERIFY(find<QLineEdit>("activityRetention")->text().isEmpty());
    m_stack->redo();
    QCOMPARE(picker->chosen(), QList<qint64>{m_payrollAsset});
    QCOMPARE(texts(subjects), QStringList{QStringLiteral("Employees")});

    // Recipient organisations are linked the same way and count as recipients.
    item(find<QListWidget>("activityRecipientsList"), QStringLiteral("Northmoor"))
        ->setCheckState(Qt::Checked);
    QVERIFY(find<QLabel>("activityRecipientOrganisations")
                ->text()
                .contains(QStringLiteral("Northmoor County Council")));
    QVERIFY(!texts(find<QListWidget>("activityGaps"))
                 .contains(QStringLiteral("Categories of recipients — UK GDPR Art. 30(1)(d)")));
    QVERIFY(editor->apply());
    QCOMPARE(
        m_ws->records().get(kinds::activity(), m_payroll)->value(af::recipientOrgIds).toString(),
        linkValue({m_recipient}));
}

void TestRopaUi::strikingOutAProposedTerm()
{
    makePage();
    QVERIFY(select(m_care));
    auto *data = find<QListWidget>("activityData");
    QCOMPARE(texts(data),
             (QStringList{QStringLiteral("Health data"), QStringLiteral("Contact details")}));
    QVERIFY(data->item(0)->toolTip().contains(
        QStringLiteral("IA-0002 Adult social care case records")));

    // Untick a proposed term and add one of our own.
    item(data, QStringLiteral("Health data"))->setCheckState(Qt::Unchecked);
    QTest::keyClicks(find<QLineEdit>("activityDataExtraText"), QStringLiteral("Next of kin"));
    QVERIFY(m_page->editor()->apply());
    const auto stored = m_ws->records().get(kinds::activity(), m_care);
    QCOMPARE(stored->value(af::dataCategoriesExcluded).toString(), QStringLiteral("Health data"));
    QCOMPARE(stored->value(af::dataCategoriesExtra).toString(), QStringLiteral("Next of kin"));
    QCOMPARE(loadActivity(*m_ws, m_care)->data.effective(),
             (QStringList{QStringLiteral("Contact details"), QStringLiteral("Next of kin")}));
    // After the form reloads, the struck-out term is still listed, unticked.
    QCOMPARE(item(data, QStringLiteral("Health data"))->checkState(), Qt::Unchecked);

    // Unlinking the asset in the form drops its proposals; relinking brings the choice back.
    auto *picker = find<LinkPicker>("activityAssets");
    QVERIFY(picker->choose(m_careAsset, false));
    QCOMPARE(data->count(), 0);
    QVERIFY(picker->choose(m_careAsset, true));
    QCOMPARE(item(data, QStringLiteral("Health data"))->checkState(), Qt::Unchecked);
    QVERIFY(!m_page->editor()->hasUnappliedChanges());

    // Ticking it again includes it again.
    item(data, QStringLiteral("Health data"))->setCheckState(Qt::Checked);
    QVERIFY(m_page->editor()->apply());
    QVERIFY(m_ws->records()
                .get(kinds::activity(), m_care)
                ->value(af::dataCategoriesExcluded)
                .toString()
                .isEmpty());
}

void TestRopaUi::assetChangesReachTheForm()
{
    makePage();
    QVERIFY(select(m_tax));
    QTest::keyClicks(find<QLineEdit>("activitySubjectsExtraText"), QStringLiteral("Visitors"));
    QVERIFY(m_page->editor()->apply());
    auto *subjects = find<QListWidget>("activitySubjects");
    QCOMPARE(texts(subjects),
             (QStringList{QStringLiteral("Council tax payers"), QStringLiteral("Residents")}));

    // The asset owner adds a term on the register: every activity using the asset shows it.
    QString error;
    QVERIFY(m_ws->records().update(kinds::asset(), m_taxAsset,
                                   {{assetField::dataSubjectCategories,
                                     QStringLiteral("Council tax payers; Residents; Landlords")}},
                                   &error));
    QTRY_COMPARE(texts(subjects),
                 (QStringList{QStringLiteral("Council tax payers"), QStringLiteral("Residents"),
                              QStringLiteral("Landlords")}));
    // Own additions kept, and the form is not dirtied by a change made elsewhere.
    QCOMPARE(find<QLineEdit>("activitySubjectsExtraText")->text(), QStringLiteral("Visitors"));
    QVERIFY(!m_page->editor()->hasUnappliedChanges());
    QVERIFY(!find<QPushButton>("activityApply")->isEnabled());
    QCOMPARE(loadActivity(*m_ws, m_tax)->subjects.effective(),
             (QStringList{QStringLiteral("Council tax payers"), QStringLiteral("Residents"),
                          QStringLiteral("Landlords"), QStringLiteral("Visitors")}));

    // A special category asset makes the activity special category, shown as a hint.
    QVERIFY(m_ws->records().update(
        kinds::asset(), m_taxAsset,
        {{assetField::specialCategory, 1}, {assetField::art9Condition, QStringLiteral("g")}},
        &error));
    QTRY_VERIFY(find<QLabel>("activityHints")
                    ->text()
                    .contains(QStringLiteral(
                        "Special category data comes from IA-0001 Council tax accounts")));
    QVERIFY(find<QLabel>("activitySpecialHint")->text().contains(QStringLiteral("IA-0001")));
    QVERIFY(find<QLabel>("activityArt9Hint")->text().contains(QStringLiteral("Art. 9(2)(g)")));
    QVERIFY(!find<QCheckBox>("activitySpecial")->isChecked());
    QTRY_COMPARE(
        m_page->view()->model()->index(0, ActivityModel::SpecialCategory).data().toString(),
        QStringLiteral("Yes"));
}

void TestRopaUi::completenessFollowsTheForm()
{
    makePage();
    QVERIFY(select(m_care));
    auto *bar = find<QProgressBar>("ropaCompleteness");
    const int before = bar->value();
    auto *gaps = find<QListWidget>("activityGaps");
    QCOMPARE(texts(gaps),
             QStringList{QStringLiteral("Retention schedule — UK GDPR Art. 30(1)(f)")});
    QVERIFY(find<QLabel>("activityHints")
                ->text()
                .contains(QStringLiteral("Special category data comes from IA-0002 Adult social "
                                         "care case records")));
    QVERIFY(find<QLabel>("activityHints")->text().contains(QStringLiteral("Art. 9(2)(h)")));

    // Live on the unsaved values: filled in, the gap goes before Apply.
    QTest::keyClicks(find<QLineEdit>("activityRetention"), QStringLiteral("Until 8 years after"));
    QCOMPARE(gaps->count(), 1);
    QVERIFY(gaps->item(0)->data(Qt::UserRole + 1).toString().isEmpty()); // "nothing missing"
    QCOMPARE(bar->value(), before); // the summary is of what is stored
    // A conditional item appears as soon as it applies: retained not per policy needs reasons.
    auto *retained = find<QComboBox>("activityRetainedPerPolicy");
    retained->setCurrentIndex(retained->findData(QStringLiteral("0")));
    QCOMPARE(texts(gaps),
             QStringList{QStringLiteral("Reasons for not following the policy — DPA 2018 Sch. 1 "
                                        "para 41(c)")});
    retained->setCurrentIndex(retained->findData(QStringLiteral("1")));

    QTest::mouseClick(find<QPushButton>("activityApply"), Qt::LeftButton);
    QTRY_VERIFY(bar->value() > before);
    const std::optional<Ropa> ropa = loadRopa(*m_ws, nullptr);
    QCOMPARE(bar->value(), ropa->percentComplete());
    QVERIFY(find<QLabel>("ropaSummary")->text().contains(QStringLiteral("2 of 3 activities have")));
    auto *tree = find<QTreeWidget>("ropaGaps");
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("PA-0003 Staff payroll"));
    QCOMPARE(m_page->view()->model()->index(1, ActivityModel::Gaps).data().toString(),
             QStringLiteral("0"));
}

void TestRopaUi::activatingAGapOpensItsField()
{
    makePage();
    // The filters hide the activity: going to its gap shows everything again.
    QTest::keyClicks(find<QLineEdit>("ropaSearch"), QStringLiteral("council tax"));
    QCOMPARE(rowRefs(), QStringList{QStringLiteral("PA-0001")});
    auto *tree = find<QTreeWidget>("ropaGaps");
    QTreeWidgetItem *group = m_page->gaps()->itemOfActivity(m_payroll);
    QVERIFY(group);
    QTreeWidgetItem *retention = nullptr;
    for (int i = 0; i < group->childCount(); ++i) {
        if (group->child(i)->data(0, RopaGapTree::FieldRole).toString() == af::retentionSchedule)
            retention = group->child(i);
    }
    QVERIFY(retention);
    tree->setFocus();
    tree->setCurrentItem(retention);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_page->editor()->currentId(), m_payroll);
    QCOMPARE(rowRefs().size(), 3);
    QCOMPARE(m_page->view()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("PA-0003"));
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>("activityRetention"));

    // A field on another tab: the tab opens.
    m_page->editor()->focusField(af::lawfulBasis);
    QCOMPARE(find<QTabWidget>("activityTabs")->currentIndex(), 1);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("activityLawfulBasis"));
    // The editor's own panel does the same.
    auto *gaps = find<QListWidget>("activityGaps");
    QListWidgetItem *purpose = item(gaps, QStringLiteral("Purpose of processing"));
    QVERIFY(purpose);
    gaps->setFocus();
    gaps->setCurrentItem(purpose);
    QTest::keyClick(gaps, Qt::Key_Return);
    QCOMPARE(find<QTabWidget>("activityTabs")->currentIndex(), 0);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("activityPurpose"));
}

void TestRopaUi::switchingAsksAboutUnappliedEdits()
{
    makePage();
    QVERIFY(select(m_tax));
    auto *name = find<QLineEdit>("activityName");
    name->setText(QStringLiteral("Council tax billing and recovery"));
    // Stay: the form keeps the edits and the list goes back to the activity.
    m_dialogs->pushButton(QMessageBox::Cancel);
    m_page->view()->selectRow(1);
    QCOMPARE(m_page->editor()->currentId(), m_tax);
    QCOMPARE(name->text(), QStringLiteral("Council tax billing and recovery"));
    QTRY_COMPARE(m_page->view()->currentIndex().row(), 0);
    // Apply on the way.
    m_dialogs->pushButton(QMessageBox::Apply);
    m_page->view()->selectRow(1);
    QCOMPARE(m_page->editor()->currentId(), m_care);
    QCOMPARE(m_ws->records().get(kinds::activity(), m_tax)->value(af::name).toString(),
             QStringLiteral("Council tax billing and recovery"));
    // A blank name is refused.
    name->clear();
    QVERIFY(!find<QPushButton>("activityApply")->isEnabled());
    QVERIFY(!m_page->editor()->apply());
    QCOMPARE(m_stack->count(), 1);
    m_page->editor()->revert();
    QCOMPARE(name->text(), QStringLiteral("Adult social care assessment"));
}

void TestRopaUi::newActivityIsCreatedAndSelected()
{
    makePage();
    QTest::mouseClick(find<QPushButton>("ropaNew"), Qt::LeftButton);
    QCOMPARE(m_ws->records().count(kinds::activity()), 4);
    const qint64 id = m_page->editor()->currentId();
    const auto record = m_ws->records().get(kinds::activity(), id);
    QVERIFY(record);
    QCOMPARE(record->ref, QStringLiteral("PA-0004"));
    QCOMPARE(record->value(af::role).toString(), QStringLiteral("controller"));
    auto *name = find<QLineEdit>("activityName");
    QCOMPARE(name->text(), QStringLiteral("New processing activity"));
    QCOMPARE(QApplication::focusWidget(), name);
    QVERIFY(name->hasSelectedText());
    QCOMPARE(m_page->view()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("PA-0004"));
    QCOMPARE(m_stack->count(), 1);
    // Typing the name and pressing Enter applies it.
    QTest::keyClicks(name, QStringLiteral("Pest control"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_ws->records().get(kinds::activity(), id)->value(af::name).toString(),
             QStringLiteral("Pest control"));
    m_stack->undo();
    m_stack->undo();
    QVERIFY(!m_ws->records().get(kinds::activity(), id));
    QTRY_COMPARE(rowRefs().size(), 3);
}

void TestRopaUi::deleteAsksAndUndoRestoresLinks()
{
    makePage();
    QVERIFY(select(m_tax));
    m_page->view()->setFocus();
    m_dialogs->pushButton(QMessageBox::No);
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QVERIFY(m_ws->records().get(kinds::activity(), m_tax));
    m_dialogs->pushButton(QMessageBox::Yes);
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QVERIFY(m_dialogs->lastSeen().text.contains(QStringLiteral("PA-0001 Council tax billing")));
    QVERIFY(!m_ws->records().get(kinds::activity(), m_tax));
    QCOMPARE(rowRefs(), (QStringList{QStringLiteral("PA-0002"), QStringLiteral("PA-0003")}));
    // The neighbour is now the current activity.
    QCOMPARE(m_page->editor()->currentId(), m_care);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete PA-0001 Council tax billing"));

    m_stack->undo();
    const auto back = m_ws->records().get(kinds::activity(), m_tax);
    QVERIFY(back);
    QCOMPARE(back->value(af::assetIds).toString(), linkValue({m_taxAsset}));
    QCOMPARE(back->value(af::recipientOrgIds).toString(), linkValue({m_recipient}));
    QTRY_COMPARE(rowRefs().size(), 3);
    QVERIFY(select(m_tax));
    QCOMPARE(find<LinkPicker>("activityAssets")->chosen(), QList<qint64>{m_taxAsset});
    QCOMPARE(texts(find<QListWidget>("activitySubjects")),
             (QStringList{QStringLiteral("Council tax payers"), QStringLiteral("Residents")}));
}

void TestRopaUi::historyReadsLinksAsNames()
{
    makePage();
    QVERIFY(select(m_payroll));
    QVERIFY(find<LinkPicker>("activityAssets")->choose(m_payrollAsset, true));
    auto *basis = find<QComboBox>("activityLawfulBasis");
    basis->setCurrentIndex(basis->findData(QStringLiteral("legal_obligation")));
    QVERIFY(m_page->editor()->apply());
    auto *history = find<QTreeWidget>("activityHistory");
    QStringList changes;
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        changes << history->topLevelItem(i)->text(2) + QLatin1String(": ") +
                       history->topLevelItem(i)->text(3);
    QVERIFY2(changes.contains(QStringLiteral("Assets used: (none) → IA-0003 Payroll")),
             qPrintable(changes.join(QLatin1Char('\n'))));
    QVERIFY2(changes.contains(QStringLiteral("Article 6 lawful basis: Contract — UK GDPR Art. "
                                             "6(1)(b) → Legal obligation — UK GDPR Art. 6(1)(c)")),
             qPrintable(changes.join(QLatin1Char('\n'))));
    // Newest first; the creation is the oldest entry.
    QCOMPARE(history->topLevelItem(history->topLevelItemCount() - 1)->text(2),
             QStringLiteral("Added"));
}

void TestRopaUi::processorTabFollowsRole()
{
    makePage();
    QVERIFY(select(m_payroll));
    auto *tabs = find<QTabWidget>("activityTabs");
    const int processorTab = m_page->editor()->form().processorTab;
    QVERIFY(tabs->widget(processorTab)->isAncestorOf(find<QWidget>("activityControllers")));
    QVERIFY(!tabs->isTabEnabled(processorTab));
    auto *role = find<QComboBox>("activityRole");
    role->setCurrentIndex(role->findData(QStringLiteral("processor")));
    QVERIFY(tabs->isTabEnabled(processorTab));
    // A processor record asks for Art. 30(2) items, live.
    QVERIFY(texts(find<QListWidget>("activityGaps"))
                .contains(QStringLiteral("Controllers we act for — UK GDPR Art. 30(2)(a)")));
    item(find<QListWidget>("activityControllersList"), QStringLiteral("Northmoor"))
        ->setCheckState(Qt::Checked);
    QVERIFY(!texts(find<QListWidget>("activityGaps"))
                 .contains(QStringLiteral("Controllers we act for — UK GDPR Art. 30(2)(a)")));
    QVERIFY(m_page->editor()->apply());
    const auto stored = m_ws->records().get(kinds::activity(), m_payroll);
    QCOMPARE(stored->value(af::role).toString(), QStringLiteral("processor"));
    QCOMPARE(stored->value(af::controllerOrgIds).toString(), linkValue({m_recipient}));
    QTRY_COMPARE(m_page->view()->model()->index(2, ActivityModel::Role).data().toString(),
                 QStringLiteral("Processor"));
}

void TestRopaUi::importAndExportAreRequested()
{
    m_page = std::make_unique<RopaPage>(*m_editor);
    QSignalSpy imports(m_page.get(), &RopaPage::importRequested);
    QSignalSpy exports(m_page.get(), &RopaPage::exportRequested);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *importButton = find<QPushButton>("ropaImport");
    QVERIFY(importButton->isVisible());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(imports.count(), 1);
    auto *exportButton = find<QToolButton>("ropaExport");
    QVERIFY(exportButton->isVisible());
    QAction *xlsx = exportButton->menu()->findChild<QAction *>(QStringLiteral("ropaExport_xlsx"));
    QVERIFY(xlsx);
    xlsx->trigger();
    QCOMPARE(exports.count(), 1);
    QCOMPARE(exports.constFirst().constFirst().toString(), QStringLiteral("xlsx"));

    // Nobody listening: no dead buttons.
    RopaPage alone(*m_editor);
    alone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&alone));
    QVERIFY(!child<QPushButton>(&alone, QStringLiteral("ropaImport"))->isVisible());
    QVERIFY(!child<QToolButton>(&alone, QStringLiteral("ropaExport"))->isVisible());
}

void TestRopaUi::readOnlyWorkspaceDisablesEditing()
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
    QVERIFY(select(m_care));
    for (const char *name : {"ropaNew", "ropaDelete", "activityApply", "activityRevert"})
        QVERIFY2(!child<QPushButton>(m_page.get(), QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(find<QLineEdit>("activityName")->isReadOnly());
    QVERIFY(find<QPlainTextEdit>("activityPurpose")->isReadOnly());
    QVERIFY(!find<QComboBox>("activityLawfulBasis")->isEnabled());
    QVERIFY(!find<QCheckBox>("activitySpecial")->isEnabled());
    QVERIFY(find<QLineEdit>("activityDataExtraText")->isReadOnly());
    // Still readable: the proposals and the chosen asset are listed, but not tickable.
    auto *data = find<QListWidget>("activityData");
    QCOMPARE(data->count(), 2);
    QVERIFY(!(data->item(0)->flags() & Qt::ItemIsUserCheckable));
    auto *assets = find<QListWidget>("activityAssetsList");
    QCOMPARE(texts(assets), QStringList{QStringLiteral("IA-0002 Adult social care case records")});
    QVERIFY(!(assets->item(0)->flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(find<QLineEdit>("activityName")->text(),
             QStringLiteral("Adult social care assessment"));
    // Keys do nothing either.
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QVERIFY(!m_page->editor()->apply());
    QCOMPARE(m_stack->count(), 0);
}

void TestRopaUi::inputsHaveLabelsAndNames()
{
    makePage();
    QVERIFY(select(m_care));
    // Every input of the form: a label that moves the focus to it, and a name for screen
    // readers.
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    const ActivityForm &form = m_page->editor()->form();
    for (auto it = form.focusFor.cbegin(); it != form.focusFor.cend(); ++it) {
        QWidget *input = it.value();
        if (auto *picker = qobject_cast<CategoryPicker *>(input))
            input = picker->list();
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(it.key()));
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(),
                                          [input](QLabel *l) { return l->buddy() == input; });
        QVERIFY2(labelled, qPrintable(it.key()));
    }
    for (const char *name : {"ropaSearch", "ropaFunctionFilter", "ropaLawfulBasisFilter",
                             "ropaSpecialFilter", "ropaDpiaFilter", "ropaTable", "ropaGaps",
                             "activityGaps", "activitySubjectsExtraText", "activityAssetsSearch"})
        QVERIFY2(!find<QWidget>(name)->accessibleName().isEmpty(), name);
    // The tab chain runs through the form in reading order.
    QWidget *w = find<QWidget>("activityName");
    QCOMPARE(w->nextInFocusChain()->objectName(), QStringLiteral("activityBusinessFunction"));
    // Enter on a row goes to its form.
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("activityName"));
}

QTEST_MAIN(TestRopaUi)
#include "tst_ropa.moc"
