// RecordStore: references, common columns, restore, referential refusals, transactions
// and change notifications.
#include "testutil.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"

#include <QSignalSpy>

using namespace igw;

class TestRecords : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void createAssignsIdentity();
    void unknownFieldIsRefused();
    void updateChangesOnlyGivenFields();
    void removeAndRestoreKeepIdentity();
    void referencedRecordCannotBeDeleted();
    void nestedTransactionRollsBackItsPart();
    void failedOuterTransactionLeavesNothing();
    void notificationsFollowCommit();
    void validation_data();
    void validation();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    RecordStore &store() { return m_ws->records(); }
    QVariantMap person(const QString &name) { return {{personField::name, name}}; }
};

void TestRecords::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("r.igw")));
    m_ws = test::createWorkspace(m_dir.filePath(QStringLiteral("r.igw")));
    QVERIFY(m_ws);
}

void TestRecords::createAssignsIdentity()
{
    QString error;
    const auto a = store().create(kinds::person(), person(QStringLiteral("Ann")), &error);
    const auto b = store().create(kinds::person(), person(QStringLiteral("Ben")), &error);
    QVERIFY(a && b);
    QCOMPARE(a->ref, QStringLiteral("PE-0001"));
    QCOMPARE(b->ref, QStringLiteral("PE-0002"));
    QVERIFY(!QUuid::fromString(a->uuid).isNull());
    QVERIFY(a->uuid != b->uuid);
    QCOMPARE(a->ownerOrgId, m_ws->selfOrganisationId());
    QCOMPARE(a->createdBy, QStringLiteral("tester"));
    QVERIFY(qAbs(a->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const auto loaded = store().findByRef(kinds::person(), QStringLiteral("PE-0002"));
    QVERIFY(loaded);
    QCOMPARE(loaded->values.value(personField::name).toString(), QStringLiteral("Ben"));
    QCOMPARE(store().findByUuid(kinds::person(), a->uuid)->id, a->id);
    // Blank text is stored as NULL.
    const auto c = store().create(
        kinds::person(),
        {{personField::name, QStringLiteral("Cy")}, {personField::team, QStringLiteral("   ")}},
        &error);
    QVERIFY(store().get(kinds::person(), c->id)->values.value(personField::team).isNull());
}

void TestRecords::unknownFieldIsRefused()
{
    QString error;
    QVERIFY(
        !store().create(kinds::person(), {{QStringLiteral("name; DROP TABLE people"), 1}}, &error));
    QVERIFY(error.contains(QStringLiteral("Unknown field")));
    QCOMPARE(store().count(kinds::person()), 0);
    // Ordering by an unknown column falls back to the reference instead of pasting it in.
    QVERIFY(store().list(kinds::person(), QStringLiteral("1; DROP TABLE people")).isEmpty());
    QCOMPARE(sql::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM people")).toInt(),
             0);
}

void TestRecords::updateChangesOnlyGivenFields()
{
    QString error;
    const auto a = store().create(
        kinds::person(),
        {{personField::name, QStringLiteral("Ann")}, {personField::team, QStringLiteral("ICT")}},
        &error);
    QTest::qWait(5);
    QVERIFY(store().update(kinds::person(), a->id, {{personField::role, QStringLiteral("IAO")}},
                           &error));
    const auto after = store().get(kinds::person(), a->id);
    QCOMPARE(after->values.value(personField::team).toString(), QStringLiteral("ICT"));
    QCOMPARE(after->values.value(personField::role).toString(), QStringLiteral("IAO"));
    QVERIFY(after->updatedAt > a->createdAt);
    QVERIFY(
        !store().update(kinds::person(), 9999, {{personField::role, QStringLiteral("x")}}, &error));
    QVERIFY(error.contains(QStringLiteral("no longer exists")));
}

void TestRecords::removeAndRestoreKeepIdentity()
{
    QString error;
    const auto a = store().create(kinds::person(), person(QStringLiteral("Ann")), &error);
    const Record before = *store().get(kinds::person(), a->id);
    QVERIFY(store().remove(kinds::person(), a->id, &error));
    QVERIFY(!store().get(kinds::person(), a->id));
    QVERIFY2(store().restore(kinds::person(), before, &error), qPrintable(error));
    const auto back = store().get(kinds::person(), a->id);
    QVERIFY(back);
    QCOMPARE(back->uuid, before.uuid);
    QCOMPARE(back->ref, before.ref);
    QCOMPARE(back->createdAt, before.createdAt);
    // The next new person still gets a fresh reference.
    QCOMPARE(store().create(kinds::person(), person(QStringLiteral("Bo")), &error)->ref,
             QStringLiteral("PE-0002"));
}

void TestRecords::referencedRecordCannotBeDeleted()
{
    QString error;
    const auto dpo = store().create(kinds::person(), person(QStringLiteral("Dana")), &error);
    QVERIFY(store().update(kinds::organisation(), m_ws->selfOrganisationId(),
                           {{orgField::dpoPersonId, dpo->id}}, &error));
    QVERIFY(!store().remove(kinds::person(), dpo->id, &error));
    QVERIFY2(error.contains(QStringLiteral("still referred to")), qPrintable(error));
    QVERIFY(error.contains(dpo->ref));
    QVERIFY(store().get(kinds::person(), dpo->id));
    QVERIFY(
        !store().update(kinds::person(), dpo->id, {{personField::organisationId, 4242}}, &error));
}

void TestRecords::nestedTransactionRollsBackItsPart()
{
    QString error;
    WriteTransaction outer(*m_ws);
    QVERIFY(outer.isActive());
    QVERIFY(store().create(kinds::person(), person(QStringLiteral("Kept")), &error));
    {
        WriteTransaction inner(*m_ws);
        QVERIFY(inner.isActive());
        QVERIFY(store().create(kinds::person(), person(QStringLiteral("Dropped")), &error));
        // no commit: the inner part rolls back
    }
    QVERIFY(outer.commit());
    const auto all = store().list(kinds::person());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().values.value(personField::name).toString(), QStringLiteral("Kept"));
}

void TestRecords::failedOuterTransactionLeavesNothing()
{
    QString error;
    {
        WriteTransaction tx(*m_ws);
        QVERIFY(store().create(kinds::person(), person(QStringLiteral("A")), &error));
        QVERIFY(store().create(kinds::person(), person(QStringLiteral("B")), &error));
    }
    QCOMPARE(store().count(kinds::person()), 0);
    QCOMPARE(
        sql::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
    // Reference numbers handed out inside the rolled-back transaction are reused.
    QCOMPARE(store().create(kinds::person(), person(QStringLiteral("C")), &error)->ref,
             QStringLiteral("PE-0001"));
}

void TestRecords::notificationsFollowCommit()
{
    QSignalSpy spy(m_ws.get(), &Workspace::recordChanged);
    QString error;
    {
        WriteTransaction tx(*m_ws);
        QVERIFY(store().create(kinds::person(), person(QStringLiteral("A")), &error));
        QCOMPARE(spy.count(), 0); // nothing is announced before the commit
        QVERIFY(tx.commit());
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("people"));
    {
        WriteTransaction tx(*m_ws);
        QVERIFY(store().create(kinds::person(), person(QStringLiteral("B")), &error));
    }
    QCOMPARE(spy.count(), 1); // rolled back: nothing to announce
}

void TestRecords::validation_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<bool>("person");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("person ok") << QVariantMap{{personField::name, QStringLiteral("A")},
                                              {personField::email, QStringLiteral("a@b.gov.uk")}}
                               << true << QString();
    QTest::newRow("person no name") << QVariantMap{} << true << personField::name;
    QTest::newRow("person bad email") << QVariantMap{{personField::name, QStringLiteral("A")},
                                                     {personField::email, QStringLiteral("a@b")}}
                                      << true << personField::email;
    QTest::newRow("org ok") << QVariantMap{{orgField::name, QStringLiteral("Trust")},
                                           {orgField::icoRegistration, QStringLiteral("ZA123456")}}
                            << false << QString();
    QTest::newRow("org bad ico") << QVariantMap{{orgField::name, QStringLiteral("Trust")},
                                                {orgField::icoRegistration,
                                                 QStringLiteral("12345678")}}
                                 << false << orgField::icoRegistration;
    QTest::newRow("org bad type") << QVariantMap{{orgField::name, QStringLiteral("Trust")},
                                                 {orgField::orgType, QStringLiteral("pirates")}}
                                  << false << orgField::orgType;
}

void TestRecords::validation()
{
    QFETCH(QVariantMap, values);
    QFETCH(bool, person);
    QFETCH(QString, errorField);
    const ValidationIssues issues = person ? validatePerson(values) : validateOrganisation(values);
    QCOMPARE(hasErrors(issues), !errorField.isEmpty());
    if (!errorField.isEmpty()) {
        QCOMPARE(issues.constFirst().field, errorField);
        QVERIFY(!issues.constFirst().message.isEmpty());
    }
    const auto dup = validatePerson({{personField::name, QStringLiteral("A")},
                                     {personField::email, QStringLiteral("A@B.gov.uk")}},
                                    {QStringLiteral("a@b.gov.uk")});
    QVERIFY(!hasErrors(dup));
    QCOMPARE(dup.size(), 1);
    QCOMPARE(dup.constFirst().severity, ValidationIssue::Severity::Warning);
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
