#include "guitestutil.h"
#include "widgets/queueddialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/directory.h"
#include "workspace/ui/organisationpage.h"
#include "workspace/ui/partnerspanel.h"
#include "workspace/ui/peoplepanel.h"
#include "workspace/ui/profileform.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/ui/recordlistmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace igw;
using igw::test::child;

class TestOrganisation : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void addPersonByTyping();
    void invalidEmailIsShownAndNotSaved();
    void warningsDoNotStopSaving();
    void undoRemovesAndRedoRestoresPerson();
    void editPersonAndUndo();
    void deletePersonAsksFirst();
    void deleteRefusedByStoreIsReported();
    void unappliedEditsAreAskedAbout();
    void filterNarrowsTheList();
    void editProfileName();
    void profileRolesComeFromPeople();
    void partnerWithInvalidIcoGetsMessage();
    void newContactForPartner();
    void readOnlyWorkspaceDisablesInputs();
    void inputsHaveNamesAndTabOrder();
    void modelPassesModelTester();
    void commandsRoundTripAtStoreLevel();
    void consecutiveFieldEditsMerge();

private:
    void makePage();
    void showTab(QWidget *tab);
    std::optional<Record> personNamed(const QString &name) const;
    void type(const QString &objectName, const QString &text);
    void click(const QString &objectName);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<OrganisationPage> m_page;
    QueuedDialogs *m_dialogs = nullptr;
    int m_counter = 0;
};

void TestOrganisation::init()
{
    m_dialogs = QueuedDialogs::install();
    m_path = m_dir.filePath(QStringLiteral("org-%1.igw").arg(++m_counter));
    m_ws = test::createWorkspace(m_path);
    QVERIFY(m_ws);
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(*m_ws, *m_stack);
}

void TestOrganisation::cleanup()
{
    QCOMPARE(m_dialogs->pending(), 0);
    m_page.reset();
    m_stack->clear();
    m_editor.reset();
    m_stack.reset();
    m_ws.reset();
    Dialogs::setBackend(nullptr);
}

void TestOrganisation::makePage()
{
    m_page = std::make_unique<OrganisationPage>(*m_editor);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestOrganisation::showTab(QWidget *tab)
{
    m_page->tabs()->setCurrentWidget(tab);
    QVERIFY(tab->isVisible());
}

std::optional<Record> TestOrganisation::personNamed(const QString &name) const
{
    const QList<Record> found =
        m_ws->records().list(kinds::person(), {}, QStringLiteral("name = ?"), {name});
    return found.isEmpty() ? std::nullopt : std::optional<Record>(found.constFirst());
}

void TestOrganisation::type(const QString &objectName, const QString &text)
{
    QWidget *w = child<QWidget>(m_page.get(), objectName);
    QVERIFY(w);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->clear();
    QTest::keyClicks(w, text);
}

void TestOrganisation::click(const QString &objectName)
{
    auto *button = child<QPushButton>(m_page.get(), objectName);
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(objectName + QStringLiteral(" is not visible")));
    QVERIFY2(button->isEnabled(), qPrintable(objectName + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestOrganisation::addPersonByTyping()
{
    makePage();
    showTab(m_page->people());
    click(QStringLiteral("personAdd"));
    QVERIFY(m_page->people()->isNew());
    type(QStringLiteral("personName"), QStringLiteral("Jane Smith"));
    type(QStringLiteral("personRole"), QStringLiteral("Data Protection Officer"));
    type(QStringLiteral("personTeam"), QStringLiteral("Information Governance"));
    type(QStringLiteral("personEmail"), QStringLiteral("jane.smith@example.gov.uk"));
    type(QStringLiteral("personPhone"), QStringLiteral("01632 960000"));
    click(QStringLiteral("personApply"));

    const auto jane = personNamed(QStringLiteral("Jane Smith"));
    QVERIFY(jane);
    QCOMPARE(jane->value(personField::email).toString(),
             QStringLiteral("jane.smith@example.gov.uk"));
    QCOMPARE(jane->value(personField::team).toString(), QStringLiteral("Information Governance"));
    // A new person is one of ours unless another organisation is chosen.
    QCOMPARE(jane->value(personField::organisationId).toLongLong(), m_ws->selfOrganisationId());

    auto *view = child<QTableView>(m_page.get(), QStringLiteral("peopleView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Jane Smith"));
    QCOMPARE(view->currentIndex().data(RecordListModel::RecordIdRole).toLongLong(), jane->id);
    QVERIFY(!m_page->people()->isNew());
    QCOMPARE(m_page->people()->currentId(), jane->id);
    QCOMPARE(m_stack->count(), 1);
}

void TestOrganisation::invalidEmailIsShownAndNotSaved()
{
    makePage();
    showTab(m_page->people());
    click(QStringLiteral("personAdd"));
    type(QStringLiteral("personName"), QStringLiteral("Bob Jones"));
    type(QStringLiteral("personEmail"), QStringLiteral("bob.jones-at-example"));
    click(QStringLiteral("personApply"));

    auto *issues = child<ValidationLabel>(m_page.get(), QStringLiteral("personIssues"));
    QVERIFY(issues);
    QVERIFY(issues->isVisible());
    QVERIFY(issues->hasErrors());
    QVERIFY2(issues->plainText().startsWith(QStringLiteral("Error: ")),
             qPrintable(issues->plainText()));
    QVERIFY(issues->plainText().contains(QStringLiteral("bob.jones-at-example")));
    QVERIFY(!personNamed(QStringLiteral("Bob Jones")));
    QCOMPARE(m_stack->count(), 0);
    // Focus goes to the field to fix, and the form keeps what was typed.
    QCOMPARE(QApplication::focusWidget(),
             child<QWidget>(m_page.get(), QStringLiteral("personEmail")));
    QCOMPARE(child<QLineEdit>(m_page.get(), QStringLiteral("personName"))->text(),
             QStringLiteral("Bob Jones"));

    // Fixed, it saves and the message goes.
    type(QStringLiteral("personEmail"), QStringLiteral("bob.jones@example.gov.uk"));
    click(QStringLiteral("personApply"));
    QVERIFY(personNamed(QStringLiteral("Bob Jones")));
    QVERIFY(issues->isHidden());
}

void TestOrganisation::warningsDoNotStopSaving()
{
    makePage();
    showTab(m_page->people());
    click(QStringLiteral("personAdd"));
    type(QStringLiteral("personName"), QStringLiteral("Carol White"));
    type(QStringLiteral("personPhone"), QStringLiteral("call reception"));
    click(QStringLiteral("personApply"));
    QVERIFY(personNamed(QStringLiteral("Carol White")));
    auto *issues = child<ValidationLabel>(m_page.get(), QStringLiteral("personIssues"));
    QVERIFY(issues->isVisible());
    QVERIFY(!issues->hasErrors());
    QVERIFY(issues->plainText().startsWith(QStringLiteral("Warning: ")));
}

void TestOrganisation::undoRemovesAndRedoRestoresPerson()
{
    makePage();
    showTab(m_page->people());
    click(QStringLiteral("personAdd"));
    type(QStringLiteral("personName"), QStringLiteral("Dan Brown"));
    click(QStringLiteral("personApply"));
    const auto dan = personNamed(QStringLiteral("Dan Brown"));
    QVERIFY(dan);
    auto *view = child<QTableView>(m_page.get(), QStringLiteral("peopleView"));
    QCOMPARE(view->model()->rowCount(), 1);

    m_stack->undo();
    QVERIFY(!personNamed(QStringLiteral("Dan Brown")));
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(m_page->people()->currentId(), 0);

    m_stack->redo();
    const auto again = m_ws->records().findByRef(kinds::person(), dan->ref);
    QVERIFY(again);
    QCOMPARE(again->id, dan->id);
    QCOMPARE(again->uuid, dan->uuid);
    QCOMPARE(again->value(personField::name).toString(), QStringLiteral("Dan Brown"));
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestOrganisation::editPersonAndUndo()
{
    const auto erin = m_ws->records().create(
        kinds::person(), {{personField::name, QStringLiteral("Erin Gray")}}, nullptr);
    QVERIFY(erin);
    makePage();
    showTab(m_page->people());
    QCOMPARE(m_page->people()->currentId(), erin->id);
    type(QStringLiteral("personTeam"), QStringLiteral("Records"));
    QVERIFY(m_page->people()->hasUnappliedChanges());
    QTest::keyClick(child<QWidget>(m_page.get(), QStringLiteral("personTeam")), Qt::Key_Return);
    QCOMPARE(m_ws->records().get(kinds::person(), erin->id)->value(personField::team).toString(),
             QStringLiteral("Records"));
    QVERIFY(!m_page->people()->hasUnappliedChanges());

    // Undo puts the old value back and the form shows it.
    m_stack->undo();
    QVERIFY(m_ws->records().get(kinds::person(), erin->id)->value(personField::team).isNull());
    QCOMPARE(child<QLineEdit>(m_page.get(), QStringLiteral("personTeam"))->text(), QString());
}

void TestOrganisation::deletePersonAsksFirst()
{
    const auto fay = m_ws->records().create(
        kinds::person(), {{personField::name, QStringLiteral("Fay Hill")}}, nullptr);
    QVERIFY(fay);
    makePage();
    showTab(m_page->people());
    QCOMPARE(m_page->people()->currentId(), fay->id);

    m_dialogs->pushButton(QMessageBox::No);
    click(QStringLiteral("personDelete"));
    QVERIFY(m_dialogs->lastSeen().text.contains(QStringLiteral("Fay Hill")));
    QVERIFY(m_ws->records().get(kinds::person(), fay->id));

    m_dialogs->pushButton(QMessageBox::Yes);
    click(QStringLiteral("personDelete"));
    QVERIFY(!m_ws->records().get(kinds::person(), fay->id));
    QCOMPARE(m_page->people()->view()->model()->rowCount(), 0);

    m_stack->undo();
    const auto back = m_ws->records().get(kinds::person(), fay->id);
    QVERIFY(back);
    QCOMPARE(back->ref, fay->ref);
}

void TestOrganisation::deleteRefusedByStoreIsReported()
{
    // The DPO is referred to by the profile, so the store refuses to delete them.
    const auto dpo = m_ws->records().create(
        kinds::person(), {{personField::name, QStringLiteral("Gil Ford")}}, nullptr);
    QVERIFY(dpo);
    QVERIFY(m_ws->records().update(kinds::organisation(), m_ws->selfOrganisationId(),
                                   {{orgField::dpoPersonId, dpo->id}}, nullptr));
    makePage();
    showTab(m_page->people());
    QSignalSpy failed(m_editor.get(), &RecordEditor::failed);
    m_dialogs->pushButton(QMessageBox::Yes);
    click(QStringLiteral("personDelete"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(dpo->ref));
    QVERIFY(m_ws->records().get(kinds::person(), dpo->id));
    // A failed command is not left on the stack pretending to be undoable.
    QCOMPARE(m_stack->count(), 0);
}

void TestOrganisation::unappliedEditsAreAskedAbout()
{
    auto &store = m_ws->records();
    const auto a =
        store.create(kinds::person(), {{personField::name, QStringLiteral("Ann")}}, nullptr);
    const auto b =
        store.create(kinds::person(), {{personField::name, QStringLiteral("Ben")}}, nullptr);
    QVERIFY(a && b);
    makePage();
    showTab(m_page->people());
    PeoplePanel *people = m_page->people();
    QCOMPARE(people->currentId(), a->id);
    type(QStringLiteral("personRole"), QStringLiteral("Analyst"));

    // Cancel: stay on Ann with the edit intact.
    m_dialogs->pushButton(QMessageBox::Cancel);
    people->view()->selectRow(1);
    QCOMPARE(people->currentId(), a->id);
    QCOMPARE(people->view()->currentIndex().row(), 0);
    QVERIFY(people->hasUnappliedChanges());

    // Apply: the edit is saved, then Ben is shown.
    m_dialogs->pushButton(QMessageBox::Apply);
    people->view()->selectRow(1);
    QCOMPARE(people->currentId(), b->id);
    QCOMPARE(store.get(kinds::person(), a->id)->value(personField::role).toString(),
             QStringLiteral("Analyst"));

    // Discard: nothing saved.
    type(QStringLiteral("personRole"), QStringLiteral("Builder"));
    m_dialogs->pushButton(QMessageBox::Discard);
    people->view()->selectRow(0);
    QCOMPARE(people->currentId(), a->id);
    QVERIFY(store.get(kinds::person(), b->id)->value(personField::role).isNull());
}

void TestOrganisation::filterNarrowsTheList()
{
    auto &store = m_ws->records();
    for (const char *name : {"Hannah Lee", "Ian Moss", "Jo Lee"})
        QVERIFY(store.create(kinds::person(), {{personField::name, QString::fromLatin1(name)}},
                             nullptr));
    makePage();
    showTab(m_page->people());
    auto *view = child<QTableView>(m_page.get(), QStringLiteral("peopleView"));
    QCOMPARE(view->model()->rowCount(), 3);
    QTest::keyClicks(child<QLineEdit>(m_page.get(), QStringLiteral("peopleFilter")),
                     QStringLiteral("lee"));
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestOrganisation::editProfileName()
{
    makePage();
    auto *name = child<QLineEdit>(m_page.get(), QStringLiteral("profileName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Test Borough Council"));
    auto *apply = child<QPushButton>(m_page.get(), QStringLiteral("profileApply"));
    QVERIFY(!apply->isEnabled());
    type(QStringLiteral("profileName"), QStringLiteral("Test City Council"));
    QVERIFY(apply->isEnabled());
    click(QStringLiteral("profileApply"));
    const qint64 self = m_ws->selfOrganisationId();
    QCOMPARE(m_ws->records().get(kinds::organisation(), self)->value(orgField::name).toString(),
             QStringLiteral("Test City Council"));
    QVERIFY(!apply->isEnabled());

    // A second rename of the same field merges into one undo step.
    type(QStringLiteral("profileName"), QStringLiteral("Test Metropolitan Council"));
    click(QStringLiteral("profileApply"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_ws->records().get(kinds::organisation(), self)->value(orgField::name).toString(),
             QStringLiteral("Test Borough Council"));
    QCOMPARE(name->text(), QStringLiteral("Test Borough Council"));

    // An empty name is an error, shown inline.
    name->clear();
    click(QStringLiteral("profileApply"));
    QVERIFY(m_page->profile()->issues()->hasErrors());
    QCOMPARE(m_ws->records().get(kinds::organisation(), self)->value(orgField::name).toString(),
             QStringLiteral("Test Borough Council"));
}

void TestOrganisation::profileRolesComeFromPeople()
{
    makePage();
    auto *dpo = child<QComboBox>(m_page.get(), QStringLiteral("profileDpo"));
    QVERIFY(dpo);
    QCOMPARE(dpo->count(), 1); // only "nobody"
    // A person added elsewhere appears in the role combos at once.
    const auto kim = m_ws->records().create(
        kinds::person(), {{personField::name, QStringLiteral("Kim Park")}}, nullptr);
    QVERIFY(kim);
    QCOMPARE(dpo->count(), 2);
    dpo->setCurrentIndex(dpo->findData(kim->id));
    click(QStringLiteral("profileApply"));
    QCOMPARE(m_ws->records()
                 .get(kinds::organisation(), m_ws->selfOrganisationId())
                 ->value(orgField::dpoPersonId)
                 .toLongLong(),
             kim->id);
    // The Art. 27 representative, shown in the ROPA header, is kept with the roles.
    type(QStringLiteral("profileRepresentative"), QStringLiteral("Not applicable"));
    click(QStringLiteral("profileApply"));
    QCOMPARE(m_ws->records()
                 .get(kinds::organisation(), m_ws->selfOrganisationId())
                 ->value(orgField::representative)
                 .toString(),
             QStringLiteral("Not applicable"));
}

void TestOrganisation::partnerWithInvalidIcoGetsMessage()
{
    makePage();
    showTab(m_page->partners());
    click(QStringLiteral("partnerAdd"));
    type(QStringLiteral("partnerName"), QStringLiteral("Wealdshire Police"));
    type(QStringLiteral("partnerIco"), QStringLiteral("12345"));
    click(QStringLiteral("partnerApply"));
    auto *issues = child<ValidationLabel>(m_page.get(), QStringLiteral("partnerIssues"));
    QVERIFY(issues->hasErrors());
    QVERIFY(issues->plainText().contains(QStringLiteral("ICO registration number")));
    QCOMPARE(m_ws->records().count(kinds::organisation()), 1);

    type(QStringLiteral("partnerIco"), QStringLiteral("Z1234567"));
    auto *typeCombo = child<QComboBox>(m_page.get(), QStringLiteral("partnerType"));
    typeCombo->setCurrentIndex(typeCombo->findData(QStringLiteral("police")));
    click(QStringLiteral("partnerApply"));
    QVERIFY(issues->isHidden());
    const QList<Record> partners =
        m_ws->records().list(kinds::organisation(), {}, QStringLiteral("is_self = 0"));
    QCOMPARE(partners.size(), 1);
    QCOMPARE(partners.at(0).value(orgField::icoRegistration).toString(),
             QStringLiteral("Z1234567"));
    QCOMPARE(partners.at(0).value(orgField::orgType).toString(), QStringLiteral("police"));
    // Our own organisation is not in the partner list.
    QCOMPARE(m_page->partners()->view()->model()->rowCount(), 1);
}

void TestOrganisation::newContactForPartner()
{
    const auto partner = m_ws->records().create(
        kinds::organisation(), {{orgField::name, QStringLiteral("Northmoor County Council")}},
        nullptr);
    QVERIFY(partner);
    makePage();
    showTab(m_page->partners());
    QCOMPARE(m_page->partners()->currentId(), partner->id);
    click(QStringLiteral("partnerNewContact"));
    QCOMPARE(m_page->tabs()->currentWidget(), m_page->people());
    QVERIFY(m_page->people()->isNew());
    type(QStringLiteral("personName"), QStringLiteral("Lena Ward"));
    click(QStringLiteral("personApply"));
    const auto lena = personNamed(QStringLiteral("Lena Ward"));
    QVERIFY(lena);
    QCOMPARE(lena->value(personField::organisationId).toLongLong(), partner->id);
}

void TestOrganisation::readOnlyWorkspaceDisablesInputs()
{
    QVERIFY(m_ws->records().create(kinds::person(),
                                   {{personField::name, QStringLiteral("Max Reid")}}, nullptr));
    m_editor.reset();
    m_stack = std::make_unique<QUndoStack>();
    m_ws.reset();
    auto result = Workspace::open(m_path, test::testOptions(true));
    QVERIFY(result.ok());
    m_ws = std::move(result.workspace);
    QVERIFY(m_ws->isReadOnly());
    m_editor = std::make_unique<RecordEditor>(*m_ws, *m_stack);
    makePage();

    for (const char *name :
         {"personAdd", "personDelete", "personApply", "partnerAdd", "profileApply"})
        QVERIFY2(!child<QPushButton>(m_page.get(), QString::fromLatin1(name))->isEnabled(), name);
    for (const char *name : {"personName", "personEmail", "profileName", "partnerName"})
        QVERIFY2(child<QLineEdit>(m_page.get(), QString::fromLatin1(name))->isReadOnly(), name);
    QVERIFY(!child<QComboBox>(m_page.get(), QStringLiteral("profileDpo"))->isEnabled());
    QVERIFY(child<QPlainTextEdit>(m_page.get(), QStringLiteral("personNotes"))->isReadOnly());
    // Still readable.
    QCOMPARE(child<QLineEdit>(m_page.get(), QStringLiteral("personName"))->text(),
             QStringLiteral("Max Reid"));
}

void TestOrganisation::inputsHaveNamesAndTabOrder()
{
    makePage();
    const QStringList inputs{QStringLiteral("peopleFilter"), QStringLiteral("peopleView"),
                             QStringLiteral("personAdd"),    QStringLiteral("personDelete"),
                             QStringLiteral("personName"),   QStringLiteral("personRole"),
                             QStringLiteral("personTeam"),   QStringLiteral("personOrganisation"),
                             QStringLiteral("personEmail"),  QStringLiteral("personPhone"),
                             QStringLiteral("personNotes"),  QStringLiteral("personApply"),
                             QStringLiteral("personRevert")};
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QWidget *w = child<QWidget>(m_page.get(), inputs.at(i));
        QVERIFY(w);
        if (!qobject_cast<QPushButton *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(inputs.at(i)));
        if (i + 1 < inputs.size()) {
            // The next widget that can take focus by Tab follows the reading order.
            QWidget *next = w->nextInFocusChain();
            while (next && !(next->focusPolicy() & Qt::TabFocus))
                next = next->nextInFocusChain();
            QCOMPARE(next ? next->objectName() : QString(), inputs.at(i + 1));
        }
    }
    QCOMPARE(child<QWidget>(m_page.get(), QStringLiteral("personEmail"))->accessibleName(),
             QStringLiteral("Email"));
    for (const char *name : {"profileName", "profileIco", "profileType", "profileDpo",
                             "profileSiro", "profileCaldicott", "profileRepresentative",
                             "partnerName", "partnerIco", "partnerType", "partnersView"})
        QVERIFY2(
            !child<QWidget>(m_page.get(), QString::fromLatin1(name))->accessibleName().isEmpty(),
            name);
}

void TestOrganisation::modelPassesModelTester()
{
    auto &store = m_ws->records();
    RecordListModel model(*m_ws, kinds::person(), {personField::name, personField::email});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 3);
    const auto a = store.create(kinds::person(),
                                {{personField::name, QStringLiteral("Zed")},
                                 {personField::email, QStringLiteral("zed@example.gov.uk")}},
                                nullptr);
    const auto b =
        store.create(kinds::person(), {{personField::name, QStringLiteral("Amy")}}, nullptr);
    QVERIFY(a && b);
    QCOMPARE(model.rowCount(), 2);
    // Ordered by name; the reference is the first column.
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Amy"));
    QCOMPARE(model.index(1, 0).data().toString(), a->ref);
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("zed@example.gov.uk"));
    QCOMPARE(model.index(1, 0).data(RecordListModel::RecordIdRole).toLongLong(), a->id);
    QCOMPARE(model.rowOfId(b->id), 0);
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("Changed")));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Reference"));

    // Changes to another table leave it alone; its own table's changes reload it.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(store.update(kinds::organisation(), m_ws->selfOrganisationId(),
                         {{orgField::phone, QStringLiteral("01632 960000")}}, nullptr));
    QCOMPARE(resets.count(), 0);
    QVERIFY(store.update(kinds::person(), a->id, {{personField::name, QStringLiteral("Abe")}},
                         nullptr));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Abe"));
    QVERIFY(store.remove(kinds::person(), b->id, nullptr));
    QCOMPARE(model.rowCount(), 1);

    model.setCondition(QStringLiteral("name = ?"), {QStringLiteral("nobody")});
    QCOMPARE(model.rowCount(), 0);
}

void TestOrganisation::commandsRoundTripAtStoreLevel()
{
    auto &store = m_ws->records();
    QUndoStack stack;
    QStringList errors;
    const auto collect = [&errors](const QString &e) { errors << e; };

    auto *create =
        new CreateRecordCommand(*m_ws, kinds::person(),
                                {{personField::name, QStringLiteral("Nia Cole")},
                                 {personField::email, QStringLiteral("nia@example.gov.uk")}},
                                QStringLiteral("Add Nia"));
    create->setErrorHandler(collect);
    stack.push(create);
    const qint64 id = create->recordId();
    const QString ref = create->recordRef();
    const QString uuid = store.get(kinds::person(), id)->uuid;
    QVERIFY(id > 0);

    auto *update = new UpdateRecordCommand(*m_ws, kinds::person(), id,
                                           {{personField::team, QStringLiteral("IG")},
                                            {personField::name, QStringLiteral("Nia Cole")}},
                                           QStringLiteral("Edit Nia"));
    // Unchanged fields are left out of the command.
    QVERIFY(update->hasChanges());
    update->setErrorHandler(collect);
    stack.push(update);
    QCOMPARE(store.get(kinds::person(), id)->value(personField::team).toString(),
             QStringLiteral("IG"));

    auto *del = new DeleteRecordCommand(*m_ws, kinds::person(), id, QStringLiteral("Delete Nia"));
    del->setErrorHandler(collect);
    stack.push(del);
    QVERIFY(!store.get(kinds::person(), id));

    stack.undo(); // delete
    QCOMPARE(store.get(kinds::person(), id)->value(personField::team).toString(),
             QStringLiteral("IG"));
    stack.undo(); // update
    QVERIFY(store.get(kinds::person(), id)->value(personField::team).isNull());
    stack.undo(); // create
    QVERIFY(!store.get(kinds::person(), id));
    QCOMPARE(store.count(kinds::person()), 0);

    stack.redo();
    stack.redo();
    stack.redo();
    QVERIFY(!store.get(kinds::person(), id));
    stack.undo();
    const auto back = store.get(kinds::person(), id);
    QVERIFY(back);
    QCOMPARE(back->ref, ref);
    QCOMPARE(back->uuid, uuid);
    QCOMPARE(back->value(personField::team).toString(), QStringLiteral("IG"));
    QCOMPARE(errors, QStringList());

    // A command the store refuses reports the store's error and is dropped.
    auto *bad = new CreateRecordCommand(
        *m_ws, kinds::person(), {{QStringLiteral("no_such_field"), 1}}, QStringLiteral("Bad"));
    bad->setErrorHandler(collect);
    // Pushing drops the undone delete above the index; the failed command adds nothing.
    const int before = stack.index();
    stack.push(bad);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).contains(QStringLiteral("no_such_field")));
    QCOMPARE(stack.count(), before);
}

void TestOrganisation::consecutiveFieldEditsMerge()
{
    auto &store = m_ws->records();
    const auto p =
        store.create(kinds::person(), {{personField::name, QStringLiteral("Ola")}}, nullptr);
    const auto q =
        store.create(kinds::person(), {{personField::name, QStringLiteral("Pat")}}, nullptr);
    QVERIFY(p && q);
    QUndoStack stack;
    RecordEditor editor(*m_ws, stack);
    QVERIFY(editor.update(kinds::person(), p->id, {{personField::role, QStringLiteral("A")}},
                          QStringLiteral("1")));
    QVERIFY(editor.update(kinds::person(), p->id, {{personField::role, QStringLiteral("B")}},
                          QStringLiteral("2")));
    QCOMPARE(stack.count(), 1); // same record, same field
    QVERIFY(editor.update(kinds::person(), p->id, {{personField::team, QStringLiteral("T")}},
                          QStringLiteral("3")));
    QCOMPARE(stack.count(), 2); // another field
    QVERIFY(editor.update(kinds::person(), q->id, {{personField::team, QStringLiteral("T")}},
                          QStringLiteral("4")));
    QCOMPARE(stack.count(), 3); // another record
    // Nothing to change: no command at all.
    QVERIFY(editor.update(kinds::person(), q->id, {{personField::team, QStringLiteral("T")}},
                          QStringLiteral("5")));
    QCOMPARE(stack.count(), 3);

    stack.undo();
    stack.undo();
    stack.undo();
    QVERIFY(store.get(kinds::person(), p->id)->value(personField::role).isNull());

    // Edited back to the start, a merged command disappears.
    QUndoStack other;
    RecordEditor editor2(*m_ws, other);
    QVERIFY(editor2.update(kinds::person(), p->id, {{personField::role, QStringLiteral("X")}},
                           QStringLiteral("x")));
    QVERIFY(editor2.update(kinds::person(), p->id, {{personField::role, QString()}},
                           QStringLiteral("y")));
    QCOMPARE(other.count(), 0);
}

QTEST_MAIN(TestOrganisation)
#include "tst_organisation.moc"
