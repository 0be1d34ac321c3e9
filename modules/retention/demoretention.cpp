#include "retention/demoretention.h"

#include "register/assets.h"
#include "retention/disposal.h"
#include "retention/duedates.h"
#include "retention/planner.h"
#include "retention/retentionclasses.h"
#include "retention/retentiontr.h"
#include "retention/starterschedule.h"
#include "ropa/activities.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QHash>

namespace igw {

namespace {

namespace a = assetField;
namespace f = retentionField;

// Demo asset names (as the demo register spells them, before any " — ..." or " (...)"
// variant suffix) and the function / activity of the starter class that describes them.
struct ClassFor {
    const char *asset;
    const char *function;
    const char *activity;
};

const ClassFor Classes[] = {
    {"Council tax accounts", "Council tax", "Council tax accounts"},
    {"Housing Benefit claims", "Benefits", "Housing Benefit claims"},
    {"Council Tax Reduction scheme", "Council tax", "Discounts, exemptions and reductions"},
    {"Business rates accounts", "Business rates", "Business rates accounts"},
    {"Discretionary Housing Payments", "Benefits", "Housing Benefit claims"},
    {"Recovery and enforcement case files", "Council tax", "Recovery and enforcement"},
    {"Children's social care case records", "Children's social care",
     "Child protection and children in need"},
    {"Child protection conference minutes", "Children's social care",
     "Child protection and children in need"},
    {"Looked after children files", "Children's social care", "Looked after children"},
    {"Early help records", "Children's social care", "Early help"},
    {"Adoption case files", "Children's social care", "Adoption"},
    {"Adult social care case records", "Adult social care", "Assessment and support planning"},
    {"Safeguarding adults enquiries", "Adult social care", "Safeguarding adults"},
    {"Financial assessments", "Adult social care", "Financial assessments"},
    {"Deprivation of Liberty Safeguards files", "Adult social care",
     "Deprivation of Liberty Safeguards"},
    {"Carers' assessments", "Adult social care", "Assessment and support planning"},
    {"Housing register", "Housing", "Housing register"},
    {"Homelessness case files", "Housing", "Homelessness"},
    {"Temporary accommodation bookings", "Housing", "Homelessness"},
    {"Disabled facilities grants", "Housing", "Disabled facilities grants"},
    {"Personnel files", "Human resources", "Personnel files"},
    {"Payroll", "Payroll", "Payroll and PAYE"},
    {"Recruitment files", "Human resources", "Recruitment"},
    {"Occupational health referrals", "Human resources", "Occupational health"},
    {"Disciplinary and grievance cases", "Human resources", "Disciplinary and grievance"},
    {"Electoral register", "Electoral registration", "Electoral registers"},
    {"Postal vote records", "Electoral registration", "Elections"},
    {"Canvass responses", "Electoral registration", "Registration applications"},
    {"Planning applications", "Planning", "Planning applications"},
    {"Planning enforcement cases", "Planning", "Planning enforcement"},
    {"Building control records", "Planning", "Building control"},
    {"CCTV footage", "Community safety", "CCTV"},
    {"Information requests log", "Information governance",
     "Freedom of information and EIR requests"},
    {"Data breach log", "Information governance", "Personal data breaches"},
    {"Records centre boxes", "Information governance", "Records centre"},
    {"Complaints records", "Complaints", "Corporate complaints"},
    {"Councillors' register of interests", "Democratic services", "Members' interests"},
    {"Procurement and contracts register", "Contracts and procurement", "Contracts under hand"},
};

// The base name an asset's name starts with (the longest that fits), or nullptr.
const ClassFor *classFor(const QString &assetName)
{
    const ClassFor *best = nullptr;
    for (const ClassFor &c : Classes) {
        const QString base = QString::fromUtf8(c.asset);
        if (assetName.startsWith(base) && (!best || base.size() > qsizetype(qstrlen(best->asset))))
            best = &c;
    }
    return best;
}

QString key(const QString &function, const QString &activity)
{
    return function.toLower() + QLatin1Char('/') + activity.toLower();
}

// A trigger date whose due date under `c` falls on `target` or as near before it as month
// ends allow.
QDate triggerFor(const Record &c, const QDate &target)
{
    const int months = 12 * c.value(f::periodYears).toInt() + c.value(f::periodMonths).toInt();
    const int days = c.value(f::periodDays).toInt();
    QDate trigger = target.addDays(-days).addMonths(-months);
    for (int i = 0; i < 5 && addRetentionPeriod(trigger, 0, months, days) > target; ++i)
        trigger = trigger.addDays(-1);
    return trigger;
}

} // namespace

bool addDemoRetention(Workspace &workspace, QString *error, const QDate &today)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    RecordStore &store = workspace.records();
    if (!installStarterSchedule(workspace, StarterSchedule::builtIn(), error))
        return false;
    // The council's own class, kept permanently on business need alone: a flag to fix.
    if (!store.create(kinds::retentionClass(),
                      {{f::function, QStringLiteral("Information governance")},
                       {f::activity, QStringLiteral("Records centre")},
                       {f::description, QStringLiteral("Boxed records held off-site awaiting "
                                                       "appraisal")},
                       {f::triggerEvent, QStringLiteral("Date the box was deposited")},
                       {f::periodKind, retentionPeriodKind::permanent},
                       {f::disposalAction, retentionAction::retainPermanently},
                       {f::authorityKind, retentionAuthority::businessNeed},
                       {f::notes, QStringLiteral("Added by the records manager; to be appraised "
                                                 "box by box.")}},
                      error))
        return false;
    QHash<QString, Record> classes;
    for (const Record &c : store.list(kinds::retentionClass()))
        classes.insert(key(c.value(f::function).toString(), c.value(f::activity).toString()), c);

    // Targets for the closed records, in turn: overdue, this month, this quarter, later this
    // year, in later years.
    const auto [monthStart, monthEnd] = windowDates(PlannerWindow::ThisMonth, today);
    const auto [quarterStart, quarterEnd] = windowDates(PlannerWindow::ThisQuarter, today);
    const QList<QDate> targets{today.addDays(-45), monthEnd, quarterEnd,
                               QDate(today.year(), 12, 31).addDays(-10),
                               today.addYears(2).addDays(17)};
    Q_UNUSED(monthStart)
    Q_UNUSED(quarterStart)
    int paperTurn = 0;
    int legacyTurn = 0;
    qint64 heldAsset = 0;
    QList<qint64> toDispose;
    QHash<qint64, qint64> classOfAsset;
    for (const Record &asset : store.list(kinds::asset(), QStringLiteral("name"))) {
        const QString name = asset.title(kinds::asset());
        const ClassFor *cf = classFor(name);
        if (!cf)
            continue; // the ICT systems: "assets without a class"
        const auto c = classes.constFind(
            key(QString::fromUtf8(cf->function), QString::fromUtf8(cf->activity)));
        if (c == classes.constEnd()) {
            if (error)
                *error = RetentionTr::tr("The demo schedule has no class %1 / %2.")
                             .arg(QString::fromUtf8(cf->function), QString::fromUtf8(cf->activity));
            return false;
        }
        classOfAsset.insert(asset.id, c->id);
        QVariantMap changes{{a::retentionClassId, c->id}, {a::triggerRule, triggerRule::closed}};
        const bool fixed = c->value(f::periodKind).toString() == retentionPeriodKind::fixed;
        const bool paper = name.endsWith(QStringLiteral("paper files before 2015"));
        const bool legacy = name.endsWith(QStringLiteral("(legacy system, read-only)"));
        if (fixed && paper) {
            const QDate target = targets.at(paperTurn++ % targets.size());
            changes.insert(a::closedOn, triggerFor(*c, target).toString(Qt::ISODate));
            if (heldAsset == 0 && name.startsWith(QStringLiteral("Safeguarding adults"))) {
                changes.insert(a::closedOn,
                               triggerFor(*c, today.addDays(-70)).toString(Qt::ISODate));
                changes.insert(a::legalHold, 1);
                changes.insert(a::legalHoldReason,
                               QStringLiteral("Local Government and Social Care Ombudsman "
                                              "investigation of a complaint about a safeguarding "
                                              "enquiry (ref. 25 004 118): keep until it closes"));
                heldAsset = asset.id;
            }
        } else if (fixed && legacy) {
            const int turn = legacyTurn++;
            changes.remove(a::triggerRule);
            const bool destroyed =
                c->value(f::disposalAction).toString() == retentionAction::destroy &&
                toDispose.size() < 3 && turn % 4 == 1;
            const QDate target =
                destroyed ? today.addDays(-400) : targets.at(turn % 3 == 0 ? 0 : 4);
            changes.insert(a::triggerDate, triggerFor(*c, target).toString(Qt::ISODate));
            if (destroyed)
                toDispose << asset.id;
        }
        if (!store.update(kinds::asset(), asset.id, changes, error))
            return false;
    }
    // Processing activities take the class of their first linked asset that has one.
    for (const Record &activity : store.list(kinds::activity())) {
        for (const qint64 assetId : linkIds(activity.value(activityField::assetIds))) {
            if (const qint64 classId = classOfAsset.value(assetId)) {
                if (!store.update(kinds::activity(), activity.id,
                                  {{activityField::retentionClassId, classId}}, error))
                    return false;
                break;
            }
        }
    }
    // Disposals already made, with their certificates.
    const QStringList confirmers{QStringLiteral("Priya Shah, Records Manager"),
                                 QStringLiteral("Tom Okafor, Head of ICT Operations"),
                                 QStringLiteral("Priya Shah, Records Manager")};
    for (int i = 0; i < toDispose.size(); ++i) {
        DisposalRequest r;
        r.assetId = toDispose.at(i);
        r.action = retentionAction::destroy;
        r.method = i == 1 ? RetentionTr::tr("Secure deletion from the system and its backups")
                          : RetentionTr::tr("Destruction of the media with a certificate from "
                                            "the contractor");
        r.disposedOn = today.addDays(-90 + 20 * i);
        r.confirmedBy = confirmers.at(i);
        r.notes = QStringLiteral("Server decommissioned; the data was migrated to the current "
                                 "system before destruction.");
        if (!confirmDisposal(workspace, r, error, today))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

} // namespace igw
