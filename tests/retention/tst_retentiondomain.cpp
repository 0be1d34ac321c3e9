// Retention schedules: the starter schedule as data, due dates (month ends, leap days,
// permanent and until-superseded classes, legal holds), the planner's windows and owner
// groups, the append-only disposal log with its certificates, refusals, flags, the schedule
// tree and the demo.
#include "../workspace/testutil.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "register/validation.h"
#include "retention/demoretention.h"
#include "retention/disposal.h"
#include "retention/duedates.h"
#include "retention/flags.h"
#include "retention/planner.h"
#include "retention/retentionclasses.h"
#include "retention/scheduletree.h"
#include "retention/starterschedule.h"
#include "ropa/activities.h"
#include "ropa/demoropa.h"
#include "workspace/audit.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace igw;

namespace f = retentionField;
namespace af = assetField;

class TestRetentionDomain : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void starterScheduleIsSound();
    void starterSchedulesAreChecked_data();
    void starterSchedulesAreChecked();
    void installingTwiceAddsNothing();
    void classesAreValidated();
    void periodsInWords();
    void dueDatesAtMonthEndsAndLeapDays_data();
    void dueDatesAtMonthEndsAndLeapDays();
    void sqlAgreesWithTheCalendar();
    void triggerRules();
    void assetsWithoutATrigger();
    void permanentAndSupersededNeverFallDue();
    void legalHoldSuspends();
    void plannerWindowsAndOwners();
    void monthlyCounts();
    void disposalWritesTheLogAndMarksTheAsset();
    void disposalLogIsAppendOnly();
    void certificatesAreNumbered();
    void disposalIsRefused_data();
    void disposalIsRefused();
    void legalHoldNeedsAReason();
    void assetRetentionFieldsAreValidated();
    void flags();
    void treeBySearch();
    void demo();

private:
    qint64 create(const RecordKind &kind, const QVariantMap &values)
    {
        QString error;
        const auto r = m_ws->records().create(kind, values, &error);
        if (!r)
            qWarning("%s", qPrintable(error));
        return r ? r->id : 0;
    }
    qint64 makeClass(int years, int months = 0, int days = 0,
                     const QString &kind = retentionPeriodKind::fixed,
                     const QString &action = retentionAction::destroy)
    {
        QVariantMap v{{f::function, QStringLiteral("Finance")},
                      {f::activity, QStringLiteral("Accounts payable %1").arg(++m_classes)},
                      {f::description, QStringLiteral("Invoices")},
                      {f::periodKind, kind},
                      {f::disposalAction, action},
                      {f::authorityKind, retentionAuthority::statute},
                      {f::authority, QStringLiteral("Limitation Act 1980 s.5")}};
        if (years)
            v.insert(f::periodYears, years);
        if (months)
            v.insert(f::periodMonths, months);
        if (days)
            v.insert(f::periodDays, days);
        return create(kinds::retentionClass(), v);
    }
    qint64 makeAsset(const QString &name, qint64 classId, const QDate &trigger, qint64 owner = 0)
    {
        QVariantMap v{
            {af::name, name}, {af::retentionClassId, classId}, {af::containsPersonalData, 1}};
        if (trigger.isValid())
            v.insert(af::triggerDate, trigger.toString(Qt::ISODate));
        if (owner)
            v.insert(af::ownerPersonId, owner);
        return create(kinds::asset(), v);
    }
    QVariantMap classValues(int years, int months, int days)
    {
        return {{f::periodKind, retentionPeriodKind::fixed},
                {f::periodYears, years},
                {f::periodMonths, months},
                {f::periodDays, days}};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_classes = 0;
};

void TestRetentionDomain::init()
{
    QVERIFY(m_dir.isValid());
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    QFile::remove(path);
    m_ws = test::createWorkspace(path, QStringLiteral("Snapton Borough Council"));
    QVERIFY(m_ws);
}

void TestRetentionDomain::starterScheduleIsSound()
{
    const StarterSchedule &s = StarterSchedule::builtIn();
    QVERIFY(!s.version.isEmpty());
    QVERIFY2(s.classes.size() >= 40, qPrintable(QString::number(s.classes.size())));
    QSet<QString> functions;
    bool contracts = false, deeds = false, lac = false, cctv = false, minutes = false;
    for (const QVariantMap &c : s.classes) {
        functions.insert(c.value(f::function).toString());
        QVERIFY(validateRetentionClass(c).isEmpty());
        const QString authority = c.value(f::authority).toString();
        const QString kind = c.value(f::authorityKind).toString();
        // Every guideline names its guideline; every statute its provision.
        if (kind != retentionAuthority::businessNeed)
            QVERIFY2(!authority.isEmpty(), qPrintable(c.value(f::activity).toString()));
        if (authority == QLatin1String("Limitation Act 1980 s.5") &&
            c.value(f::activity).toString() == QLatin1String("Contracts under hand"))
            contracts = c.value(f::periodYears).toInt() == 6;
        if (authority == QLatin1String("Limitation Act 1980 s.8"))
            deeds = c.value(f::periodYears).toInt() == 12;
        if (c.value(f::activity).toString() == QLatin1String("Looked after children"))
            lac = c.value(f::periodYears).toInt() == 75 &&
                  c.value(f::triggerEvent).toString().contains(QStringLiteral("birth"));
        if (c.value(f::activity).toString() == QLatin1String("CCTV"))
            cctv = c.value(f::periodDays).toInt() == 31;
        if (c.value(f::activity).toString() == QLatin1String("Committee meetings"))
            minutes = c.value(f::periodKind).toString() == retentionPeriodKind::permanent &&
                      c.value(f::disposalAction).toString() == retentionAction::transferArchives;
    }
    QVERIFY(contracts && deeds && lac && cctv && minutes);
    for (const char *fn :
         {"Corporate finance", "Contracts and procurement", "Human resources", "Payroll",
          "Council tax", "Housing", "Adult social care", "Children's social care", "Education",
          "Planning", "Licensing", "Electoral registration", "Complaints", "Information governance",
          "Community safety", "Democratic services"})
        QVERIFY2(functions.contains(QString::fromUtf8(fn)), fn);
}

void TestRetentionDomain::starterSchedulesAreChecked_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto doc = [](const QJsonArray &classes, const QString &format) {
        return QJsonDocument(QJsonObject{{QStringLiteral("format"), format},
                                         {QStringLiteral("format_version"), 1},
                                         {QStringLiteral("version"), QStringLiteral("t.1")},
                                         {QStringLiteral("classes"), classes}})
            .toJson();
    };
    const QJsonObject good{{QStringLiteral("function"), QStringLiteral("Finance")},
                           {QStringLiteral("activity"), QStringLiteral("Payables")},
                           {QStringLiteral("description"), QStringLiteral("Invoices")},
                           {QStringLiteral("period_years"), 6}};
    QJsonObject unknown = good;
    unknown.insert(QStringLiteral("owner_person_id"), 3);
    QJsonObject noPeriod = good;
    noPeriod.remove(QStringLiteral("period_years"));
    QJsonObject statute = good;
    statute.insert(QStringLiteral("authority_kind"), QStringLiteral("statute"));
    const QString tag = QStringLiteral("igw-retention-starter-schedule");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not an IG Workbench");
    QTest::newRow("wrong format") << doc({good}, QStringLiteral("other"))
                                  << QStringLiteral("not an");
    QTest::newRow("empty") << doc({}, tag) << QStringLiteral("from 1 to");
    QTest::newRow("unknown field") << doc({unknown}, tag) << QStringLiteral("unknown field");
    QTest::newRow("no period") << doc({noPeriod}, tag) << QStringLiteral("fixed period needs");
    QTest::newRow("statute unnamed") << doc({statute}, tag) << QStringLiteral("Limitation Act");
    QTest::newRow("twice") << doc({good, good}, tag) << QStringLiteral("appears twice");
    QTest::newRow("huge") << QByteArray(9 << 20, ' ') << QStringLiteral("8 MiB");
}

void TestRetentionDomain::starterSchedulesAreChecked()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!StarterSchedule::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestRetentionDomain::installingTwiceAddsNothing()
{
    QString error;
    const auto first = installStarterSchedule(*m_ws, StarterSchedule::builtIn(), &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->added, int(StarterSchedule::builtIn().classes.size()));
    QCOMPARE(installedStarterVersion(*m_ws), StarterSchedule::builtIn().version);
    // The organisation edits its copy; installing again leaves it alone.
    const Record payroll = m_ws->records()
                               .list(kinds::retentionClass(), {}, QStringLiteral("activity = ?"),
                                     {QStringLiteral("Payroll and PAYE")})
                               .constFirst();
    QVERIFY(m_ws->records().update(kinds::retentionClass(), payroll.id,
                                   {{f::notes, QStringLiteral("Our own note")}}, &error));
    const auto second = installStarterSchedule(*m_ws, StarterSchedule::builtIn(), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->added, 0);
    QCOMPARE(second->skipped, first->added);
    QCOMPARE(m_ws->records().get(kinds::retentionClass(), payroll.id)->value(f::notes).toString(),
             QStringLiteral("Our own note"));
    QCOMPARE(m_ws->records().list(kinds::retentionClass()).constFirst().ref,
             QStringLiteral("RC-0001"));
    const auto v = audit::verify(m_ws->database());
    QVERIFY2(v.ok, qPrintable(v.reason));
}

void TestRetentionDomain::classesAreValidated()
{
    QVariantMap v{{f::function, QStringLiteral("Planning")},
                  {f::activity, QStringLiteral("Applications")},
                  {f::description, QStringLiteral("Decisions")},
                  {f::periodKind, retentionPeriodKind::permanent},
                  {f::disposalAction, retentionAction::destroy}};
    auto issues = validateRetentionClass(v);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().field, f::disposalAction);
    v.insert(f::disposalAction, retentionAction::transferArchives);
    v.insert(f::periodYears, 3);
    issues = validateRetentionClass(v);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.constFirst().message.contains(QStringLiteral("no period")));
    v.insert(f::periodKind, retentionPeriodKind::fixed);
    v.insert(f::periodYears, 201);
    QCOMPARE(validateRetentionClass(v).constFirst().field, f::periodYears);
    v.insert(f::periodYears, 3);
    v.insert(f::authorityKind, retentionAuthority::guideline);
    QCOMPARE(validateRetentionClass(v).constFirst().field, f::authority);
    v.insert(f::authority, QStringLiteral("IRMS Retention Guidelines for Local Authorities"));
    QVERIFY(validateRetentionClass(v).isEmpty());
    v.insert(f::notes, QString(5000, QLatin1Char('x')));
    QCOMPARE(validateRetentionClass(v).constFirst().field, f::notes);
}

void TestRetentionDomain::periodsInWords()
{
    QCOMPARE(periodText(classValues(6, 0, 0)), QStringLiteral("6 years"));
    QCOMPARE(periodText(classValues(1, 6, 0)), QStringLiteral("1 year 6 months"));
    QCOMPARE(periodText(classValues(0, 0, 31)), QStringLiteral("31 days"));
    QCOMPARE(periodText({{f::periodKind, retentionPeriodKind::permanent}}),
             QStringLiteral("Permanent"));
    QCOMPARE(periodText({{f::periodKind, retentionPeriodKind::untilSuperseded}}),
             QStringLiteral("Until superseded"));
}

void TestRetentionDomain::dueDatesAtMonthEndsAndLeapDays_data()
{
    QTest::addColumn<QDate>("trigger");
    QTest::addColumn<int>("years");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    QTest::newRow("plain") << QDate(2020, 3, 31) << 6 << 0 << 0 << QDate(2026, 3, 31);
    QTest::newRow("31st into a 30-day month")
        << QDate(2025, 1, 31) << 0 << 3 << 0 << QDate(2025, 4, 30);
    QTest::newRow("31st into February") << QDate(2025, 1, 31) << 0 << 1 << 0 << QDate(2025, 2, 28);
    QTest::newRow("31st into a leap February")
        << QDate(2024, 1, 31) << 0 << 1 << 0 << QDate(2024, 2, 29);
    QTest::newRow("leap day plus a year")
        << QDate(2024, 2, 29) << 1 << 0 << 0 << QDate(2025, 2, 28);
    QTest::newRow("leap day plus four years")
        << QDate(2024, 2, 29) << 4 << 0 << 0 << QDate(2028, 2, 29);
    QTest::newRow("leap day, a year and a month")
        << QDate(2024, 2, 29) << 1 << 1 << 0 << QDate(2025, 3, 29);
    QTest::newRow("months then days") << QDate(2025, 1, 31) << 0 << 1 << 1 << QDate(2025, 3, 1);
    QTest::newRow("days over a leap day") << QDate(2024, 2, 28) << 0 << 0 << 2 << QDate(2024, 3, 1);
    QTest::newRow("CCTV 31 days") << QDate(2026, 12, 15) << 0 << 0 << 31 << QDate(2027, 1, 15);
    QTest::newRow("75 years from birth") << QDate(2010, 8, 9) << 75 << 0 << 0 << QDate(2085, 8, 9);
}

void TestRetentionDomain::dueDatesAtMonthEndsAndLeapDays()
{
    QFETCH(QDate, trigger);
    QFETCH(int, years);
    QFETCH(int, months);
    QFETCH(int, days);
    QFETCH(QDate, due);
    QCOMPARE(addRetentionPeriod(trigger, years, months, days), due);
    QCOMPARE(dueDate(trigger, classValues(years, months, days)).value_or(QDate()), due);
    // The planner's SQL says the same.
    const QString statement =
        QStringLiteral("WITH c AS (SELECT ? AS t, ? AS period_years, ? AS period_months, ? AS"
                       " period_days) SELECT ") +
        dueDateSql(QStringLiteral("c.t"), QStringLiteral("c")) + QStringLiteral(" FROM c");
    QString error;
    const QVariant sqlDue = sql::scalar(
        m_ws->database(), statement, {trigger.toString(Qt::ISODate), years, months, days}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sqlDue.toString(), due.toString(Qt::ISODate));
}

void TestRetentionDomain::sqlAgreesWithTheCalendar()
{
    // Every day of 2023-2025 with periods that hit short months and leap years.
    QString error;
    const QString statement =
        QStringLiteral("WITH c AS (SELECT ? AS t, ? AS period_years, ? AS period_months, ? AS"
                       " period_days) SELECT ") +
        dueDateSql(QStringLiteral("c.t"), QStringLiteral("c")) + QStringLiteral(" FROM c");
    const QList<std::array<int, 3>> periods{{0, 1, 0}, {1, 0, 0},  {0, 13, 3},
                                            {6, 0, 0}, {0, 18, 0}, {4, 1, 0}};
    for (QDate d(2023, 1, 1); d <= QDate(2025, 12, 31); d = d.addDays(1)) {
        for (const auto &p : periods) {
            const QDate expected = addRetentionPeriod(d, p[0], p[1], p[2]);
            const QString got = sql::scalar(m_ws->database(), statement,
                                            {d.toString(Qt::ISODate), p[0], p[1], p[2]}, &error)
                                    .toString();
            if (got != expected.toString(Qt::ISODate))
                QFAIL(qPrintable(QStringLiteral("%1 + %2y %3m %4d: SQL %5, QDate %6")
                                     .arg(d.toString(Qt::ISODate))
                                     .arg(p[0])
                                     .arg(p[1])
                                     .arg(p[2])
                                     .arg(got, expected.toString(Qt::ISODate))));
        }
    }
}

void TestRetentionDomain::triggerRules()
{
    const qint64 c = makeClass(1);
    const qint64 id = makeAsset(QStringLiteral("Files"), c, {});
    QString error;
    auto asset = *m_ws->records().get(kinds::asset(), id);
    QVERIFY(!triggerDateOf(asset).isValid());
    QVERIFY(m_ws->records().update(kinds::asset(), id,
                                   {{af::triggerRule, triggerRule::lastReview},
                                    {af::lastReview, QStringLiteral("2024-05-31")},
                                    {af::closedOn, QStringLiteral("2025-01-31")}},
                                   &error));
    asset = *m_ws->records().get(kinds::asset(), id);
    QCOMPARE(triggerDateOf(asset), QDate(2024, 5, 31));
    QVERIFY(m_ws->records().update(kinds::asset(), id, {{af::triggerRule, triggerRule::closed}},
                                   &error));
    asset = *m_ws->records().get(kinds::asset(), id);
    QCOMPARE(triggerDateOf(asset), QDate(2025, 1, 31));
    QVERIFY(m_ws->records().update(kinds::asset(), id, {{af::triggerRule, triggerRule::created}},
                                   &error));
    asset = *m_ws->records().get(kinds::asset(), id);
    QCOMPARE(triggerDateOf(asset), asset.createdAt.toUTC().date());
    // An own trigger date wins over the rule.
    QVERIFY(m_ws->records().update(kinds::asset(), id,
                                   {{af::triggerDate, QStringLiteral("2020-02-29")}}, &error));
    asset = *m_ws->records().get(kinds::asset(), id);
    QCOMPARE(triggerDateOf(asset), QDate(2020, 2, 29));
    const auto due =
        assetDue(asset, m_ws->records().get(kinds::retentionClass(), c), QDate(2026, 1, 1));
    QCOMPARE(due.state, DueState::Overdue);
    QCOMPARE(due.due, QDate(2021, 2, 28));
    QCOMPARE(dueText(due), QStringLiteral("Overdue since 28 February 2021"));
    // The planner computes the rules in SQL the same way.
    PlannerQuery q;
    q.window = PlannerWindow::Overdue;
    q.today = QDate(2026, 1, 1);
    const auto overdue = dueAssets(*m_ws, q, &error);
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.constFirst().due, QDate(2021, 2, 28));
}

void TestRetentionDomain::assetsWithoutATrigger()
{
    const qint64 fixed = makeClass(6);
    const qint64 permanent =
        makeClass(0, 0, 0, retentionPeriodKind::permanent, retentionAction::transferArchives);
    makeAsset(QStringLiteral("Dated"), fixed, QDate(2020, 1, 1));
    const qint64 undated = makeAsset(QStringLiteral("Undated"), fixed, {});
    makeAsset(QStringLiteral("Minutes"), permanent, {});
    QString error;
    const qint64 ruleWithoutDate =
        create(kinds::asset(), {{af::name, QStringLiteral("Closed one day")},
                                {af::retentionClassId, fixed},
                                {af::triggerRule, triggerRule::closed}});
    const auto list = assetsWithoutTrigger(*m_ws, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).assetId, undated);
    QCOMPARE(list.at(1).assetId, ruleWithoutDate);
    QCOMPARE(list.at(1).classRef, QStringLiteral("RC-0001"));
    QVERIFY(!list.at(1).due.isValid());
    // Once the records are closed the period runs.
    QVERIFY(m_ws->records().update(kinds::asset(), ruleWithoutDate,
                                   {{af::closedOn, QStringLiteral("2025-03-31")}}, &error));
    QCOMPARE(assetsWithoutTrigger(*m_ws).size(), 1);
}

void TestRetentionDomain::permanentAndSupersededNeverFallDue()
{
    const qint64 permanent =
        makeClass(0, 0, 0, retentionPeriodKind::permanent, retentionAction::transferArchives);
    const qint64 superseded =
        makeClass(0, 0, 0, retentionPeriodKind::untilSuperseded, retentionAction::review);
    const qint64 a = makeAsset(QStringLiteral("Minutes"), permanent, QDate(1990, 1, 1));
    const qint64 b = makeAsset(QStringLiteral("ROPA"), superseded, QDate(1990, 1, 1));
    const QDate today(2026, 6, 1);
    QCOMPARE(assetDue(*m_ws->records().get(kinds::asset(), a),
                      m_ws->records().get(kinds::retentionClass(), permanent), today)
                 .state,
             DueState::Permanent);
    QCOMPARE(assetDue(*m_ws->records().get(kinds::asset(), b),
                      m_ws->records().get(kinds::retentionClass(), superseded), today)
                 .state,
             DueState::UntilSuperseded);
    for (const PlannerWindow w : {PlannerWindow::Overdue, PlannerWindow::ThisMonth,
                                  PlannerWindow::ThisQuarter, PlannerWindow::ThisYear})
        QVERIFY(dueAssets(*m_ws, {w, today, true}).isEmpty());
    QCOMPARE(dueByMonth(*m_ws, today).size(), 12);
}

void TestRetentionDomain::legalHoldSuspends()
{
    const qint64 c = makeClass(6);
    const qint64 id = makeAsset(QStringLiteral("Complaint files"), c, QDate(2019, 4, 1));
    const QDate today(2026, 5, 10);
    QString error;
    QVERIFY(!placeLegalHold(*m_ws, id, QStringLiteral("  "), &error));
    QVERIFY2(error.contains(QStringLiteral("Say why")), qPrintable(error));
    QVERIFY2(
        placeLegalHold(*m_ws, id, QStringLiteral("Employment tribunal claim 2401234/2026"), &error),
        qPrintable(error));
    const auto due = assetDue(*m_ws->records().get(kinds::asset(), id),
                              m_ws->records().get(kinds::retentionClass(), c), today);
    QCOMPARE(due.state, DueState::OnHold);
    QCOMPARE(due.due, QDate(2025, 4, 1));
    QCOMPARE(dueText(due), QStringLiteral("On legal hold: Employment tribunal claim 2401234/2026"));
    QVERIFY(dueAssets(*m_ws, {PlannerWindow::Overdue, today, false}).isEmpty());
    const auto held = dueAssets(*m_ws, {PlannerWindow::Overdue, today, true});
    QCOMPARE(held.size(), 1);
    QVERIFY(held.constFirst().onHold);
    QCOMPARE(heldAssets(*m_ws).size(), 1);
    QCOMPARE(heldAssets(*m_ws).constFirst().holdReason,
             QStringLiteral("Employment tribunal claim 2401234/2026"));
    QVERIFY2(releaseLegalHold(*m_ws, id, &error), qPrintable(error));
    QCOMPARE(dueAssets(*m_ws, {PlannerWindow::Overdue, today, false}).size(), 1);
    QVERIFY(!releaseLegalHold(*m_ws, id, &error));
    // Both changes are in the asset's history.
    const auto asset = m_ws->records().get(kinds::asset(), id);
    int holdEntries = 0;
    for (const AuditEntry &e : audit::history(m_ws->database(), asset->uuid))
        holdEntries += e.field == af::legalHoldReason ? 1 : 0;
    QCOMPARE(holdEntries, 2);
}

void TestRetentionDomain::plannerWindowsAndOwners()
{
    const qint64 ann = create(kinds::person(), {{personField::name, QStringLiteral("Ann Lee")}});
    const qint64 bob = create(kinds::person(), {{personField::name, QStringLiteral("Bob Ray")}});
    const qint64 c = makeClass(0, 0, 10);
    const QDate today(2026, 5, 10); // Q2 runs to 30 June
    // Due = trigger + 10 days.
    makeAsset(QStringLiteral("Overdue A"), c, today.addDays(-11), bob); // 9 May
    makeAsset(QStringLiteral("Today"), c, today.addDays(-10), ann);     // 10 May
    makeAsset(QStringLiteral("Month end"), c, QDate(2026, 5, 21));      // 31 May
    makeAsset(QStringLiteral("June"), c, QDate(2026, 6, 5), ann);       // 15 June
    makeAsset(QStringLiteral("December"), c, QDate(2026, 12, 1), bob);  // 11 December
    makeAsset(QStringLiteral("Next year"), c, QDate(2026, 12, 31));     // 10 January 2027
    const qint64 disposed = makeAsset(QStringLiteral("Gone"), c, today.addDays(-30), ann);
    QString error;
    QVERIFY(m_ws->records().update(kinds::asset(), disposed,
                                   {{af::status, QStringLiteral("disposed")}}, &error));
    const auto names = [&](PlannerWindow w) {
        QStringList out;
        for (const DueAsset &d : dueAssets(*m_ws, {w, today, false}, &error))
            out << d.assetName;
        return out;
    };
    QCOMPARE(names(PlannerWindow::Overdue), QStringList{QStringLiteral("Overdue A")});
    QCOMPARE(names(PlannerWindow::ThisMonth),
             (QStringList{QStringLiteral("Today"), QStringLiteral("Month end")}));
    QCOMPARE(names(PlannerWindow::ThisQuarter),
             (QStringList{QStringLiteral("Today"), QStringLiteral("Month end"),
                          QStringLiteral("June")}));
    QCOMPARE(names(PlannerWindow::ThisYear).size(), 4);
    QVERIFY(error.isEmpty());

    const auto groups = groupByOwner(dueAssets(*m_ws, {PlannerWindow::ThisYear, today, false}));
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).ownerName, QStringLiteral("Ann Lee"));
    QCOMPARE(groups.at(0).assets.size(), 2);
    QCOMPARE(groups.at(0).assets.at(0).assetName, QStringLiteral("Today"));
    QCOMPARE(groups.at(1).ownerName, QStringLiteral("Bob Ray"));
    QCOMPARE(groups.at(2).ownerName, QStringLiteral("No owner"));
    QCOMPARE(groups.at(2).ownerPersonId, 0);
    QCOMPARE(groups.at(1).assets.constFirst().classRef, QStringLiteral("RC-0001"));
    QCOMPARE(groups.at(1).assets.constFirst().action, retentionAction::destroy);
}

void TestRetentionDomain::monthlyCounts()
{
    const qint64 c = makeClass(1);
    const QDate today(2026, 11, 20);
    makeAsset(QStringLiteral("Overdue"), c, QDate(2025, 11, 1));
    makeAsset(QStringLiteral("November"), c, QDate(2025, 11, 25));
    makeAsset(QStringLiteral("December 1"), c, QDate(2025, 12, 1));
    makeAsset(QStringLiteral("December 2"), c, QDate(2025, 12, 31));
    makeAsset(QStringLiteral("October 2027"), c, QDate(2026, 10, 31));
    makeAsset(QStringLiteral("Too late"), c, QDate(2026, 11, 1));
    int overdue = -1;
    const auto months = dueByMonth(*m_ws, today, 12, &overdue);
    QCOMPARE(overdue, 1);
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.at(0).month, QDate(2026, 11, 1));
    QCOMPARE(months.at(0).count, 1);
    QCOMPARE(months.at(1).count, 2);
    QCOMPARE(months.at(11).month, QDate(2027, 10, 1));
    QCOMPARE(months.at(11).count, 1);
    int total = 0;
    for (const MonthCount &m : months)
        total += m.count;
    QCOMPARE(total, 4);
}

void TestRetentionDomain::disposalWritesTheLogAndMarksTheAsset()
{
    const qint64 c = makeClass(6);
    const qint64 id = makeAsset(QStringLiteral("Invoices 2018-19"), c, QDate(2019, 3, 31));
    DisposalRequest r;
    r.assetId = id;
    r.method = QStringLiteral("Confidential waste contractor (shredding to BS EN 15713)");
    r.disposedOn = QDate(2025, 4, 2);
    r.confirmedBy = QStringLiteral("Priya Shah, Records Manager");
    QString error;
    const auto entry = confirmDisposal(*m_ws, r, &error, QDate(2025, 4, 3));
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->certificate, QStringLiteral("DC-0001"));
    QCOMPARE(entry->assetRef, QStringLiteral("IA-0001"));
    QCOMPARE(entry->assetName, QStringLiteral("Invoices 2018-19"));
    QCOMPARE(entry->classRef, QStringLiteral("RC-0001"));
    const auto asset = m_ws->records().get(kinds::asset(), id);
    QCOMPARE(asset->value(af::status).toString(), QStringLiteral("disposed"));
    const auto log = disposalLog(*m_ws);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.constFirst().disposedOn, QDate(2025, 4, 2));
    QCOMPARE(log.constFirst().recordedBy, m_ws->userName());
    QCOMPARE(disposalByCertificate(*m_ws, QStringLiteral("dc-0001"))->assetId, id);
    // The log entry and the status change are both on the asset's audit trail.
    QStringList fields;
    for (const AuditEntry &e : audit::history(m_ws->database(), asset->uuid))
        fields << e.recordTable + QLatin1Char('.') + e.field;
    QVERIFY2(fields.contains(QStringLiteral("disposal_log.disposal")),
             qPrintable(fields.join(QLatin1Char(' '))));
    QVERIFY(fields.contains(QStringLiteral("assets.status")));
    // The entry outlives the asset's later changes, renames and even its deletion.
    QVERIFY(m_ws->records().update(kinds::asset(), id, {{af::name, QStringLiteral("Renamed")}},
                                   &error));
    QCOMPARE(disposalLog(*m_ws).constFirst().assetName, QStringLiteral("Invoices 2018-19"));
    QVERIFY2(m_ws->records().remove(kinds::asset(), id, &error), qPrintable(error));
    QCOMPARE(disposalLog(*m_ws).size(), 1);
    const auto v = audit::verify(m_ws->database());
    QVERIFY2(v.ok, qPrintable(v.reason));
}

void TestRetentionDomain::disposalLogIsAppendOnly()
{
    const qint64 c = makeClass(1);
    const qint64 id = makeAsset(QStringLiteral("Old files"), c, QDate(2020, 1, 1));
    QString error;
    QVERIFY2(confirmDisposal(*m_ws,
                             {id,
                              retentionAction::destroy,
                              QStringLiteral("Shredding"),
                              QDate(2024, 1, 2),
                              QStringLiteral("A. Officer"),
                              {}},
                             &error),
             qPrintable(error));
    QVERIFY(!sql::exec(m_ws->database(),
                       QStringLiteral("UPDATE disposal_log SET confirmed_by = 'someone else'"), {},
                       &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
    QVERIFY(!sql::exec(m_ws->database(), QStringLiteral("DELETE FROM disposal_log"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
    QCOMPARE(disposalLog(*m_ws).constFirst().confirmedBy, QStringLiteral("A. Officer"));
}

void TestRetentionDomain::certificatesAreNumbered()
{
    const qint64 c = makeClass(1);
    QString error;
    QStringList certificates;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = makeAsset(QStringLiteral("Box %1").arg(i), c, QDate(2020, 1, 1));
        const auto e = confirmDisposal(*m_ws,
                                       {id,
                                        retentionAction::destroy,
                                        QStringLiteral("Shredding"),
                                        QDate(2024, 1, 2),
                                        QStringLiteral("A. Officer"),
                                        {}},
                                       &error);
        QVERIFY2(e, qPrintable(error));
        certificates << e->certificate;
    }
    QCOMPARE(certificates, (QStringList{QStringLiteral("DC-0001"), QStringLiteral("DC-0002"),
                                        QStringLiteral("DC-0003")}));
    QCOMPARE(disposalLog(*m_ws).constFirst().certificate, QStringLiteral("DC-0003"));
    // A refused disposal takes no number.
    const qint64 held = makeAsset(QStringLiteral("Held"), c, QDate(2020, 1, 1));
    QVERIFY(placeLegalHold(*m_ws, held, QStringLiteral("Inquiry"), &error));
    QVERIFY(!confirmDisposal(*m_ws,
                             {held,
                              retentionAction::destroy,
                              QStringLiteral("Shredding"),
                              QDate(2024, 1, 2),
                              QStringLiteral("A. Officer"),
                              {}},
                             &error));
    const qint64 next = makeAsset(QStringLiteral("Next"), c, QDate(2020, 1, 1));
    QCOMPARE(confirmDisposal(*m_ws,
                             {next,
                              retentionAction::destroy,
                              QStringLiteral("Shredding"),
                              QDate(2024, 1, 2),
                              QStringLiteral("A. Officer"),
                              {}},
                             &error)
                 ->certificate,
             QStringLiteral("DC-0004"));
}

void TestRetentionDomain::disposalIsRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("message");
    QTest::newRow("legal hold") << QStringLiteral("hold")
                                << QStringLiteral("on legal hold (FOI appeal");
    QTest::newRow("already disposed")
        << QStringLiteral("twice") << QStringLiteral("already disposed of on");
    QTest::newRow("no class") << QStringLiteral("noclass") << QStringLiteral("no retention class");
    QTest::newRow("permanent") << QStringLiteral("permanent")
                               << QStringLiteral("keeps the records permanently");
    QTest::newRow("wrong action") << QStringLiteral("transfer") << QStringLiteral("says");
    QTest::newRow("future") << QStringLiteral("future") << QStringLiteral("is in the future");
    QTest::newRow("early") << QStringLiteral("early") << QStringLiteral("not due until");
    QTest::newRow("no method") << QStringLiteral("nomethod") << QStringLiteral("the method");
    QTest::newRow("no confirmer") << QStringLiteral("noconfirmer")
                                  << QStringLiteral("who confirmed");
}

void TestRetentionDomain::disposalIsRefused()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    const qint64 c = makeClass(1);
    const qint64 permanent =
        makeClass(0, 0, 0, retentionPeriodKind::permanent, retentionAction::transferArchives);
    const QDate today(2026, 3, 1);
    qint64 id = makeAsset(QStringLiteral("Files"),
                          setup == QLatin1String("permanent") ? permanent : c, QDate(2024, 1, 1));
    DisposalRequest r{id,
                      retentionAction::destroy,
                      QStringLiteral("Shredding"),
                      QDate(2026, 2, 1),
                      QStringLiteral("A. Officer"),
                      {}};
    QString error;
    if (setup == QLatin1String("hold"))
        QVERIFY(placeLegalHold(*m_ws, id, QStringLiteral("FOI appeal EA/2026/0001"), &error));
    if (setup == QLatin1String("twice"))
        QVERIFY2(confirmDisposal(*m_ws, r, &error, today), qPrintable(error));
    if (setup == QLatin1String("noclass"))
        QVERIFY(m_ws->records().update(kinds::asset(), id, {{af::retentionClassId, QVariant()}},
                                       &error));
    if (setup == QLatin1String("transfer"))
        r.action = retentionAction::transferArchives;
    if (setup == QLatin1String("future"))
        r.disposedOn = today.addDays(1);
    if (setup == QLatin1String("early"))
        r.disposedOn = QDate(2024, 6, 1);
    if (setup == QLatin1String("nomethod"))
        r.method = QStringLiteral(" ");
    if (setup == QLatin1String("noconfirmer"))
        r.confirmedBy.clear();
    const qint64 before = disposalLog(*m_ws).size();
    QVERIFY(!confirmDisposal(*m_ws, r, &error, today));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("IA-0001 Files cannot be disposed of")),
             qPrintable(error));
    QCOMPARE(disposalLog(*m_ws).size(), before);
    if (setup != QLatin1String("twice"))
        QCOMPARE(m_ws->records().get(kinds::asset(), id)->value(af::status).toString(),
                 QStringLiteral("live"));
    // An early disposal goes through once the reason is given.
    if (setup == QLatin1String("early")) {
        r.notes = QStringLiteral("Duplicates of the ledger, destroyed with the owner's agreement");
        QVERIFY2(confirmDisposal(*m_ws, r, &error, today), qPrintable(error));
    }
}

void TestRetentionDomain::legalHoldNeedsAReason()
{
    QString error;
    QVERIFY(!placeLegalHold(*m_ws, 999, QStringLiteral("x"), &error));
    QVERIFY(error.contains(QStringLiteral("no information asset")));
    const qint64 id = makeAsset(QStringLiteral("Files"), makeClass(1), QDate(2024, 1, 1));
    QVERIFY(!placeLegalHold(*m_ws, id, QString(5000, QLatin1Char('x')), &error));
    QVERIFY(error.contains(QStringLiteral("longer than")));
}

void TestRetentionDomain::assetRetentionFieldsAreValidated()
{
    const auto fieldsOf = [](const QVariantMap &v) {
        QStringList out;
        for (const ValidationIssue &i : validateAsset(v))
            if (i.severity == ValidationIssue::Severity::Error)
                out << i.field;
        return out;
    };
    const QVariantMap good{{af::name, QStringLiteral("Files")},
                           {af::triggerDate, QStringLiteral("2024-02-29")},
                           {af::closedOn, QStringLiteral("2024-03-31")},
                           {af::triggerRule, triggerRule::closed},
                           {af::legalHold, 1},
                           {af::legalHoldReason, QStringLiteral("Inquiry")}};
    QVERIFY(fieldsOf(good).isEmpty());
    QVariantMap bad = good;
    bad.insert(af::triggerDate, QStringLiteral("31/02/2024"));
    bad.insert(af::closedOn, QStringLiteral("soon"));
    bad.insert(af::triggerRule, QStringLiteral("whenever"));
    bad.insert(af::legalHoldReason, QStringLiteral(" "));
    QCOMPARE(fieldsOf(bad),
             (QStringList{af::triggerDate, af::closedOn, af::triggerRule, af::legalHoldReason}));
}

void TestRetentionDomain::flags()
{
    const qint64 used = makeClass(6);
    makeClass(3); // nothing uses it
    const qint64 permanent =
        create(kinds::retentionClass(), {{f::function, QStringLiteral("Archives")},
                                         {f::activity, QStringLiteral("Boxes")},
                                         {f::description, QStringLiteral("Boxes")},
                                         {f::periodKind, retentionPeriodKind::permanent},
                                         {f::disposalAction, retentionAction::retainPermanently},
                                         {f::authorityKind, retentionAuthority::businessNeed}});
    const qint64 cited =
        create(kinds::retentionClass(),
               {{f::function, QStringLiteral("Democratic services")},
                {f::activity, QStringLiteral("Minutes")},
                {f::description, QStringLiteral("Minutes")},
                {f::periodKind, retentionPeriodKind::permanent},
                {f::disposalAction, retentionAction::transferArchives},
                {f::authorityKind, retentionAuthority::statute},
                {f::authority, QStringLiteral("Local Government Act 1972 s.228")}});
    makeAsset(QStringLiteral("Ledger"), used, QDate(2024, 1, 1));
    makeAsset(QStringLiteral("Boxes of case files"), permanent, {});
    makeAsset(QStringLiteral("Minutes"), cited, {});
    const qint64 unclassed = create(kinds::asset(), {{af::name, QStringLiteral("Shared drive")}});
    const qint64 gone = create(kinds::asset(), {{af::name, QStringLiteral("Old drive")},
                                                {af::status, QStringLiteral("disposed")}});
    Q_UNUSED(gone)
    // A class used only by a processing activity is in use.
    const qint64 activityClass = makeClass(2);
    create(kinds::activity(), {{activityField::role, QStringLiteral("controller")},
                               {activityField::name, QStringLiteral("Payroll")},
                               {activityField::retentionClassId, activityClass}});
    QString error;
    const RetentionFlags flags = retentionFlags(*m_ws, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(flags.unusedClasses.size(), 1);
    QCOMPARE(flags.unusedClasses.constFirst().ref, QStringLiteral("RC-0002"));
    QCOMPARE(flags.assetsWithoutClass.size(), 1);
    QCOMPARE(flags.assetsWithoutClass.constFirst().id, unclassed);
    QCOMPARE(flags.permanentWithoutAuthority.size(), 1);
    QCOMPARE(flags.permanentWithoutAuthority.constFirst().name,
             QStringLiteral("Boxes of case files"));
    QVERIFY(flags.permanentWithoutAuthority.constFirst().detail.contains(
        QStringLiteral("Art. 5(1)(e)")));
    QCOMPARE(flags.total(), 3);
    // A class in use cannot be deleted.
    QVERIFY(!m_ws->records().remove(kinds::retentionClass(), used, &error));
}

void TestRetentionDomain::treeBySearch()
{
    QString error;
    QVERIFY(installStarterSchedule(*m_ws, StarterSchedule::builtIn(), &error));
    const auto tree = scheduleTree(*m_ws);
    QVERIFY(tree.size() >= 16);
    for (int i = 1; i < tree.size(); ++i)
        QVERIFY(tree.at(i - 1).name.compare(tree.at(i).name, Qt::CaseInsensitive) < 0);
    int classes = 0;
    for (const ScheduleFunction &fn : tree)
        for (const ScheduleActivity &a : fn.activities)
            classes += int(a.classes.size());
    QCOMPARE(classes, int(StarterSchedule::builtIn().classes.size()));
    const auto limitation = scheduleTree(*m_ws, QStringLiteral("limitation s.8"));
    QCOMPARE(limitation.size(), 1);
    QCOMPARE(limitation.constFirst().name, QStringLiteral("Contracts and procurement"));
    QCOMPARE(limitation.constFirst().activities.constFirst().name,
             QStringLiteral("Contracts executed as deeds"));
    const auto lac = scheduleTree(*m_ws, QStringLiteral("LOOKED after"));
    QCOMPARE(lac.size(), 1);
    QCOMPARE(lac.constFirst().activities.size(), 1);
    QVERIFY(scheduleTree(*m_ws, QStringLiteral("nothing matches this")).isEmpty());
}

void TestRetentionDomain::demo()
{
    QString error;
    const QDate today(2026, 12, 3);
    QVERIFY2(addDemoDirectory(*m_ws, &error) && addDemoRegister(*m_ws, &error) &&
                 addDemoRopa(*m_ws, &error),
             qPrintable(error));
    QVERIFY2(addDemoRetention(*m_ws, &error, today), qPrintable(error));
    QVERIFY(m_ws->records().count(kinds::retentionClass()) > 40);
    const auto overdue = dueAssets(*m_ws, {PlannerWindow::Overdue, today, false});
    const auto month = dueAssets(*m_ws, {PlannerWindow::ThisMonth, today, false});
    const auto quarter = dueAssets(*m_ws, {PlannerWindow::ThisQuarter, today, false});
    QVERIFY(!overdue.isEmpty());
    QVERIFY(!month.isEmpty());
    QVERIFY(quarter.size() >= month.size());
    QCOMPARE(heldAssets(*m_ws).size(), 1);
    QVERIFY(heldAssets(*m_ws).constFirst().holdReason.contains(QStringLiteral("Ombudsman")));
    const auto log = disposalLog(*m_ws);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.constLast().certificate, QStringLiteral("DC-0001"));
    const RetentionFlags flags = retentionFlags(*m_ws);
    QVERIFY(!flags.unusedClasses.isEmpty());
    QVERIFY(!flags.assetsWithoutClass.isEmpty());
    QVERIFY(!flags.permanentWithoutAuthority.isEmpty());
    // Every activity with a classed asset has a class.
    int classed = 0;
    for (const Record &a : m_ws->records().list(kinds::activity()))
        classed += a.value(activityField::retentionClassId).toLongLong() > 0 ? 1 : 0;
    QVERIFY(classed > 10);
    const auto v = audit::verify(m_ws->database());
    QVERIFY2(v.ok, qPrintable(v.reason));
}

QTEST_GUILESS_MAIN(TestRetentionDomain)
#include "tst_retentiondomain.moc"
