// The DPIA dialogs and panels driven offscreen by objectName: screening with live outcome,
// proposals and undo; the template wizard (proposals, one-step Finish, step-7 rules, a new
// version of an approved DPIA); the answers editor with comments; attachments; the review
// workflow panel; and the differences between versions. Set IGW_SCREENSHOT_DIR to also save
// a picture of each dialog.
#include "../gui/guitestutil.h"
#include "dpia/attachments.h"
#include "dpia/demodpia.h"
#include "dpia/dpiaanswers.h"
#include "dpia/dpiarecords.h"
#include "dpia/screening.h"
#include "dpia/ui/dpiaanswerseditor.h"
#include "dpia/ui/dpiaanswersform.h"
#include "dpia/ui/dpiaassessments.h"
#include "dpia/ui/dpiaattachmentspanel.h"
#include "dpia/ui/dpiacommentsview.h"
#include "dpia/ui/dpiaeditor.h"
#include "dpia/ui/dpiapreviewdialog.h"
#include "dpia/ui/dpiaquestionwidget.h"
#include "widgets/richtextedit.h"
#include "dpia/ui/dpiasignoffform.h"
#include "dpia/ui/dpiaversionsdialog.h"
#include "dpia/ui/dpiawizard.h"
#include "dpia/ui/dpiaworkflowpanel.h"
#include "dpia/ui/screeningdialog.h"
#include "dpia/versions.h"
#include "dpia/workflow.h"
#include "pdfview/pdfviewer.h"
#include "register/demoregister.h"
#include "register/ui/optionaldateedit.h"
#include "ropa/activities.h"
#include "ropa/demoropa.h"
#include "widgets/banner.h"
#include "widgets/queueddialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/demo.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace igw;
using igw::test::child;

class TestDpiaDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void screeningOutcomeFollowsAnswersAndSaveCreatesScreening();
    void screeningProposesFromTheRopa();
    void screeningSaveAndStartCreatesLinkedDpia();
    void wizardInsertsProposalOnlyIntoEmptyAnswers();
    void wizardFinishIsOneUndoStep();
    void wizardOverruledWithoutReasonBlocksFinish();
    void wizardRequiresArt36WhenResidualRiskIsHigh();
    void wizardOnApprovedDpiaStartsNewVersion();
    void answersEditorAppliesRevertsAndTakesComments();
    void attachmentsAreAddedSavedAndRemoved();
    void workflowPanelListsBlockersAndDisablesApprove();
    void workflowTransitionsFreezeAVersion();
    void workflowRejectAsksForReason();
    void versionsDialogListsChangedAnswer();
    void previewShowsTheReportAndSavesExactlyIt();
    void pdfViewerRefusesWhatIsNotAPdf();
    void pageOffersEveryDpiaScreen();
    void inputsHaveNamesAndKeyboardPaths();

private:
    qint64 create(const RecordKind &kind, const QVariantMap &values);
    Record get(const RecordKind &kind, qint64 id) const;
    qint64 demoId(const RecordKind &kind, const QString &title) const;
    // A draft DPIA for `activity` with no answers yet, on the built-in bank.
    qint64 blankDpia(const QString &title, qint64 activity);
    // Everything approval needs, on a draft DPIA with one low risk.
    qint64 completeDpia();
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    QueuedDialogs *m_dialogs = nullptr;
    qint64 m_library = 0; // an activity of our own, with a purpose and nothing else
};

void TestDpiaDialogs::initTestCase()
{
    // The demo council once, copied for every test: a few hundred assets take a while.
    m_template = m_dir.filePath(QStringLiteral("template.igw"));
    auto ws = test::createWorkspace(m_template);
    QVERIFY(ws);
    QString error;
    QVERIFY2(addDemoDirectory(*ws, &error), qPrintable(error));
    QVERIFY2(addDemoRegister(*ws, &error), qPrintable(error));
    QVERIFY2(addDemoRopa(*ws, &error), qPrintable(error));
    QVERIFY2(addDemoDpias(*ws, &error), qPrintable(error));
    ws.reset();
}

void TestDpiaDialogs::init()
{
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto result = Workspace::open(path, test::testOptions());
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    m_ws = std::move(result.workspace);
    m_library = create(kinds::activity(),
                       {{activityField::name, QStringLiteral("Library loans")},
                        {activityField::role, QStringLiteral("controller")},
                        {activityField::purpose, QStringLiteral("Lending books to members")}});
    QVERIFY(m_library);
    m_dialogs = QueuedDialogs::install();
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(*m_ws, *m_stack);
    connect(m_editor.get(), &RecordEditor::failed, this,
            [](const QString &error) { qWarning("edit failed: %s", qPrintable(error)); });
}

void TestDpiaDialogs::cleanup()
{
    QCOMPARE(m_dialogs->pending(), 0);
    Dialogs::setBackend(nullptr);
    m_editor.reset();
    m_stack.reset();
    m_ws.reset();
}

qint64 TestDpiaDialogs::create(const RecordKind &kind, const QVariantMap &values)
{
    QString error;
    const auto r = m_ws->records().create(kind, values, &error);
    if (!r)
        qWarning("create failed: %s", qPrintable(error));
    return r ? r->id : 0;
}

Record TestDpiaDialogs::get(const RecordKind &kind, qint64 id) const
{
    return m_ws->records().get(kind, id).value_or(Record());
}

qint64 TestDpiaDialogs::demoId(const RecordKind &kind, const QString &title) const
{
    for (const Record &r : m_ws->records().list(kind))
        if (r.title(kind) == title)
            return r.id;
    qWarning("no demo record %s", qPrintable(title));
    return 0;
}

qint64 TestDpiaDialogs::blankDpia(const QString &title, qint64 activity)
{
    return create(kinds::dpia(), {{dpiaField::title, title},
                                  {dpiaField::status, dpiaStatus::draft},
                                  {dpiaField::version, 1},
                                  {dpiaField::matrix, QStringLiteral("ico3")},
                                  {dpiaField::bankVersion, QuestionBank::builtIn().version},
                                  {dpiaField::activityIds, linkValue({activity})}});
}

qint64 TestDpiaDialogs::completeDpia()
{
    DpiaAnswers answers;
    for (const BankStep &step : QuestionBank::builtIn().steps)
        for (const BankQuestion &q : step.questions)
            if (q.required)
                answers.insert(q.id, plainToHtml(QStringLiteral("Answered: ") + q.text));
    QJsonObject signoffs;
    for (const QString &role : {QStringLiteral("measures_approved"),
                                QStringLiteral("residual_approved"), QStringLiteral("dpo_advice")})
        signoffs.insert(role, QJsonObject{{QStringLiteral("name"), QStringLiteral("Dana Okafor")},
                                          {QStringLiteral("position"), QStringLiteral("DPO")},
                                          {QStringLiteral("date"), QStringLiteral("2025-03-01")}});
    const qint64 id = blankDpia(QStringLiteral("Library self-service kiosks"), m_library);
    QString error;
    const bool ok = m_ws->records().update(
        kinds::dpia(), id,
        {{dpiaField::answers, answersToJson(answers)},
         {dpiaField::signoffs,
          QString::fromUtf8(QJsonDocument(signoffs).toJson(QJsonDocument::Compact))},
         {dpiaField::dpoAdvice, QStringLiteral("Proceed with the privacy screens.")},
         {dpiaField::dpoAdviceDecision, QStringLiteral("accepted")}},
        &error);
    if (!ok)
        qWarning("update failed: %s", qPrintable(error));
    create(kinds::risk(), {{riskField::dpiaId, id},
                           {riskField::title, QStringLiteral("Card data seen by others")},
                           {riskField::likelihood, 1},
                           {riskField::severity, 2},
                           {riskField::residualLikelihood, 1},
                           {riskField::residualSeverity, 1},
                           {riskField::sortOrder, 1}});
    return id;
}

void TestDpiaDialogs::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IGW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestDpiaDialogs::screeningOutcomeFollowsAnswersAndSaveCreatesScreening()
{
    ScreeningDialog dialog(*m_ws, m_editor.get(), m_library);
    QCOMPARE(dialog.objectName(), QStringLiteral("screeningDialog"));
    QCOMPARE(dialog.activityId(), m_library);
    // Nothing in the ROPA suggests anything for this activity.
    QVERIFY(dialog.answers().isEmpty());
    auto *outcome = child<QLabel>(&dialog, QStringLiteral("screeningOutcome"));
    auto *reasons = child<QLabel>(&dialog, QStringLiteral("screeningReasons"));
    auto *start = child<QPushButton>(&dialog, QStringLiteral("screeningStart"));
    QVERIFY(outcome && reasons && start);
    QCOMPARE(outcome->text(), QStringLiteral("A DPIA is not required."));
    QVERIFY(!start->isEnabled());

    // One WP248 criterion: recommended, live.
    child<QRadioButton>(&dialog, QStringLiteral("screen_wp248.sensitive_data_yes"))->click();
    QCOMPARE(outcome->text(), QStringLiteral("A DPIA is recommended."));
    QVERIFY(start->isEnabled());
    // A second one: required, with both criteria named as reasons.
    child<QRadioButton>(&dialog, QStringLiteral("screen_wp248.large_scale_yes"))->click();
    QCOMPARE(outcome->text(), QStringLiteral("A DPIA is required."));
    QVERIFY2(reasons->text().contains(QStringLiteral("WP248")), qPrintable(reasons->text()));
    QCOMPARE(reasons->text().count(QStringLiteral("\u2022")), 2);
    // Unsure on an Art. 35(3) question does not lower it; no on another keeps it.
    child<QRadioButton>(&dialog, QStringLiteral("screen_art35.profiling_no"))->click();
    QCOMPARE(outcome->text(), QStringLiteral("A DPIA is required."));
    screenshot(&dialog, QStringLiteral("screening"));

    child<QPushButton>(&dialog, QStringLiteral("screeningSave"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const qint64 id = dialog.created().screeningId;
    QVERIFY(id > 0);
    QCOMPARE(dialog.created().dpiaId, 0);
    const Record saved = get(kinds::screening(), id);
    QVERIFY(saved.ref.startsWith(QStringLiteral("SC-")));
    QCOMPARE(saved.value(screeningField::outcome).toString(), screening::required);
    QCOMPARE(saved.value(screeningField::activityId).toLongLong(), m_library);
    QVERIFY(!saved.value(screeningField::reasons).toString().isEmpty());
    const screening::Answers stored =
        screening::decodeAnswers(saved.value(screeningField::answers));
    QCOMPARE(stored.value(QStringLiteral("wp248.large_scale")), screening::yes);
    QCOMPARE(stored.value(QStringLiteral("art35.profiling")), screening::no);
    QCOMPARE(get(kinds::activity(), m_library).value(activityField::dpiaRequired).toString(),
             QStringLiteral("yes"));

    // One undo step takes the screening and the ROPA's "DPIA required?" back; redo restores.
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(!m_ws->records().get(kinds::screening(), id));
    QVERIFY(get(kinds::activity(), m_library).value(activityField::dpiaRequired).isNull());
    m_stack->redo();
    QCOMPARE(get(kinds::screening(), id).ref, saved.ref);
    QCOMPARE(get(kinds::activity(), m_library).value(activityField::dpiaRequired).toString(),
             QStringLiteral("yes"));
}

void TestDpiaDialogs::screeningProposesFromTheRopa()
{
    const qint64 activity = demoId(
        kinds::activity(), QStringLiteral("Children's social care assessment and care planning"));
    QVERIFY(activity);
    ScreeningDialog dialog(*m_ws, nullptr, 0);
    // Without an activity nothing can be saved, and the dialog says so.
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("screeningSave"))->isEnabled());
    QVERIFY(child<ValidationLabel>(&dialog, QStringLiteral("screeningProblems"))
                ->plainText()
                .contains(QStringLiteral("Choose the processing activity")));
    dialog.setActivity(activity);
    const QString note = dialog.proposalText(QStringLiteral("wp248.sensitive_data"));
    QVERIFY2(note.startsWith(QStringLiteral("Proposed from the ROPA")), qPrintable(note));
    QVERIFY(child<QRadioButton>(&dialog, QStringLiteral("screen_wp248.sensitive_data_yes"))
                ->isChecked());
    QCOMPARE(dialog.answers().value(QStringLiteral("wp248.vulnerable_subjects")), screening::yes);
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("screeningOutcome"))->text(),
             QStringLiteral("A DPIA is required."));
    // The user's own answer stays when the activity changes; unconfirmed proposals go.
    dialog.setAnswer(QStringLiteral("ico.tracking"), screening::no);
    dialog.setActivity(m_library);
    QVERIFY(dialog.proposalText(QStringLiteral("wp248.sensitive_data")).isEmpty());
    QCOMPARE(dialog.answers(),
             (screening::Answers{{QStringLiteral("ico.tracking"), screening::no}}));
}

void TestDpiaDialogs::screeningSaveAndStartCreatesLinkedDpia()
{
    ScreeningDialog dialog(*m_ws, m_editor.get(), m_library);
    dialog.setAnswer(QStringLiteral("art35.large_scale_special"), screening::yes);
    auto *start = child<QPushButton>(&dialog, QStringLiteral("screeningStart"));
    QVERIFY(start->isEnabled());
    start->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ScreeningDialog::Result created = dialog.created();
    QVERIFY(created.screeningId > 0 && created.dpiaId > 0);
    const Record dpia = get(kinds::dpia(), created.dpiaId);
    QVERIFY(dpia.ref.startsWith(QStringLiteral("DP-")));
    QCOMPARE(linkIds(dpia.value(dpiaField::activityIds)), QList<qint64>{m_library});
    QCOMPARE(dpia.value(dpiaField::screeningId).toLongLong(), created.screeningId);
    const DpiaAnswers answers = parseAnswers(dpia.value(dpiaField::answers));
    QVERIFY(!isBlankAnswer(answers.value(QStringLiteral("1.why_dpia"))));
    QVERIFY(
        htmlToPlain(answers.value(QStringLiteral("1.why_dpia"))).contains(QStringLiteral("35(3)")));
    // Pre-filled from the activity's purpose too.
    QVERIFY(htmlToPlain(answers.value(QStringLiteral("1.aims")))
                .contains(QStringLiteral("Lending books")));
    QCOMPARE(get(kinds::activity(), m_library).value(activityField::dpiaLink).toString(), dpia.ref);

    // Both records go with one undo.
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(!m_ws->records().get(kinds::dpia(), created.dpiaId));
    QVERIFY(!m_ws->records().get(kinds::screening(), created.screeningId));
    QVERIFY(get(kinds::activity(), m_library).value(activityField::dpiaLink).isNull());
    m_stack->redo();
    QCOMPARE(get(kinds::dpia(), created.dpiaId).ref, dpia.ref);
}

void TestDpiaDialogs::wizardInsertsProposalOnlyIntoEmptyAnswers()
{
    const qint64 id = blankDpia(QStringLiteral("Library loans"), m_library);
    DpiaAnswers own;
    own.insert(QStringLiteral("2.purposes.aims"), plainToHtml(QStringLiteral("Our own words")));
    QString error;
    QVERIFY(m_ws->records().update(kinds::dpia(), id, {{dpiaField::answers, answersToJson(own)}},
                                   &error));

    DpiaWizard wizard(*m_editor, id);
    QCOMPARE(wizard.objectName(), QStringLiteral("dpiaWizard"));
    QCOMPARE(wizard.pageIds().size(), 7);
    DpiaAnswersForm *form = wizard.form();
    // An empty answer with a proposal: the note and the button are there.
    DpiaQuestionWidget *aims = form->question(QStringLiteral("1.aims"));
    QVERIFY(aims);
    QVERIFY(aims->proposal().contains(QStringLiteral("Lending books")));
    QVERIFY(aims->canInsertProposal());
    auto *insert = child<QPushButton>(aims, QStringLiteral("insert_1.aims"));
    QVERIFY(insert && insert->isVisibleTo(aims));
    insert->click();
    QVERIFY(htmlToPlain(aims->html()).contains(QStringLiteral("Lending books")));
    QVERIFY(!insert->isVisibleTo(aims)); // no second insert over the text
    QVERIFY(!aims->insertProposal());

    // An answer with text keeps it: the proposal is never offered over it.
    DpiaQuestionWidget *purposes = form->question(QStringLiteral("2.purposes.aims"));
    QVERIFY(purposes->proposal().contains(QStringLiteral("Lending books")));
    QVERIFY(!purposes->canInsertProposal());
    QVERIFY(!child<QPushButton>(purposes, QStringLiteral("insert_2.purposes.aims"))
                 ->isVisibleTo(purposes));
    QVERIFY(!purposes->insertProposal());
    QCOMPARE(htmlToPlain(purposes->html()).trimmed(), QStringLiteral("Our own words"));
    // Required questions say so in words; guidance is behind the "?" button.
    const QList<QLabel *> labels = aims->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text().endsWith(QStringLiteral("(required)"));
    }));
    QVERIFY(!aims->guidanceLabel()->isVisibleTo(aims));
    aims->guidanceButton()->click();
    QVERIFY(aims->guidanceLabel()->isVisibleTo(aims));
    QVERIFY(form->isDirty());
    m_dialogs->pushButton(QMessageBox::Discard);
    wizard.reject();
    QCOMPARE(parseAnswers(get(kinds::dpia(), id).value(dpiaField::answers)), own);
}

void TestDpiaDialogs::wizardFinishIsOneUndoStep()
{
    const qint64 id = blankDpia(QStringLiteral("Library loans"), m_library);
    const Record before = get(kinds::dpia(), id);
    DpiaWizard wizard(*m_editor, id);
    wizard.show();
    DpiaAnswersForm *form = wizard.form();
    form->question(QStringLiteral("1.processing_type"))
        ->editor()
        ->textEdit()
        ->setPlainText(QStringLiteral("Loans recorded in the library system"));
    form->question(QStringLiteral("3.internal"))
        ->editor()
        ->textEdit()
        ->setPlainText(QStringLiteral("Library managers and IT"));
    form->signoffForm()->dpoAdvice()->setPlainText(QStringLiteral("Go ahead."));
    form->signoffForm()
        ->signoffEdit(QStringLiteral("dpo_advice"), QStringLiteral("name"))
        ->setText(QStringLiteral("Dana Okafor"));
    QCOMPARE(form->changedQuestions().size(), 2);
    screenshot(&wizard, QStringLiteral("wizard"));

    wizard.setCurrentId(wizard.pageOfStep(QStringLiteral("3")));
    // Finish is offered on every page.
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY2(wizard.saved(), qPrintable(wizard.problems()->plainText()));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(m_stack->count(), 1);
    const Record after = get(kinds::dpia(), id);
    const DpiaAnswers answers = parseAnswers(after.value(dpiaField::answers));
    QVERIFY(htmlToPlain(answers.value(QStringLiteral("1.processing_type")))
                .contains(QStringLiteral("library system")));
    QVERIFY(
        htmlToPlain(answers.value(QStringLiteral("3.internal"))).contains(QStringLiteral("IT")));
    QCOMPARE(after.value(dpiaField::dpoAdvice).toString(), QStringLiteral("Go ahead."));
    QVERIFY(after.value(dpiaField::signoffs).toString().contains(QStringLiteral("Dana Okafor")));

    m_stack->undo();
    const Record undone = get(kinds::dpia(), id);
    QVERIFY(undone.value(dpiaField::answers).isNull());
    QVERIFY(undone.value(dpiaField::dpoAdvice).isNull());
    QVERIFY(undone.value(dpiaField::signoffs).isNull());
    QCOMPARE(undone.value(dpiaField::answers), before.value(dpiaField::answers));
}

void TestDpiaDialogs::wizardOverruledWithoutReasonBlocksFinish()
{
    const qint64 id = blankDpia(QStringLiteral("Library loans"), m_library);
    DpiaWizard wizard(*m_editor, id);
    wizard.show();
    DpiaSignoffForm *signoff = wizard.form()->signoffForm();
    QVERIFY(signoff);
    signoff->dpoDecision()->setCurrentIndex(
        signoff->dpoDecision()->findData(QStringLiteral("overruled")));
    QVERIFY(wizard.form()->hasErrors());
    wizard.button(QWizard::FinishButton)->click();
    // Still open, on step 7, saying why; nothing stored.
    QVERIFY(wizard.isVisible());
    QVERIFY(!wizard.saved());
    QCOMPARE(wizard.currentId(), wizard.pageOfStep(QStringLiteral("7")));
    QVERIFY2(wizard.problems()->plainText().contains(QStringLiteral("overruled")),
             qPrintable(wizard.problems()->plainText()));
    QVERIFY(wizard.problems()->plainText().startsWith(QStringLiteral("Error:")));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(get(kinds::dpia(), id).value(dpiaField::dpoAdviceDecision).isNull());
    screenshot(&wizard, QStringLiteral("wizard-step7"));

    signoff->overruleReason()->setPlainText(QStringLiteral("The service needs it now."));
    QVERIFY(!wizard.form()->hasErrors());
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.saved());
    const Record after = get(kinds::dpia(), id);
    QCOMPARE(after.value(dpiaField::dpoAdviceDecision).toString(), QStringLiteral("overruled"));
    QCOMPARE(after.value(dpiaField::dpoOverruleReason).toString(),
             QStringLiteral("The service needs it now."));
}

void TestDpiaDialogs::wizardRequiresArt36WhenResidualRiskIsHigh()
{
    const qint64 low = blankDpia(QStringLiteral("Low risk"), m_library);
    {
        DpiaWizard wizard(*m_editor, low);
        QVERIFY(!wizard.form()->art36Required());
        QVERIFY(wizard.form()->signoffForm()->art36Box()->isHidden());
        QVERIFY(!wizard.form()->hasErrors());
    }
    const qint64 high = blankDpia(QStringLiteral("High risk"), m_library);
    create(kinds::risk(), {{riskField::dpiaId, high},
                           {riskField::title, QStringLiteral("Data matched across services")},
                           {riskField::likelihood, 3},
                           {riskField::severity, 3},
                           {riskField::residualLikelihood, 3},
                           {riskField::residualSeverity, 3},
                           {riskField::sortOrder, 1}});
    DpiaWizard wizard(*m_editor, high);
    wizard.show();
    DpiaSignoffForm *signoff = wizard.form()->signoffForm();
    QVERIFY(wizard.form()->art36Required());
    QVERIFY(!signoff->art36Box()->isHidden());
    QVERIFY(child<QLabel>(signoff, QStringLiteral("signoffArt36Notice"))
                ->text()
                .contains(QStringLiteral("Art. 36(1)")));
    // The step-5 summary shows the risk in words.
    QVERIFY(wizard.findChild<QTreeWidget *>(QStringLiteral("riskSummaryList"))
                ->topLevelItem(0)
                ->text(4)
                .contains(QStringLiteral("High")));
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(!wizard.saved());
    QVERIFY(wizard.problems()->plainText().contains(QStringLiteral("Art. 36")));
    QVERIFY(signoff->art36Decision()->hasFocus() || !QApplication::focusWidget());

    signoff->art36Decision()->setCurrentIndex(
        signoff->art36Decision()->findData(QStringLiteral("consult_ico")));
    QVERIFY(wizard.form()->hasErrors()); // the reason too
    signoff->art36Reason()->setPlainText(QStringLiteral("Residual risk of matching stays high."));
    QVERIFY(!wizard.form()->hasErrors());
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.saved());
    QCOMPARE(get(kinds::dpia(), high).value(dpiaField::art36Decision).toString(),
             QStringLiteral("consult_ico"));
}

void TestDpiaDialogs::wizardOnApprovedDpiaStartsNewVersion()
{
    const qint64 id = demoId(kinds::dpia(), QStringLiteral("CCTV at council buildings"));
    QCOMPARE(get(kinds::dpia(), id).value(dpiaField::status).toString(), dpiaStatus::approved);
    DpiaWizard wizard(*m_editor, id);
    wizard.show();
    QVERIFY(wizard.form()->startsNewVersion());
    QVERIFY(child<Banner>(&wizard, QStringLiteral("wizardBanner"))
                ->message()
                .contains(QStringLiteral("new version")));
    // The new version's sign-offs start empty; the approved ones stay with version 1.
    QVERIFY(wizard.form()
                ->signoffForm()
                ->signoffEdit(QStringLiteral("dpo_advice"), QStringLiteral("name"))
                ->text()
                .isEmpty());
    wizard.form()
        ->question(QStringLiteral("3.experts"))
        ->editor()
        ->textEdit()
        ->setPlainText(QStringLiteral("The council's security adviser"));
    // Declining keeps everything as it was.
    m_dialogs->pushButton(QMessageBox::No);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(!wizard.saved());
    QCOMPARE(get(kinds::dpia(), id).value(dpiaField::status).toString(), dpiaStatus::approved);

    m_dialogs->pushButton(QMessageBox::Yes);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.saved());
    QVERIFY(m_dialogs->lastSeen().text.contains(QStringLiteral("version 2")));
    const Record after = get(kinds::dpia(), id);
    QCOMPARE(after.value(dpiaField::status).toString(), dpiaStatus::draft);
    QCOMPARE(after.value(dpiaField::version).toInt(), 2);
    QVERIFY(htmlToPlain(
                parseAnswers(after.value(dpiaField::answers)).value(QStringLiteral("3.experts")))
                .contains(QStringLiteral("security adviser")));
    QCOMPARE(versions::list(*m_ws, id).size(), 1);
}

void TestDpiaDialogs::answersEditorAppliesRevertsAndTakesComments()
{
    const qint64 id = demoId(kinds::dpia(), QStringLiteral("Early help family support"));
    DpiaAnswersEditor editor(*m_editor);
    QCOMPARE(editor.objectName(), QStringLiteral("dpiaAnswersEditor"));
    editor.resize(900, 700);
    QVERIFY(editor.showDpia(id));
    auto *apply = child<QPushButton>(&editor, QStringLiteral("answersApply"));
    auto *revert = child<QPushButton>(&editor, QStringLiteral("answersRevert"));
    QVERIFY(!apply->isEnabled() && !revert->isEnabled());
    // A tab per step of the template and one for files and comments.
    QCOMPARE(editor.tabs()->count(), 8);

    QTextEdit *text =
        editor.form()->question(QStringLiteral("4.alternatives"))->editor()->textEdit();
    const QString stored =
        htmlToPlain(parseAnswers(get(kinds::dpia(), id).value(dpiaField::answers))
                        .value(QStringLiteral("4.alternatives")));
    text->setPlainText(QStringLiteral("A paper form was considered and rejected."));
    QVERIFY(apply->isEnabled() && revert->isEnabled());
    QVERIFY(editor.hasUnappliedChanges());
    revert->click();
    QCOMPARE(text->toPlainText().trimmed(), stored.trimmed());
    QVERIFY(!apply->isEnabled());

    text->setPlainText(QStringLiteral("A paper form was considered and rejected."));
    apply->click();
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(htmlToPlain(parseAnswers(get(kinds::dpia(), id).value(dpiaField::answers))
                            .value(QStringLiteral("4.alternatives")))
                .contains(QStringLiteral("paper form")));
    QVERIFY(!editor.hasUnappliedChanges());
    // Undo shows in the editor (nothing unapplied to protect).
    m_stack->undo();
    QTRY_COMPARE(editor.form()
                     ->question(QStringLiteral("4.alternatives"))
                     ->editor()
                     ->textEdit()
                     ->toPlainText()
                     .trimmed(),
                 stored.trimmed());

    // Comments under a question: saved at once, shown under it.
    auto *comments = child<DpiaCommentsView>(&editor, QStringLiteral("comments_1.aims"));
    QVERIFY(comments);
    QCOMPARE(comments->count(), 0);
    m_dialogs->pushText(QStringLiteral("Please add the timeline."));
    child<QPushButton>(comments, QStringLiteral("addComment"))->click();
    QCOMPARE(comments->count(), 1);
    QVERIFY(comments->texts().constFirst().contains(QStringLiteral("Please add the timeline.")));
    const QList<DpiaComment> saved = attachments::comments(*m_ws, id, QStringLiteral("1.aims"));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().author, QStringLiteral("tester"));
    // Cancelling adds nothing.
    m_dialogs->pushText(QString());
    QVERIFY(!comments->addComment());
    QCOMPARE(attachments::comments(*m_ws, id).size(), 1);
    editor.tabs()->setCurrentIndex(1);
    screenshot(&editor, QStringLiteral("answers-editor"));
}

void TestDpiaDialogs::attachmentsAreAddedSavedAndRemoved()
{
    const qint64 id = demoId(kinds::dpia(), QStringLiteral("Early help family support"));
    DpiaAttachmentsPanel panel(*m_ws);
    QCOMPARE(panel.objectName(), QStringLiteral("dpiaAttachments"));
    panel.setDpia(id);
    const int before = panel.list()->topLevelItemCount();
    QTemporaryDir files;
    const QString source = files.filePath(QStringLiteral("flow diagram.txt"));
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Case notes go from the portal to the case system.\n");
    }
    m_dialogs->pushFileName(source);
    child<QPushButton>(&panel, QStringLiteral("attachmentAdd"))->click();
    QCOMPARE(panel.list()->topLevelItemCount(), before + 1);
    QCOMPARE(attachments::list(*m_ws, id).size(), before + 1);
    QCOMPARE(panel.list()->currentItem()->text(0), QStringLiteral("flow diagram.txt"));
    screenshot(&panel, QStringLiteral("attachments"));

    const QString copy = files.filePath(QStringLiteral("copy.txt"));
    m_dialogs->pushFileName(copy);
    child<QPushButton>(&panel, QStringLiteral("attachmentSave"))->click();
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("Case notes go from the portal to the case system.\n"));

    // Removing asks first; No keeps it.
    m_dialogs->pushButton(QMessageBox::No);
    child<QPushButton>(&panel, QStringLiteral("attachmentRemove"))->click();
    QCOMPARE(attachments::list(*m_ws, id).size(), before + 1);
    m_dialogs->pushButton(QMessageBox::Yes);
    child<QPushButton>(&panel, QStringLiteral("attachmentRemove"))->click();
    QCOMPARE(attachments::list(*m_ws, id).size(), before);
    QCOMPARE(panel.list()->topLevelItemCount(), before);
}

void TestDpiaDialogs::workflowPanelListsBlockersAndDisablesApprove()
{
    const qint64 id =
        demoId(kinds::dpia(), QStringLiteral("Children's social care case management system"));
    DpiaWorkflowPanel panel(*m_ws);
    QCOMPARE(panel.objectName(), QStringLiteral("dpiaWorkflow"));
    panel.setDpia(id);
    QVERIFY2(panel.statusText().contains(QStringLiteral("With the DPO")),
             qPrintable(panel.statusText()));
    QVERIFY(panel.statusText().contains(QStringLiteral("version 1")));
    QPushButton *approve = panel.transitionButton(dpiaStatus::approved);
    QVERIFY(approve);
    QVERIFY(!approve->isEnabled());
    QVERIFY(!approve->accessibleDescription().isEmpty());
    QVERIFY(panel.transitionButton(dpiaStatus::rejected)->isEnabled());
    QVERIFY(panel.transitionButton(dpiaStatus::inReview)->isEnabled());
    const QStringList blockers = panel.blockers();
    QVERIFY(!blockers.isEmpty());
    QVERIFY(std::any_of(blockers.cbegin(), blockers.cend(),
                        [](const QString &b) { return b.contains(QStringLiteral("Art. 36")); }));
    auto *list = child<QListWidget>(&panel, QStringLiteral("workflowBlockers"));
    QCOMPARE(list->count(), blockers.size());
    // The prior-consultation flag in words (the banner has its icon).
    auto *art36 = child<Banner>(&panel, QStringLiteral("workflowArt36"));
    QVERIFY(art36->message().contains(QStringLiteral("Art. 36")));
    QVERIFY(art36->isVisibleTo(&panel));
    panel.resize(700, 420);
    screenshot(&panel, QStringLiteral("workflow"));

    // Once the decision is recorded the Art. 36 blocker goes.
    QString error;
    QVERIFY(m_ws->records().update(kinds::dpia(), id,
                                   {{dpiaField::art36Decision, QStringLiteral("consult_ico")},
                                    {dpiaField::art36Reason, QStringLiteral("High residual risk")}},
                                   &error));
    QTRY_VERIFY(
        std::none_of(panel.blockers().cbegin(), panel.blockers().cend(),
                     [](const QString &b) { return b.contains(QStringLiteral("Art. 36")); }));
}

void TestDpiaDialogs::workflowTransitionsFreezeAVersion()
{
    const qint64 id = completeDpia();
    DpiaWorkflowPanel panel(*m_ws);
    panel.setDpia(id);
    QVERIFY2(panel.blockers().isEmpty(), qPrintable(panel.blockers().join(QLatin1Char('\n'))));
    QCOMPARE(panel.transitionButton(dpiaStatus::inReview)->text(),
             QStringLiteral("Send for &Review"));
    panel.transitionButton(dpiaStatus::inReview)->click();
    QCOMPARE(get(kinds::dpia(), id).value(dpiaField::status).toString(), dpiaStatus::inReview);
    panel.transitionButton(dpiaStatus::dpoReview)->click();
    QCOMPARE(get(kinds::dpia(), id).value(dpiaField::status).toString(), dpiaStatus::dpoReview);
    QPushButton *approve = panel.transitionButton(dpiaStatus::approved);
    QVERIFY(approve && approve->isEnabled());
    m_dialogs->pushButton(QMessageBox::Yes);
    approve->click();
    const Record after = get(kinds::dpia(), id);
    QCOMPARE(after.value(dpiaField::status).toString(), dpiaStatus::approved);
    const QList<DpiaVersionInfo> frozen = versions::list(*m_ws, id);
    QCOMPARE(frozen.size(), 1);
    QCOMPARE(frozen.constFirst().version, 1);
    QVERIFY(panel.statusText().contains(QStringLiteral("Approved")));
    // From approved: a new version (asked first).
    QVERIFY(panel.transitionButton(dpiaStatus::draft));
    m_dialogs->pushButton(QMessageBox::Yes);
    QVERIFY(panel.moveTo(dpiaStatus::draft));
    QCOMPARE(get(kinds::dpia(), id).value(dpiaField::version).toInt(), 2);
}

void TestDpiaDialogs::workflowRejectAsksForReason()
{
    const qint64 id =
        demoId(kinds::dpia(), QStringLiteral("Staff IT accounts and email (Microsoft 365)"));
    DpiaWorkflowPanel panel(*m_ws);
    panel.setDpia(id);
    // Cancelled: nothing happens.
    m_dialogs->pushText(QString());
    panel.transitionButton(dpiaStatus::rejected)->click();
    QCOMPARE(get(kinds::dpia(), id).value(dpiaField::status).toString(), dpiaStatus::inReview);
    m_dialogs->pushText(QStringLiteral("The retention period is missing."));
    panel.transitionButton(dpiaStatus::rejected)->click();
    const Record after = get(kinds::dpia(), id);
    QCOMPARE(after.value(dpiaField::status).toString(), dpiaStatus::rejected);
    QCOMPARE(after.value(dpiaField::rejectionReason).toString(),
             QStringLiteral("The retention period is missing."));
    QVERIFY(child<QLabel>(&panel, QStringLiteral("workflowDetail"))
                ->text()
                .contains(QStringLiteral("retention period")));
    QVERIFY(panel.transitionButton(dpiaStatus::draft));
}

void TestDpiaDialogs::versionsDialogListsChangedAnswer()
{
    const qint64 id = demoId(kinds::dpia(), QStringLiteral("CCTV at council buildings"));
    DpiaAnswers answers = parseAnswers(get(kinds::dpia(), id).value(dpiaField::answers));
    answers.insert(QStringLiteral("2.scope.retention"),
                   plainToHtml(QStringLiteral("Footage is kept for 14 days.")));
    QString error;
    QVERIFY2(updateDpia(*m_ws, id, {{dpiaField::answers, answersToJson(answers)}}, &error),
             qPrintable(error));

    DpiaVersionsDialog dialog(*m_ws, id);
    QCOMPARE(dialog.objectName(), QStringLiteral("dpiaVersions"));
    // Version 1 (frozen) and the current draft of version 2.
    QCOMPARE(dialog.versionList()->topLevelItemCount(), 2);
    QCOMPARE(dialog.versionList()->topLevelItem(0)->text(0), QStringLiteral("Version 1"));
    QVERIFY(dialog.versionList()->topLevelItem(1)->text(0).contains(QStringLiteral("version 2")));
    const auto &changes = dialog.changes();
    const auto answer =
        std::find_if(changes.cbegin(), changes.cend(), [](const versions::Change &c) {
            return c.item.startsWith(QStringLiteral("2.scope.retention"));
        });
    QVERIFY(answer != changes.cend());
    QCOMPARE(answer->area, QStringLiteral("Answer"));
    QVERIFY(answer->after.contains(QStringLiteral("14 days")));
    QCOMPARE(dialog.diffTable()->rowCount(), int(changes.size()));
    const int row = int(answer - changes.cbegin());
    QCOMPARE(dialog.diffTable()->item(row, 1)->text(), QStringLiteral("Answer"));
    QVERIFY(dialog.diffTable()->item(row, 4)->text().contains(QStringLiteral("14 days")));
    QVERIFY2(
        dialog.summary().contains(QStringLiteral("between version 1 and the current version 2")),
        qPrintable(dialog.summary()));
    screenshot(&dialog, QStringLiteral("versions"));
    // The same version twice: nothing to list, and the dialog says so.
    dialog.compare(1, 1);
    QVERIFY(dialog.changes().isEmpty());
    QVERIFY(dialog.summary().contains(QStringLiteral("two different")));
}

void TestDpiaDialogs::previewShowsTheReportAndSavesExactlyIt()
{
    const qint64 id = demoId(kinds::dpia(), QStringLiteral("CCTV at council buildings"));
    DpiaPreviewDialog dialog(*m_ws, id);
    QVERIFY2(dialog.render(), qPrintable(dialog.message()));
    PdfViewer *viewer = dialog.viewer();
    // A cover, contents and the steps: several pages, read back through Poppler.
    QVERIFY2(viewer->pageCount() >= 3, qPrintable(viewer->pageText()));
    QCOMPARE(viewer->currentPage(), 0);
    QCOMPARE(viewer->pageText(), QStringLiteral("Page 1 of %1").arg(viewer->pageCount()));
    // One thumbnail a page, drawn a few at a time; choosing one goes to its page.
    QCOMPARE(viewer->thumbnails()->count(), viewer->pageCount());
    QTRY_COMPARE(viewer->thumbnailsRendered(), viewer->pageCount());
    // Drawn, not the blank placeholder: the contents page has ink on it.
    const QImage thumb =
        viewer->thumbnails()->item(1)->icon().pixmap(viewer->thumbnails()->iconSize()).toImage();
    bool ink = false;
    for (int y = 0; y < thumb.height() && !ink; ++y)
        for (int x = 0; x < thumb.width() && !ink; ++x)
            ink = qGray(thumb.pixel(x, y)) < 200;
    QVERIFY(ink);
    viewer->thumbnails()->setCurrentRow(1);
    QCOMPARE(viewer->currentPage(), 1);
    viewer->goToPage(0);
    QCOMPARE(viewer->thumbnails()->currentRow(), 0);
    dialog.show();
    QApplication::processEvents();
    screenshot(&dialog, QStringLiteral("preview"));
    viewer->goToPage(viewer->pageCount() - 1);
    QTRY_COMPARE(viewer->currentPage(), viewer->pageCount() - 1);
    viewer->setZoom(10.0);
    QCOMPARE(viewer->zoom(), 4.0); // clamped to 400 %

    // Save PDF keeps exactly the bytes that were shown.
    const QString out = m_dir.filePath(QStringLiteral("saved-report"));
    m_dialogs->pushFileName(out);
    QVERIFY(dialog.savePdf());
    QFile shown(dialog.renderedPath());
    QFile saved(out + QStringLiteral(".pdf"));
    QVERIFY(shown.open(QIODevice::ReadOnly));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), shown.readAll());
    QVERIFY(dialog.message().contains(QStringLiteral("Saved the PDF")));
    // ODT is written fresh, as a zip package.
    const QString odt = m_dir.filePath(QStringLiteral("saved-report.odt"));
    m_dialogs->pushFileName(odt);
    QVERIFY(dialog.saveOdt());
    QFile odtFile(odt);
    QVERIFY(odtFile.open(QIODevice::ReadOnly));
    QCOMPARE(odtFile.read(2), QByteArray("PK"));
    // A cancelled save dialog writes nothing.
    m_dialogs->pushFileName(QString());
    QVERIFY(!dialog.savePdf());
}

void TestDpiaDialogs::pdfViewerRefusesWhatIsNotAPdf()
{
    PdfViewer viewer;
    QString error;
    QVERIFY(!viewer.load(m_dir.filePath(QStringLiteral("missing.pdf")), &error));
    QVERIFY(!error.isEmpty());
    const QString fake = m_dir.filePath(QStringLiteral("fake.pdf"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\nthis is not really a PDF\n");
    file.close();
    error.clear();
    QVERIFY(!viewer.load(fake, &error));
    QVERIFY2(!error.isEmpty(), "a broken PDF is refused with a reason");
    QCOMPARE(viewer.pageCount(), 0);
    QCOMPARE(viewer.currentPage(), -1);
}

void TestDpiaDialogs::pageOffersEveryDpiaScreen()
{
    DpiaAssessments page(*m_editor);
    page.resize(1100, 800);
    page.show();
    const qint64 id = demoId(kinds::dpia(), QStringLiteral("CCTV at council buildings"));
    QVERIFY(page.selectDpia(id));
    for (const char *name : {"dpiaScreen", "dpiaGuided", "dpiaVersions", "dpiaPreview"}) {
        auto *button = child<QPushButton>(&page, QString::fromLatin1(name));
        QVERIFY2(button && button->isEnabled(), name);
        QVERIFY(!button->toolTip().isEmpty());
    }
    DpiaEditor *editor = page.editor();
    // The review panel follows the current DPIA; the answers are built when their tab opens.
    QCOMPARE(editor->workflow()->dpiaId(), id);
    QCOMPARE(editor->answers()->currentId(), 0);
    editor->showAnswersTab();
    QCOMPARE(editor->answers()->currentId(), id);
    QVERIFY(editor->answers()->tabs()->count() >= 7);
    screenshot(&page, QStringLiteral("answers-tab"));
    editor->showReviewTab();
    QVERIFY(!editor->workflow()->statusText().isEmpty());
    screenshot(&page, QStringLiteral("review-tab"));

    // Unapplied answers are asked about before another DPIA is shown.
    editor->showAnswersTab();
    QTextEdit *text =
        editor->answers()->form()->question(QStringLiteral("1.aims"))->editor()->textEdit();
    text->setPlainText(QStringLiteral("Changed aims"));
    QTRY_VERIFY(editor->hasUnappliedChanges());
    const qint64 other = demoId(kinds::dpia(), QStringLiteral("Early help family support"));
    m_dialogs->pushButton(QMessageBox::Cancel);
    QVERIFY(!page.selectDpia(other));
    QCOMPARE(editor->currentId(), id);
    m_dialogs->pushButton(QMessageBox::Discard);
    QVERIFY(page.selectDpia(other));
    QCOMPARE(editor->currentId(), other);
    QCOMPARE(editor->answers()->currentId(), other);
}

void TestDpiaDialogs::inputsHaveNamesAndKeyboardPaths()
{
    // Every screening answer is a named radio button reachable by keyboard.
    ScreeningDialog screeningDialog(*m_ws, nullptr, m_library);
    const QList<QRadioButton *> radios = screeningDialog.findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), screening::questions().size() * 3);
    for (const QRadioButton *r : radios) {
        QVERIFY2(r->accessibleName().contains(QLatin1Char(':')), qPrintable(r->objectName()));
        QVERIFY(r->focusPolicy() & Qt::TabFocus);
    }
    // Answers: Tab leaves the editor, so a long page never traps the keyboard.
    const qint64 id = blankDpia(QStringLiteral("Library loans"), m_library);
    DpiaWizard wizard(*m_editor, id);
    for (const DpiaQuestionWidget *q : wizard.form()->questions()) {
        QVERIFY(q->editor()->textEdit()->tabChangesFocus());
        QVERIFY(!q->editor()->textEdit()->accessibleName().isEmpty());
    }
    // Sign-off fields are named by role and part.
    DpiaSignoffForm *signoff = wizard.form()->signoffForm();
    QCOMPARE(signoff->signoffEdit(QStringLiteral("measures_approved"), QStringLiteral("position"))
                 ->accessibleName(),
             QStringLiteral("Measures approved by: position"));
    for (const QPlainTextEdit *edit : signoff->findChildren<QPlainTextEdit *>())
        QVERIFY2(edit->tabChangesFocus() && !edit->accessibleName().isEmpty(),
                 qPrintable(edit->objectName()));
    // Rich text shortcuts act on the answer.
    QTextEdit *text = wizard.form()->question(QStringLiteral("1.aims"))->editor()->textEdit();
    wizard.show();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Aims"));
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(text->toHtml().contains(QStringLiteral("font-weight")));
    m_dialogs->pushButton(QMessageBox::Discard);
    wizard.reject();
}

QTEST_MAIN(TestDpiaDialogs)
#include "tst_dpiadialogs.moc"
