// The ROPA's records: link sets in the record store, "ask once" categories, derived flags,
// Art. 30 / Schedule 1 completeness, the vocabularies, the upgrade from v3 and the demo.
#include "../workspace/testutil.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "ropa/activities.h"
#include "ropa/demoropa.h"
#include "ropa/ropa.h"
#include "workspace/audit.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/sql.h"

#include <QSet>

using namespace igw;

namespace af = activityField;

class TestRopaDomain : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void linksAreStoredLikeFields();
    void linksFollowDeleteAndRestore();
    void linkedAssetCannotBeDeleted();
    void brokenLinkWritesNothing();
    void categoriesAreProposedFromAssets();
    void categoriesFollowAssetChanges();
    void specialCategoryComesFromAssets();
    void controllerCompleteness();
    void schedule1Completeness();
    void processorCompleteness();
    void headerAndPercentage();
    void vocabulariesCiteTheLaw();
    void upgradedWorkspaceLinksOldAssets();
    void demoRopa();

private:
    qint64 asset(const QString &name, const QString &subjects, const QString &data,
                 bool special = false, const QString &art9 = {});
    qint64 activity(const QVariantMap &values);
    ActivityView view(qint64 id);
    static QStringList gapFields(const ActivityView &v);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestRopaDomain::init()
{
    QVERIFY(m_dir.isValid());
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    QFile::remove(path);
    m_ws = test::createWorkspace(path);
    QVERIFY(m_ws);
}

qint64 TestRopaDomain::asset(const QString &name, const QString &subjects, const QString &data,
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

qint64 TestRopaDomain::activity(const QVariantMap &values)
{
    QString error;
    QVariantMap v = values;
    if (!v.contains(af::name))
        v.insert(af::name, QStringLiteral("Activity"));
    const auto r = m_ws->records().create(kinds::activity(), v, &error);
    if (!r)
        qWarning("activity: %s", qPrintable(error));
    return r ? r->id : 0;
}

ActivityView TestRopaDomain::view(qint64 id)
{
    const auto v = loadActivity(*m_ws, id);
    return v ? *v : ActivityView();
}

QStringList TestRopaDomain::gapFields(const ActivityView &v)
{
    QStringList out;
    for (const RopaGap &g : v.gaps)
        out << g.field;
    return out;
}

void TestRopaDomain::linksAreStoredLikeFields()
{
    const qint64 a1 = asset(QStringLiteral("One"), {}, {});
    const qint64 a2 = asset(QStringLiteral("Two"), {}, {});
    const qint64 a3 = asset(QStringLiteral("Three"), {}, {});
    // Given unsorted with a duplicate; stored sorted and unique.
    const qint64 id = activity({{af::assetIds, QStringLiteral("%1;%2;%1").arg(a3).arg(a1)}});
    QVERIFY(id);
    RecordStore &store = m_ws->records();
    QCOMPARE(store.get(kinds::activity(), id)->value(af::assetIds).toString(), linkValue({a1, a3}));
    QCOMPARE(sql::scalar(
                 m_ws->database(),
                 QStringLiteral("SELECT count(*) FROM activity_assets WHERE activity_id = ?"), {id})
                 .toInt(),
             2);
    QString error;
    QVERIFY2(store.update(kinds::activity(), id, {{af::assetIds, linkValue({a2, a3})}}, &error),
             qPrintable(error));
    QCOMPARE(store.get(kinds::activity(), id)->value(af::assetIds).toString(), linkValue({a2, a3}));
    // The change is one audit entry with the old and new link sets.
    const auto record = store.get(kinds::activity(), id);
    const QList<AuditEntry> history = audit::history(m_ws->database(), record->uuid);
    const auto it = std::find_if(history.cbegin(), history.cend(),
                                 [](const AuditEntry &e) { return e.field == af::assetIds; });
    QVERIFY(it != history.cend());
    QCOMPARE(it->oldValue, linkValue({a1, a3}));
    QCOMPARE(it->newValue, linkValue({a2, a3}));
    // The same set in another order is no change and writes nothing.
    const int entries = int(history.size());
    QVERIFY(store.update(kinds::activity(), id,
                         {{af::assetIds, QStringLiteral("%1;%2").arg(a3).arg(a2)}}, &error));
    QCOMPARE(audit::history(m_ws->database(), record->uuid).size(), entries);
    QVERIFY(audit::verify(m_ws->database()).ok);
}

void TestRopaDomain::linksFollowDeleteAndRestore()
{
    const qint64 a1 = asset(QStringLiteral("One"), {}, {});
    QString error;
    const auto org = m_ws->records().create(kinds::organisation(),
                                            {{orgField::name, QStringLiteral("Partner")}}, &error);
    QVERIFY(org);
    const qint64 id =
        activity({{af::assetIds, linkValue({a1})}, {af::recipientOrgIds, linkValue({org->id})}});
    const auto before = m_ws->records().get(kinds::activity(), id);
    QVERIFY(m_ws->records().remove(kinds::activity(), id, &error));
    QCOMPARE(sql::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM activity_assets"))
                 .toInt(),
             0);
    QVERIFY2(m_ws->records().restore(kinds::activity(), *before, &error), qPrintable(error));
    const auto after = m_ws->records().get(kinds::activity(), id);
    QCOMPARE(after->value(af::assetIds).toString(), linkValue({a1}));
    QCOMPARE(after->value(af::recipientOrgIds).toString(), linkValue({org->id}));
}

void TestRopaDomain::linkedAssetCannotBeDeleted()
{
    const qint64 a1 = asset(QStringLiteral("Used"), {}, {});
    const qint64 id = activity({{af::assetIds, linkValue({a1})}});
    QString error;
    QVERIFY(!m_ws->records().remove(kinds::asset(), a1, &error));
    QVERIFY2(error.contains(QStringLiteral("IA-0001")), qPrintable(error));
    QVERIFY(m_ws->records().get(kinds::asset(), a1));
    // Once unlinked it can go.
    QVERIFY(m_ws->records().update(kinds::activity(), id, {{af::assetIds, QString()}}, &error));
    QVERIFY2(m_ws->records().remove(kinds::asset(), a1, &error), qPrintable(error));
}

void TestRopaDomain::brokenLinkWritesNothing()
{
    QString error;
    const qint64 before = m_ws->records().count(kinds::activity());
    const int audit = audit::verify(m_ws->database()).entries;
    QVERIFY(!m_ws->records().create(
        kinds::activity(),
        {{af::name, QStringLiteral("Bad")}, {af::assetIds, QStringLiteral("999")}}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_ws->records().count(kinds::activity()), before);
    QCOMPARE(audit::verify(m_ws->database()).entries, audit);
    QCOMPARE(sql::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM activity_assets"))
                 .toInt(),
             0);
}

void TestRopaDomain::categoriesAreProposedFromAssets()
{
    const qint64 a1 = asset(QStringLiteral("Case records"), QStringLiteral("Service users; Carers"),
                            QStringLiteral("Case notes; Contact details"));
    const qint64 a2 = asset(QStringLiteral("Finance"), QStringLiteral("service users; Staff"),
                            QStringLiteral("Bank details"));
    const qint64 id = activity({{af::assetIds, linkValue({a1, a2})},
                                {af::subjectCategoriesExcluded, QStringLiteral("Carers")},
                                {af::subjectCategoriesExtra, QStringLiteral("Advocates")}});
    const ActivityView v = view(id);
    QCOMPARE(v.subjects.proposed, (QStringList{QStringLiteral("Service users"),
                                               QStringLiteral("Carers"), QStringLiteral("Staff")}));
    QCOMPARE(v.subjects.sources.value(QStringLiteral("service users")),
             (QStringList{QStringLiteral("IA-0001"), QStringLiteral("IA-0002")}));
    QCOMPARE(v.subjects.effective(),
             (QStringList{QStringLiteral("Service users"), QStringLiteral("Staff"),
                          QStringLiteral("Advocates")}));
    QVERIFY(v.subjects.isExcluded(QStringLiteral("carers")));
    QCOMPARE(v.data.effective(),
             (QStringList{QStringLiteral("Case notes"), QStringLiteral("Contact details"),
                          QStringLiteral("Bank details")}));
    QCOMPARE(v.assets.size(), 2);
}

void TestRopaDomain::categoriesFollowAssetChanges()
{
    const qint64 a1 = asset(QStringLiteral("Register"), QStringLiteral("Tenants"),
                            QStringLiteral("Contact details"));
    const qint64 id = activity({{af::assetIds, linkValue({a1})},
                                {af::dataCategoriesExtra, QStringLiteral("Rent arrears")}});
    QString error;
    QVERIFY(m_ws->records().update(
        kinds::asset(), a1,
        {{assetField::personalDataCategories, QStringLiteral("Contact details; Housing history")}},
        &error));
    const ActivityView v = view(id);
    QCOMPARE(v.data.effective(),
             (QStringList{QStringLiteral("Contact details"), QStringLiteral("Housing history"),
                          QStringLiteral("Rent arrears")}));
    // Unlinking the asset leaves only the user's own additions.
    QVERIFY(m_ws->records().update(kinds::activity(), id, {{af::assetIds, QString()}}, &error));
    QCOMPARE(view(id).data.effective(), QStringList{QStringLiteral("Rent arrears")});
    QVERIFY(view(id).subjects.effective().isEmpty());
}

void TestRopaDomain::specialCategoryComesFromAssets()
{
    const qint64 plain = asset(QStringLiteral("Plain"), QStringLiteral("Residents"),
                               QStringLiteral("Contact details"));
    const qint64 health =
        asset(QStringLiteral("Health"), QStringLiteral("Patients"),
              QStringLiteral("Health (special category)"), true, QStringLiteral("h"));
    const qint64 id = activity({{af::assetIds, linkValue({plain})}});
    QVERIFY(!view(id).specialCategory);
    QString error;
    QVERIFY(m_ws->records().update(kinds::activity(), id,
                                   {{af::assetIds, linkValue({plain, health})}}, &error));
    ActivityView v = view(id);
    QVERIFY(v.specialCategory);
    QCOMPARE(v.art9Condition, QStringLiteral("h"));
    QVERIFY(v.art9FromAssets);
    // The activity's own condition wins over the asset's.
    QVERIFY(m_ws->records().update(kinds::activity(), id,
                                   {{af::art9Condition, QStringLiteral("g")}}, &error));
    v = view(id);
    QCOMPARE(v.art9Condition, QStringLiteral("g"));
    QVERIFY(!v.art9FromAssets);
    // The own flag marks criminal offence data without any asset.
    const qint64 other = activity({{af::criminalOffence, 1}});
    QVERIFY(view(other).criminalOffence);
}

void TestRopaDomain::controllerCompleteness()
{
    const qint64 a1 = asset(QStringLiteral("Accounts"), QStringLiteral("Council tax payers"),
                            QStringLiteral("Financial details"));
    const qint64 id = activity({});
    ActivityView v = view(id);
    QCOMPARE(gapFields(v),
             (QStringList{af::purpose, af::subjectCategoriesExtra, af::dataCategoriesExtra,
                          af::recipientCategories, af::internationalTransfers,
                          af::retentionSchedule, af::securityMeasures, af::lawfulBasis}));
    QCOMPARE(v.requiredItems, 8);
    QVERIFY(v.gaps.constFirst().citation.contains(QStringLiteral("Art. 30(1)(b)")));
    QString error;
    QVERIFY(m_ws->records().update(kinds::activity(), id,
                                   {{af::purpose, QStringLiteral("Billing")},
                                    {af::assetIds, linkValue({a1})},
                                    {af::recipientCategories, QStringLiteral("Enforcement agents")},
                                    {af::internationalTransfers, 1},
                                    {af::retentionSchedule, QStringLiteral("6 years")},
                                    {af::securityMeasures, QStringLiteral("RBAC")},
                                    {af::lawfulBasis, QStringLiteral("legitimate_interests")}},
                                   &error));
    v = view(id);
    // Transfers need the countries and safeguards; legitimate interests need stating.
    QCOMPARE(gapFields(v),
             (QStringList{af::thirdCountries, af::transferSafeguard, af::legitimateInterests}));
    QVERIFY(m_ws->records().update(kinds::activity(), id,
                                   {{af::thirdCountries, QStringLiteral("United States")},
                                    {af::transferSafeguard, QStringLiteral("idta")},
                                    {af::lawfulBasis, QStringLiteral("public_task")}},
                                   &error));
    v = view(id);
    QVERIFY2(v.isComplete(), qPrintable(gapFields(v).join(QLatin1Char(','))));
    QCOMPARE(v.requiredItems, 10);
    // A recipient organisation alone answers "categories of recipients".
    const auto org = m_ws->records().create(kinds::organisation(),
                                            {{orgField::name, QStringLiteral("Police")}}, &error);
    QVERIFY(m_ws->records().update(
        kinds::activity(), id,
        {{af::recipientCategories, QString()}, {af::recipientOrgIds, linkValue({org->id})}},
        &error));
    v = view(id);
    QVERIFY(v.isComplete());
    QCOMPARE(v.recipientTexts(), QStringList{QStringLiteral("Police")});
}

void TestRopaDomain::schedule1Completeness()
{
    const qint64 health =
        asset(QStringLiteral("Health"), QStringLiteral("Patients"),
              QStringLiteral("Health (special category)"), true, QStringLiteral("h"));
    const QVariantMap base{{af::purpose, QStringLiteral("Care")},
                           {af::assetIds, linkValue({health})},
                           {af::recipientCategories, QStringLiteral("None")},
                           {af::internationalTransfers, 0},
                           {af::retentionSchedule, QStringLiteral("8 years")},
                           {af::securityMeasures, QStringLiteral("RBAC")},
                           {af::lawfulBasis, QStringLiteral("public_task")}};
    const qint64 id = activity(base);
    // Art. 9(2)(h) needs a Schedule 1 condition, so para 41's record is required.
    QCOMPARE(gapFields(view(id)),
             (QStringList{af::schedule1Condition, af::erasurePolicy, af::retainedPerPolicy}));
    QString error;
    QVERIFY(m_ws->records().update(kinds::activity(), id,
                                   {{af::schedule1Condition, QStringLiteral("para2")},
                                    {af::erasurePolicy, QStringLiteral("APD v2")},
                                    {af::retainedPerPolicy, 0}},
                                   &error));
    QCOMPARE(gapFields(view(id)), QStringList{af::policyDeviation});
    QVERIFY(m_ws->records().update(kinds::activity(), id, {{af::retainedPerPolicy, 1}}, &error));
    QVERIFY(view(id).isComplete());
    // Explicit consent (Art. 9(2)(a)) needs no Schedule 1 condition.
    QVariantMap consent = base;
    consent.insert(af::art9Condition, QStringLiteral("a"));
    QVERIFY(view(activity(consent)).isComplete());
    // Special category data without any Art. 9 condition is a gap.
    const qint64 noCondition =
        asset(QStringLiteral("Unsure"), QStringLiteral("Patients"), QStringLiteral("Health"), true);
    QVariantMap bare = base;
    bare.insert(af::assetIds, linkValue({noCondition}));
    QVERIFY(gapFields(view(activity(bare))).contains(af::art9Condition));
}

void TestRopaDomain::processorCompleteness()
{
    const qint64 id = activity({{af::role, QStringLiteral("processor")}});
    ActivityView v = view(id);
    QVERIFY(v.isProcessor());
    QCOMPARE(gapFields(v), (QStringList{af::controllerOrgIds, af::processingCategories,
                                        af::internationalTransfers, af::securityMeasures}));
    QVERIFY(v.gaps.constFirst().citation.contains(QStringLiteral("30(2)(a)")));
    QString error;
    const auto org = m_ws->records().create(kinds::organisation(),
                                            {{orgField::name, QStringLiteral("Academy")}}, &error);
    QVERIFY(m_ws->records().update(kinds::activity(), id,
                                   {{af::controllerOrgIds, linkValue({org->id})},
                                    {af::processingCategories, QStringLiteral("Payroll")},
                                    {af::internationalTransfers, 0},
                                    {af::securityMeasures, QStringLiteral("RBAC")}},
                                   &error));
    v = view(id);
    QVERIFY(v.isComplete());
    QCOMPARE(v.controllers.constFirst().name, QStringLiteral("Academy"));
}

void TestRopaDomain::headerAndPercentage()
{
    QString error;
    std::optional<Ropa> ropa = loadRopa(*m_ws, &error);
    QVERIFY(ropa);
    // A new workspace has no DPO and no contact details.
    QCOMPARE(ropa->activities.size(), 0);
    QCOMPARE(ropa->header.gaps.size(), 2);
    QCOMPARE(ropa->header.requiredItems, 3);
    QCOMPARE(ropa->percentComplete(), 33);
    const auto dpo = m_ws->records().create(kinds::person(),
                                            {{personField::name, QStringLiteral("Dana")},
                                             {personField::email, QStringLiteral("d@x.uk")}},
                                            &error);
    QVERIFY(m_ws->records().update(
        kinds::organisation(), m_ws->selfOrganisationId(),
        {{orgField::dpoPersonId, dpo->id}, {orgField::address, QStringLiteral("Town Hall")}},
        &error));
    activity({{af::role, QStringLiteral("processor")}}); // 4 required, 4 missing
    ropa = loadRopa(*m_ws, &error);
    QVERIFY(ropa->header.gaps.isEmpty());
    QCOMPARE(ropa->header.dpoName, QStringLiteral("Dana"));
    QCOMPARE(ropa->header.dpoContact, QStringLiteral("d@x.uk"));
    QCOMPARE(ropa->requiredItems(), 4 + 4);
    QCOMPARE(ropa->missingItems(), 4);
    QCOMPARE(ropa->percentComplete(), 50);
    QCOMPARE(ropa->completeActivities(), 0);
    // Floor: one item short of everything is never shown as 100%.
    Ropa many;
    many.header.requiredItems = 1000;
    many.header.gaps.append(RopaGap{});
    QCOMPARE(many.percentComplete(), 99);
}

void TestRopaDomain::vocabulariesCiteTheLaw()
{
    QSet<QString> keys;
    for (const auto &[key, label] : choices::schedule1Condition()) {
        QVERIFY(!keys.contains(key));
        keys.insert(key);
        QVERIFY2(label.contains(QStringLiteral("Sch. 1 para ") + key.mid(4)), qPrintable(label));
    }
    QCOMPARE(keys.size(), 36); // paras 1-4 and 6-37
    for (const auto &[key, label] : choices::transferSafeguard())
        QVERIFY2(label.contains(QStringLiteral("Art. 4")), qPrintable(label));
    QCOMPARE(choices::forActivityField(af::lawfulBasis), &choices::lawfulBasis());
    QCOMPARE(choices::forActivityField(af::purpose), nullptr);
    QCOMPARE(
        activityDisplayValue(af::schedule1Condition, QStringLiteral("para18")),
        QStringLiteral("Safeguarding of children and of individuals at risk — Sch. 1 para 18"));
    QCOMPARE(activityDisplayValue(af::breachOccurred, 0), QStringLiteral("No"));
    QVERIFY(art9NeedsSchedule1(QStringLiteral("h")));
    QVERIFY(!art9NeedsSchedule1(QStringLiteral("a")));
}

void TestRopaDomain::upgradedWorkspaceLinksOldAssets()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v3.igw"));
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    Workspace &ws = *r.workspace;
    const auto old = ws.records().findByRef(kinds::asset(), QStringLiteral("IA-0001"));
    QVERIFY(old);
    QString error;
    const auto a = ws.records().create(
        kinds::activity(),
        {{af::name, QStringLiteral("Adult social care")}, {af::assetIds, linkValue({old->id})}},
        &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->ref, QStringLiteral("PA-0001"));
    const auto v = loadActivity(ws, a->id);
    QCOMPARE(v->subjects.effective(),
             (QStringList{QStringLiteral("Service users"), QStringLiteral("Carers")}));
    QVERIFY(v->specialCategory);
    QCOMPARE(v->art9Condition, QStringLiteral("h"));
    const auto ropa = loadRopa(ws, &error);
    QCOMPARE(ropa->header.dpoName, QStringLiteral("Dana Whitby"));
}

void TestRopaDomain::demoRopa()
{
    QString error;
    QVERIFY2(addDemoDirectory(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRegister(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRopa(*m_ws, &error), qPrintable(error));
    const auto ropa = loadRopa(*m_ws, &error);
    QVERIFY2(ropa, qPrintable(error));
    QVERIFY(ropa->activities.size() >= 25);
    int processors = 0;
    int special = 0;
    for (const ActivityView &a : ropa->activities) {
        QVERIFY2(a.missingLinks.isEmpty(), qPrintable(a.record.ref));
        processors += a.isProcessor() ? 1 : 0;
        special += a.specialCategory ? 1 : 0;
        if (!a.isProcessor() && a.value(af::name) != QLatin1String("Blue Badge assessments"))
            QVERIFY2(!a.subjects.effective().isEmpty(), qPrintable(a.record.ref));
    }
    QCOMPARE(processors, 2);
    QVERIFY(special > 10);
    QVERIFY(ropa->header.gaps.isEmpty());
    // Realistic: mostly complete, with a few gaps left to show.
    QVERIFY(ropa->percentComplete() >= 90 && ropa->percentComplete() < 100);
    QVERIFY(ropa->completeActivities() < ropa->activities.size());
    QVERIFY(audit::verify(m_ws->database()).ok);
}

QTEST_GUILESS_MAIN(TestRopaDomain)
#include "tst_ropadomain.moc"
