// The register's records: kinds, choices, validation, vocabularies, the search index and
// the demo register.
#include "register/assets.h"
#include "register/demoregister.h"
#include "register/validation.h"
#include "register/vocabulary.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace igw;

class TestRegisterDomain : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void referencesAndDefaults();
    void choicesMatchUserSpellings();
    void termsSplitAndJoin();
    void reviewStates();
    void assetValidation();
    void flowValidation();
    void flowEndsAreEnforcedBySchema();
    void vocabularyIsExtendable();
    void searchIndexFollowsEdits();
    void demoRegister();

private:
    QStringList matches(const QString &text);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestRegisterDomain::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("r.igw")));
    OpenOptions o;
    o.userName = QStringLiteral("tester");
    auto r =
        Workspace::create(m_dir.filePath(QStringLiteral("r.igw")), QStringLiteral("Council"), o);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    m_ws = std::move(r.workspace);
}

void TestRegisterDomain::referencesAndDefaults()
{
    QString error;
    const auto a = m_ws->records().create(kinds::asset(),
                                          {{assetField::name, QStringLiteral("Payroll")}}, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->ref, QStringLiteral("IA-0001"));
    QCOMPARE(a->values.value(assetField::status).toString(), QStringLiteral("live"));
    QCOMPARE(a->values.value(assetField::containsPersonalData).toInt(), 1);
    QCOMPARE(a->values.value(assetField::specialCategory).toInt(), 0);
    // The schema refuses values outside the controlled lists even if validation is bypassed.
    QVERIFY(!m_ws->records().create(
        kinds::asset(),
        {{assetField::name, QStringLiteral("X")},
         {assetField::securityClassification, QStringLiteral("RESTRICTED")}},
        &error));
    QVERIFY(error.contains(QStringLiteral("CHECK")));
}

void TestRegisterDomain::choicesMatchUserSpellings()
{
    QCOMPARE(choices::match(choices::lawfulBasis(), QStringLiteral("Public task")),
             QStringLiteral("public_task"));
    QCOMPARE(choices::match(choices::lawfulBasis(), QStringLiteral("public_task")),
             QStringLiteral("public_task"));
    QCOMPARE(choices::match(choices::lawfulBasis(), QStringLiteral("6(1)(e)")),
             QStringLiteral("public_task"));
    QCOMPARE(choices::match(choices::art9Condition(), QStringLiteral("Art. 9(2)(h)")),
             QStringLiteral("h"));
    QCOMPARE(
        choices::match(choices::securityClassification(), QStringLiteral("official sensitive")),
        QStringLiteral("OFFICIAL-SENSITIVE"));
    QCOMPARE(choices::match(choices::securityClassification(), QStringLiteral("Restricted")),
             QString());
    QVERIFY(choices::label(choices::lawfulBasis(), QStringLiteral("consent"))
                .contains(QStringLiteral("6(1)(a)")));
}

void TestRegisterDomain::termsSplitAndJoin()
{
    QCOMPARE(splitTerms(QStringLiteral(" Residents ;tenants; ; Residents")),
             (QStringList{QStringLiteral("Residents"), QStringLiteral("tenants")}));
    QCOMPARE(joinTerms({QStringLiteral("A"), QStringLiteral(" B "), QStringLiteral("a")}),
             QStringLiteral("A; B"));
}

void TestRegisterDomain::reviewStates()
{
    const QDate today(2026, 11, 21);
    QCOMPARE(reviewState(QVariant(), today), ReviewState::NotSet);
    QCOMPARE(reviewState(QStringLiteral("2026-11-20"), today), ReviewState::Overdue);
    QCOMPARE(reviewState(QStringLiteral("2026-11-21"), today), ReviewState::DueSoon);
    QCOMPARE(reviewState(QStringLiteral("2026-12-21"), today), ReviewState::DueSoon);
    QCOMPARE(reviewState(QStringLiteral("2026-12-22"), today), ReviewState::Ok);
    QCOMPARE(reviewState(QStringLiteral("21/11/2026"), today), ReviewState::NotSet);
}

void TestRegisterDomain::assetValidation()
{
    using namespace assetField;
    const auto fieldsOf = [](const ValidationIssues &issues, ValidationIssue::Severity s) {
        QStringList out;
        for (const auto &i : issues)
            if (i.severity == s)
                out << i.field;
        return out;
    };
    const ValidationIssues special = validateAsset({{name, QStringLiteral("Care records")},
                                                    {ownerPersonId, 1},
                                                    {lawfulBasis, QStringLiteral("public_task")},
                                                    {specialCategory, 1}});
    QVERIFY(!hasErrors(special));
    QVERIFY(fieldsOf(special, ValidationIssue::Severity::Warning).contains(art9Condition));

    const ValidationIssues bad =
        validateAsset({{name, QString()},
                       {securityClassification, QStringLiteral("RESTRICTED")},
                       {lastReview, QStringLiteral("2026-05-01")},
                       {nextReview, QStringLiteral("2026-01-01")},
                       {volumeRecords, QStringLiteral("lots")}});
    const QStringList errors = fieldsOf(bad, ValidationIssue::Severity::Error);
    QVERIFY(errors.contains(name));
    QVERIFY(errors.contains(securityClassification));
    QVERIFY(errors.contains(nextReview));
    QVERIFY(errors.contains(volumeRecords));
    for (const auto &i : bad)
        if (i.field == securityClassification)
            QVERIFY(
                i.message.contains(QStringLiteral("OFFICIAL-SENSITIVE"))); // says what is allowed

    const ValidationIssues terms =
        validateAsset({{name, QStringLiteral("X")},
                       {ownerPersonId, 1},
                       {lawfulBasis, QStringLiteral("contract")},
                       {dataSubjectCategories, QStringLiteral("residents; Aliens")}},
                      {QStringLiteral("Residents")}, {});
    QVERIFY(!hasErrors(terms));
    QCOMPARE(terms.size(), 1);
    QVERIFY(terms.constFirst().message.contains(QStringLiteral("Aliens")));
    QVERIFY(!terms.constFirst().message.contains(QStringLiteral("residents")));
}

void TestRegisterDomain::flowValidation()
{
    using namespace flowField;
    QVERIFY(!hasErrors(validateFlow({{title, QStringLiteral("T")},
                                     {fromAssetId, 1},
                                     {toOrgId, 2},
                                     {lawfulBasis, QStringLiteral("public_task")}})));
    QVERIFY(hasErrors(validateFlow({{title, QStringLiteral("T")}, {fromAssetId, 1}})));
    QVERIFY(hasErrors(validateFlow(
        {{title, QStringLiteral("T")}, {fromAssetId, 1}, {fromOrgId, 2}, {toOrgId, 2}})));
    QVERIFY(
        hasErrors(validateFlow({{title, QStringLiteral("T")}, {fromAssetId, 3}, {toAssetId, 3}})));
    const auto unencrypted = validateFlow({{title, QStringLiteral("T")},
                                           {fromAssetId, 1},
                                           {toOrgId, 2},
                                           {transferMethod, QStringLiteral("email")},
                                           {encryptedInTransit, 0},
                                           {lawfulBasis, QStringLiteral("consent")}});
    QVERIFY(!hasErrors(unencrypted));
    QCOMPARE(unencrypted.size(), 1);
    QCOMPARE(unencrypted.constFirst().field, encryptedInTransit);
}

void TestRegisterDomain::flowEndsAreEnforcedBySchema()
{
    QString error;
    const auto a =
        m_ws->records().create(kinds::asset(), {{assetField::name, QStringLiteral("A")}}, &error);
    QVERIFY(!m_ws->records().create(
        kinds::flow(),
        {{flowField::title, QStringLiteral("Nowhere")}, {flowField::fromAssetId, a->id}}, &error));
    QVERIFY(m_ws->records().create(kinds::flow(),
                                   {{flowField::title, QStringLiteral("Out")},
                                    {flowField::fromAssetId, a->id},
                                    {flowField::toOrgId, m_ws->selfOrganisationId()}},
                                   &error));
    // An asset that flows use cannot be deleted behind their back.
    QVERIFY(!m_ws->records().remove(kinds::asset(), a->id, &error));
    QVERIFY(error.contains(QStringLiteral("still referred to")));
}

void TestRegisterDomain::vocabularyIsExtendable()
{
    const QStringList builtIn = vocabulary::terms(*m_ws, vocabulary::dataSubjects);
    QVERIFY(builtIn.contains(QStringLiteral("Residents")));
    QString error;
    QVERIFY(vocabulary::addTerm(*m_ws, vocabulary::dataSubjects,
                                QStringLiteral("  Allotment   holders "), &error));
    QVERIFY(vocabulary::addTerm(*m_ws, vocabulary::dataSubjects,
                                QStringLiteral("allotment holders"), &error));
    QVERIFY(!vocabulary::addTerm(*m_ws, vocabulary::dataSubjects, QStringLiteral("a; b"), &error));
    const QStringList after = vocabulary::terms(*m_ws, vocabulary::dataSubjects);
    QCOMPARE(after.size(), builtIn.size() + 1);
    QCOMPARE(after.constLast(), QStringLiteral("Allotment holders"));
    QCOMPARE(vocabulary::canonical(after, QStringLiteral("RESIDENTS")),
             QStringLiteral("Residents"));
    QVERIFY(sql::scalar(
                m_ws->database(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE record_table = 'vocabulary'"))
                .toInt() == 1);
}

QStringList TestRegisterDomain::matches(const QString &text)
{
    QStringList refs;
    for (const QVariantList &row :
         sql::rows(m_ws->database(),
                   QStringLiteral("SELECT a.ref FROM assets_fts f JOIN assets a ON a.id = f.rowid"
                                  " WHERE assets_fts MATCH ? ORDER BY a.ref"),
                   QVariantList{QString(QLatin1Char('"') + text + QLatin1Char('"'))}))
        refs << row.at(0).toString();
    return refs;
}

void TestRegisterDomain::searchIndexFollowsEdits()
{
    QString error;
    const auto a = m_ws->records().create(kinds::asset(),
                                          {{assetField::name, QStringLiteral("Housing register")},
                                           {assetField::systemLocation, QStringLiteral("Abritas")}},
                                          &error);
    const auto b = m_ws->records().create(kinds::asset(),
                                          {{assetField::name, QStringLiteral("Payroll")}}, &error);
    QCOMPARE(matches(QStringLiteral("ousing")), QStringList{a->ref});
    QCOMPARE(matches(QStringLiteral("britas")), QStringList{a->ref});
    QCOMPARE(matches(QStringLiteral("IA-0002")), QStringList{b->ref});
    QVERIFY(m_ws->records().update(kinds::asset(), a->id,
                                   {{assetField::name, QStringLiteral("Tenancy files")}}, &error));
    QVERIFY(matches(QStringLiteral("ousing")).isEmpty());
    QCOMPARE(matches(QStringLiteral("enancy")), QStringList{a->ref});
    const Record before = *m_ws->records().get(kinds::asset(), a->id);
    QVERIFY(m_ws->records().remove(kinds::asset(), a->id, &error));
    QVERIFY(matches(QStringLiteral("enancy")).isEmpty());
    QVERIFY(m_ws->records().restore(kinds::asset(), before, &error));
    QCOMPARE(matches(QStringLiteral("enancy")), QStringList{a->ref});
}

void TestRegisterDomain::demoRegister()
{
    QString error;
    QVERIFY2(addDemoDirectory(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRegister(*m_ws, &error), qPrintable(error));
    const qint64 assets = m_ws->records().count(kinds::asset());
    QVERIFY2(assets >= 200 && assets <= 600, qPrintable(QString::number(assets)));
    QVERIFY(m_ws->records().count(kinds::flow()) >= 15);
    const QDate today = QDate::currentDate();
    int overdue = 0, withErrors = 0, ownerless = 0;
    const QStringList subjects = vocabulary::terms(*m_ws, vocabulary::dataSubjects);
    const QStringList data = vocabulary::terms(*m_ws, vocabulary::personalData);
    for (const Record &r : m_ws->records().list(kinds::asset())) {
        if (reviewState(r.value(assetField::nextReview), today) == ReviewState::Overdue)
            ++overdue;
        const auto issues = validateAsset(r.values, subjects, data);
        if (hasErrors(issues)) {
            ++withErrors;
            qWarning("%s: %s", qPrintable(r.ref), qPrintable(issues.constFirst().message));
        }
        if (r.value(assetField::ownerPersonId).toLongLong() == 0)
            ++ownerless;
        for (const auto &i : issues) // the demo uses only terms from the built-in lists
            QVERIFY2(!i.message.contains(QStringLiteral("not in your organisation's list")),
                     qPrintable(i.message));
    }
    QCOMPARE(withErrors, 0);
    QVERIFY(overdue > 5 && overdue < assets / 4);
    QCOMPARE(ownerless, 1); // the one asset with deliberate gaps
    for (const Record &f : m_ws->records().list(kinds::flow()))
        QVERIFY2(!hasErrors(validateFlow(f.values)), qPrintable(f.title(kinds::flow())));
}

QTEST_GUILESS_MAIN(TestRegisterDomain)
#include "tst_registerdomain.moc"
