// The Sharing page driven offscreen by objectName: the demo agreements in words, filters,
// a new agreement and its parties as undo steps, the checklist keeping a draft from going out
// for signature, signatures turning an agreement active, a change of lawful basis after
// signing starting a new version, flows without an agreement, and the preview of the PDF.
// Set IGW_SCREENSHOT_DIR to also save pictures.
#include "../gui/guitestutil.h"
#include "pdfview/pdfviewer.h"
#include "pdfview/reportpreviewdialog.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "register/ui/assetformbinder.h"
#include "register/ui/assetlinks.h"
#include "reports/agreementreport.h"
#include "ropa/demoropa.h"
#include "ropa/ui/linkpicker.h"
#include "sharing/agreements.h"
#include "sharing/clauselibrary.h"
#include "sharing/demosharing.h"
#include "sharing/lifecycle.h"
#include "sharing/ui/agreementeditor.h"
#include "sharing/ui/agreementmodel.h"
#include "sharing/ui/checklistview.h"
#include "sharing/ui/clausespanel.h"
#include "sharing/ui/documentspanel.h"
#include "sharing/ui/flowcoverage.h"
#include "sharing/ui/lifecyclepanel.h"
#include "sharing/ui/partiespanel.h"
#include "sharing/ui/sharingpage.h"
#include "widgets/queueddialogs.h"
#include "widgets/richtextedit.h"
#include "widgets/validationlabel.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace igw;
using igw::test::child;

class TestSharingUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsAgreementsInWords();
    void filtersNarrowTheList();
    void newAgreementIsOneUndoStep();
    void applyingFieldsIsOneUndoStep();
    void partiesAreAddedAsUndoSteps();
    void checklistKeepsADraftFromSignature();
    void signaturesMakeAnAgreementActive();
    void lawfulBasisChangeAfterSigningStartsNewVersion();
    void flowsWithoutAnAgreementAreListed();
    void previewShowsTheAgreement();
    void signedCopyIsKeptAndSearchable();
    void clausesReadFilledAndTakeAdditions();
    void theRegisterShowsWhatSharesAnAsset();
    void anEditedClauseLibraryIsInstalled();
    void controlsHaveNames();

private:
    qint64 agreementId(const QString &title) const;
    Record get(qint64 id) const;
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<SharingPage> m_page;
    QueuedDialogs *m_dialogs = nullptr;
};

void TestSharingUi::initTestCase()
{
    m_template = m_dir.filePath(QStringLiteral("template.igw"));
    auto ws = test::createWorkspace(m_template);
    QVERIFY(ws);
    QString error;
    QVERIFY2(addDemoDirectory(*ws, &error), qPrintable(error));
    QVERIFY2(addDemoRegister(*ws, &error), qPrintable(error));
    QVERIFY2(addDemoRopa(*ws, &error), qPrintable(error));
    QVERIFY2(addDemoAgreements(*ws, &error), qPrintable(error));
}

void TestSharingUi::init()
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
    m_page = std::make_unique<SharingPage>(*m_editor);
    m_page->resize(1200, 860);
    m_page->show();
}

void TestSharingUi::cleanup()
{
    m_page.reset();
    QCOMPARE(m_dialogs->pending(), 0);
    Dialogs::setBackend(nullptr);
    m_editor.reset();
    m_stack.reset();
    m_ws.reset();
}

qint64 TestSharingUi::agreementId(const QString &title) const
{
    for (const Record &r : m_ws->records().list(kinds::agreement()))
        if (r.title(kinds::agreement()) == title)
            return r.id;
    qWarning("no agreement %s", qPrintable(title));
    return 0;
}

Record TestSharingUi::get(qint64 id) const
{
    return m_ws->records().get(kinds::agreement(), id).value_or(Record());
}

void TestSharingUi::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IGW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestSharingUi::listShowsAgreementsInWords()
{
    AgreementModel *model = m_page->model();
    QCOMPARE(model->rowCount(), m_ws->records().count(kinds::agreement()));
    QVERIFY(model->rowCount() >= 6);
    const int row = model->rowOfId(agreementId(QStringLiteral("Social housing nominations")));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, AgreementModel::Status).data().toString(),
             QStringLiteral("Review due"));
    QVERIFY(model->index(row, AgreementModel::Partners)
                .data()
                .toString()
                .contains(QStringLiteral("Kingsmere Homes")));
    const int mash =
        model->rowOfId(agreementId(QStringLiteral("Multi-Agency Safeguarding Hub (MASH)")));
    QCOMPARE(model->index(mash, AgreementModel::Status).data().toString(),
             QStringLiteral("Out for signature"));
    QVERIFY(model->rowAt(mash).signedParties < model->rowAt(mash).parties);
    QCOMPARE(model->index(mash, AgreementModel::Signed).data().toString(),
             QStringLiteral("%1 of %2")
                 .arg(model->rowAt(mash).signedParties)
                 .arg(model->rowAt(mash).parties));
    const int advice =
        model->rowOfId(agreementId(QStringLiteral("Debt and homelessness advice referrals")));
    QVERIFY(model->rowAt(advice).missing > 0);
    // The first agreement is shown in the editor with its status in words.
    QVERIFY(m_page->editor()->currentId() != 0);
    QVERIFY(!m_page->editor()->form().status->text().isEmpty());
    screenshot(m_page.get(), QStringLiteral("sharing-page"));
}

void TestSharingUi::filtersNarrowTheList()
{
    const int all = m_page->proxy()->rowCount();
    auto *status = child<QComboBox>(m_page.get(), QStringLiteral("agreementStatusFilter"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(agreementStatus::terminated));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    status->setCurrentIndex(0);
    QCOMPARE(m_page->proxy()->rowCount(), all);
    auto *find = child<QLineEdit>(m_page.get(), QStringLiteral("agreementFind"));
    QTest::keyClicks(find, QStringLiteral("housing"));
    QVERIFY(m_page->proxy()->rowCount() >= 1);
    QVERIFY(m_page->proxy()->rowCount() < all);
    for (int r = 0; r < m_page->proxy()->rowCount(); ++r) {
        QString line;
        for (int c = 0; c < AgreementModel::Count; ++c)
            line += m_page->proxy()->index(r, c).data().toString();
        QVERIFY(line.contains(QStringLiteral("housing"), Qt::CaseInsensitive));
    }
}

void TestSharingUi::newAgreementIsOneUndoStep()
{
    const int before = m_ws->records().count(kinds::agreement());
    const int stack = m_stack->count();
    const qint64 id = m_page->addAgreement();
    QVERIFY(id != 0);
    QCOMPARE(m_ws->records().count(kinds::agreement()), before + 1);
    QCOMPARE(m_stack->count(), stack + 1);
    QCOMPARE(m_page->editor()->currentId(), id);
    QCOMPARE(get(id).value(agreementField::status).toString(), agreementStatus::draft);
    // Our own organisation is the first party.
    QCOMPARE(m_page->editor()->parties()->list()->topLevelItemCount(), 1);
    QVERIFY(m_page->editor()->parties()->list()->topLevelItem(0)->text(0).contains(
        QStringLiteral("(us)")));
    const QString ref = get(id).ref;
    m_stack->undo();
    QCOMPARE(m_ws->records().count(kinds::agreement()), before);
    QTRY_COMPARE(m_page->model()->rowCount(), before);
    m_stack->redo();
    QCOMPARE(get(id).ref, ref);
    QTRY_COMPARE(m_page->model()->rowCount(), before + 1);
}

void TestSharingUi::applyingFieldsIsOneUndoStep()
{
    const qint64 id = agreementId(QStringLiteral("Debt and homelessness advice referrals"));
    QVERIFY(m_page->selectAgreement(id));
    AgreementEditor *editor = m_page->editor();
    const QString purpose = get(id).value(agreementField::purpose).toString();
    editor->form().purpose->setPlainText(QStringLiteral("To refer residents to advice."));
    auto *basis = editor->form().lawfulBasis;
    basis->setCurrentIndex(basis->findData(QStringLiteral("public_task")));
    QVERIFY(editor->hasUnappliedChanges());
    auto *apply = child<QPushButton>(editor, QStringLiteral("agreementApply"));
    QVERIFY(apply->isEnabled());
    const int stack = m_stack->count();
    apply->click();
    QCOMPARE(get(id).value(agreementField::purpose).toString(),
             QStringLiteral("To refer residents to advice."));
    QCOMPARE(get(id).value(agreementField::lawfulBasis).toString(), QStringLiteral("public_task"));
    QCOMPARE(m_stack->count(), stack + 1);
    QVERIFY(!editor->hasUnappliedChanges());
    m_stack->undo();
    QCOMPARE(get(id).value(agreementField::purpose).toString(), purpose);
    QVERIFY(get(id).value(agreementField::lawfulBasis).isNull());
    QTRY_COMPARE(editor->form().purpose->toPlainText(), purpose);
}

void TestSharingUi::partiesAreAddedAsUndoSteps()
{
    const qint64 id = m_page->addAgreement();
    QVERIFY(id);
    PartiesPanel *parties = m_page->editor()->parties();
    const qint64 police = m_ws->records()
                              .findByRef(kinds::organisation(), QStringLiteral("ORG-0003"))
                              .value_or(Record())
                              .id;
    QVERIFY(police);
    QVERIFY(parties->addParty(
        {{partyField::orgId, police},
         {partyField::role, QStringLiteral("joint_controller")},
         {partyField::signatoryName, QStringLiteral("Claire Ashworth")},
         {partyField::signatoryRole, QStringLiteral("Detective Superintendent")}}));
    QCOMPARE(parties->list()->topLevelItemCount(), 2);
    QVERIFY(
        parties->list()->topLevelItem(1)->text(1).startsWith(QStringLiteral("Joint controller")));
    // The same organisation twice is refused with the reason.
    m_dialogs->pushOk();
    QVERIFY(!parties->addParty({{partyField::orgId, police}}));
    QCOMPARE(parties->list()->topLevelItemCount(), 2);
    m_stack->undo();
    QTRY_COMPARE(parties->list()->topLevelItemCount(), 1);
    m_stack->redo();
    QTRY_COMPARE(parties->list()->topLevelItemCount(), 2);
}

void TestSharingUi::checklistKeepsADraftFromSignature()
{
    const qint64 id = agreementId(QStringLiteral("Debt and homelessness advice referrals"));
    QVERIFY(m_page->selectAgreement(id));
    AgreementEditor *editor = m_page->editor();
    ChecklistView *checklist = editor->checklist();
    QVERIFY(checklist->missingCount() > 0);
    QVERIFY(checklist->summary().contains(QStringLiteral("missing")));
    QVERIFY(!editor->lifecycle()->sendButton()->isEnabled());
    // Each item says what to do and where it comes from.
    const QTreeWidgetItem *first = checklist->list()->topLevelItem(0);
    QVERIFY(!first->text(1).isEmpty());
    QVERIFY(!first->text(2).isEmpty());
    // Activating the lawful basis item goes to the field that fixes it.
    for (int i = 0; i < checklist->list()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = checklist->list()->topLevelItem(i);
        if (item->data(0, Qt::UserRole + 1).toString() == agreementField::lawfulBasis) {
            emit checklist->list()->itemActivated(item, 0);
            QCOMPARE(editor->form().tabs->currentIndex(), editor->form().basisTab);
            break;
        }
    }
    screenshot(m_page.get(), QStringLiteral("sharing-checklist"));
    // Sending anyway is refused by the domain with the reason.
    m_dialogs->pushButton(QMessageBox::Yes);
    m_dialogs->pushOk();
    QVERIFY(!editor->lifecycle()->sendForSignature());
    QCOMPARE(get(id).value(agreementField::status).toString(), agreementStatus::draft);
}

void TestSharingUi::signaturesMakeAnAgreementActive()
{
    const qint64 id = agreementId(QStringLiteral("Multi-Agency Safeguarding Hub (MASH)"));
    QVERIFY(m_page->selectAgreement(id));
    LifecyclePanel *lifecycle = m_page->editor()->lifecycle();
    QVERIFY(lifecycle->signButton()->isEnabled());
    const QList<Record> missing = sharing::unsignedParties(*m_ws, id);
    QVERIFY(!missing.isEmpty());
    for (int i = 0; i < missing.size(); ++i) {
        if (i == missing.size() - 1)
            m_dialogs->pushOk(); // "Every party has signed"
        QVERIFY(lifecycle->recordSignature(missing.at(i).id, QStringLiteral("A Signatory"),
                                           QStringLiteral("Data Protection Officer"),
                                           QDate::currentDate()));
    }
    QCOMPARE(get(id).value(agreementField::status).toString(), agreementStatus::active);
    QVERIFY(lifecycle->statusText().contains(QStringLiteral("Active")));
    QVERIFY(!lifecycle->signButton()->isEnabled());
    QTRY_VERIFY(m_page->editor()->parties()->list()->topLevelItem(0)->text(5).startsWith(
        QStringLiteral("Signed")));
    screenshot(m_page.get(), QStringLiteral("sharing-signatures"));
}

void TestSharingUi::lawfulBasisChangeAfterSigningStartsNewVersion()
{
    const qint64 id =
        agreementId(QStringLiteral("Hospital discharge and adult social care assessments"));
    QVERIFY(m_page->selectAgreement(id));
    QCOMPARE(get(id).value(agreementField::status).toString(), agreementStatus::active);
    const int version = get(id).value(agreementField::version).toInt();
    AgreementEditor *editor = m_page->editor();
    auto *basis = editor->form().lawfulBasis;
    const QString other = basis->currentData().toString() == QLatin1String("legal_obligation")
                              ? QStringLiteral("public_task")
                              : QStringLiteral("legal_obligation");
    basis->setCurrentIndex(basis->findData(other));
    // Said before applying, in words.
    auto *issues = child<ValidationLabel>(editor, QStringLiteral("agreementIssues"));
    QVERIFY2(issues->plainText().contains(QStringLiteral("version %1").arg(version + 1)),
             qPrintable(issues->plainText()));
    // Declined: nothing changes.
    m_dialogs->pushButton(QMessageBox::Cancel);
    QVERIFY(!editor->apply());
    QCOMPARE(get(id).value(agreementField::version).toInt(), version);
    // Agreed: a new version, and the earlier signatures no longer count.
    const int stack = m_stack->count();
    m_dialogs->pushButton(QMessageBox::Yes);
    QVERIFY(editor->apply());
    QCOMPARE(get(id).value(agreementField::version).toInt(), version + 1);
    QVERIFY(!sharing::isInForce(get(id).value(agreementField::status).toString()));
    QVERIFY(sharing::currentSignatures(*m_ws, id).isEmpty());
    QCOMPARE(m_stack->count(), stack); // recorded in the history, not an undo step
    QTreeWidget *signatures = editor->lifecycle()->signatures();
    QVERIFY(signatures->topLevelItemCount() >= 2);
    QVERIFY(signatures->topLevelItem(0)->text(5).startsWith(QStringLiteral("No")));
}

void TestSharingUi::flowsWithoutAnAgreementAreListed()
{
    FlowCoverage *coverage = m_page->coverage();
    QVERIFY(coverage->flaggedCount() > 0);
    QVERIFY(!coverage->list()->topLevelItem(0)->text(2).isEmpty()); // the reason, in words
    QVERIFY(m_page->tabs()->tabText(1).contains(QString::number(coverage->flaggedCount())));
    // Terminating an agreement in force leaves its flows uncovered.
    const int before = coverage->flaggedCount();
    const qint64 id =
        agreementId(QStringLiteral("Hospital discharge and adult social care assessments"));
    QVERIFY(!linkIds(get(id).value(agreementField::flowIds)).isEmpty());
    QVERIFY(m_page->selectAgreement(id));
    QVERIFY(m_page->editor()->lifecycle()->terminate(QStringLiteral("Service moved to the NHS")));
    QTRY_VERIFY(coverage->flaggedCount() > before);
    m_page->tabs()->setCurrentIndex(1);
    screenshot(m_page.get(), QStringLiteral("sharing-flows"));
}

void TestSharingUi::previewShowsTheAgreement()
{
    const qint64 id =
        agreementId(QStringLiteral("Hospital discharge and adult social care assessments"));
    ReportPreviewDialog dialog(
        {QStringLiteral("Preview"), QStringLiteral("The agreement"), QStringLiteral("isa"),
         QStringLiteral("the agreement")},
        [this, id](const QString &path, const QString &format, QString *error,
                   const std::function<bool(int, int)> &progress) {
            return writeAgreementReport(*m_ws, id, path, format, error, progress);
        });
    QVERIFY2(dialog.render(), qPrintable(dialog.message()));
    QVERIFY(dialog.viewer()->pageCount() >= 3);
    QCOMPARE(dialog.viewer()->thumbnails()->count(), dialog.viewer()->pageCount());
    dialog.resize(1000, 800);
    screenshot(&dialog, QStringLiteral("sharing-preview"));
    const QString out = m_dir.filePath(QStringLiteral("isa.odt"));
    m_dialogs->pushFileName(out);
    QVERIFY(dialog.saveOdt());
    QVERIFY(QFile::exists(out));
}

void TestSharingUi::signedCopyIsKeptAndSearchable()
{
    const QString path = m_dir.filePath(QStringLiteral("signed.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
        painter.drawText(QPointF(500, 1000),
                         QStringLiteral("Signed at the Quarterly Zanzibar board"));
    }
    const qint64 id = agreementId(QStringLiteral("Social housing nominations"));
    QVERIFY(m_page->selectAgreement(id));
    DocumentsPanel *documents = m_page->editor()->documents();
    QVERIFY(documents->attachFile(path));
    QCOMPARE(documents->list()->topLevelItemCount(), 1);
    QCOMPARE(documents->list()->topLevelItem(0)->text(0), QStringLiteral("signed.pdf"));
    // Find on the page searches the signed copy's words too.
    auto *find = child<QLineEdit>(m_page.get(), QStringLiteral("agreementFind"));
    find->setText(QStringLiteral("zanzibar"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(AgreementModel::AgreementIdRole).toLongLong(), id);
    find->clear();
    // Something that is not a PDF is refused with the reason, and nothing is kept.
    const QString fake = m_dir.filePath(QStringLiteral("agreement.pdf"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 a word processor file renamed");
    file.close();
    m_dialogs->pushOk();
    QVERIFY(!documents->attachFile(fake));
    QCOMPARE(documents->list()->topLevelItemCount(), 1);
    // Removing asks first and purges the text: the search no longer finds it.
    m_dialogs->pushButton(QMessageBox::Yes);
    QVERIFY(documents->removeCurrent());
    QCOMPARE(documents->list()->topLevelItemCount(), 0);
    find->setText(QStringLiteral("zanzibar"));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
}

void TestSharingUi::clausesReadFilledAndTakeAdditions()
{
    const qint64 id = agreementId(QStringLiteral("Debt and homelessness advice referrals"));
    QVERIFY(m_page->selectAgreement(id));
    ClausesPanel *clauses = m_page->editor()->clauses();
    QVERIFY(clauses->sections()->count() >= 10);
    // The purpose section reads with the agreement's own purpose filled in, numbered.
    QVERIFY(clauses->selectSection(QStringLiteral("purpose")));
    const QString text = clauses->clauses()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("refer residents at risk of homelessness")),
             qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("2.1 ")));
    // An addition to the security section is part of Apply, and one undo step.
    QVERIFY(clauses->selectSection(QStringLiteral("security")));
    clauses->addition()->textEdit()->setPlainText(
        QStringLiteral("Referrals use the <b>portal</b> only."));
    QVERIFY(m_page->editor()->hasUnappliedChanges());
    const int stack = m_stack->count();
    QVERIFY(m_page->editor()->apply());
    QCOMPARE(m_stack->count(), stack + 1);
    const QJsonObject additions =
        QJsonDocument::fromJson(get(id).value(agreementField::sectionAdditions).toString().toUtf8())
            .object();
    // Typed markup stays text: escaped, never a tag.
    QVERIFY(additions.value(QStringLiteral("security"))
                .toString()
                .contains(QStringLiteral("&lt;b&gt;portal")));
    m_stack->undo();
    QVERIFY(!QJsonDocument::fromJson(
                 get(id).value(agreementField::sectionAdditions).toString().toUtf8())
                 .object()
                 .contains(QStringLiteral("security")));
    m_page->editor()->showTab(clauses);
    screenshot(m_page.get(), QStringLiteral("sharing-clauses"));
}

void TestSharingUi::theRegisterShowsWhatSharesAnAsset()
{
    const qint64 id =
        agreementId(QStringLiteral("Hospital discharge and adult social care assessments"));
    const QList<qint64> assets = linkIds(get(id).value(agreementField::assetIds));
    QVERIFY(!assets.isEmpty());
    AssetLinks links;
    links.showAsset(*m_ws, assets.first());
    bool shown = false;
    for (int i = 0; i < links.topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = links.topLevelItem(i);
        if (item->text(0) == QLatin1String("Shared under") &&
            item->text(1).startsWith(get(id).ref)) {
            shown = true;
            QCOMPARE(item->text(2), QStringLiteral("Agreement in force"));
        }
    }
    QVERIFY(shown);
}

void TestSharingUi::anEditedClauseLibraryIsInstalled()
{
    const QString path = m_dir.filePath(QStringLiteral("library.json"));
    QVERIFY(m_page->saveClauseLibrary(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject library = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY(library.contains(QStringLiteral("sections")));
    // The same version with other wording is refused: agreements drawn up with it would change.
    library.insert(QStringLiteral("title"), QStringLiteral("Kingsmere's own wording"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(library).toJson());
    file.close();
    m_dialogs->pushOk();
    QVERIFY(!m_page->installClauseLibraryFrom(path));
    // Under its own version it is installed and used for new agreements.
    library.insert(QStringLiteral("version"), QStringLiteral("kingsmere-2027.1"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(library).toJson());
    file.close();
    m_dialogs->pushOk();
    QVERIFY(m_page->installClauseLibraryFrom(path));
    QCOMPARE(currentClauseLibrary(*m_ws).version, QStringLiteral("kingsmere-2027.1"));
    // A file that is not a library is refused with the reason.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\": \"something else\"}");
    file.close();
    m_dialogs->pushOk();
    QVERIFY(!m_page->installClauseLibraryFrom(path));
    QCOMPARE(currentClauseLibrary(*m_ws).version, QStringLiteral("kingsmere-2027.1"));
}

void TestSharingUi::controlsHaveNames()
{
    AgreementEditor *editor = m_page->editor();
    for (QWidget *w : std::as_const(editor->form().tabOrder)) {
        QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QAbstractItemView *>(w),
                 qPrintable(w->objectName()));
        QVERIFY(w->focusPolicy() & Qt::TabFocus);
    }
    for (const char *name :
         {"agreementNew", "agreementPreview", "agreementDelete", "agreementApply",
          "agreementRevert", "agreementSend", "agreementSign", "agreementTerminate", "partyAdd"}) {
        auto *button = child<QPushButton>(m_page.get(), QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->toolTip().isEmpty() || !button->text().isEmpty(), name);
        QVERIFY2(button->text().contains(QLatin1Char('&')), name);
    }
}

QTEST_MAIN(TestSharingUi)
#include "tst_sharingui.moc"
