#include "retention/planner.h"

#include "retention/duedates.h"
#include "retention/retentionclasses.h"
#include "retention/retentiontr.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace igw {

namespace {

// Live assets with a fixed-period class, a trigger and a period, with their due dates: the
// planner's source as CTE "d". Its one bind says whether assets on hold are included.
QString dueSql()
{
    // The due date needs the class's period columns, which t carries under their own names.
    const QString due = dueDateSql(QStringLiteral("t.trig"), QStringLiteral("t"));
    return QStringLiteral(
               "WITH t AS (SELECT a.id, a.ref, a.name, a.owner_person_id, a.legal_hold,"
               " a.legal_hold_reason, c.id AS class_id, c.ref AS class_ref,"
               " c.function, c.activity, c.disposal_action, c.period_years, c.period_months,"
               " c.period_days, %1 AS trig"
               " FROM assets a JOIN retention_classes c ON c.id = a.retention_class_id"
               " WHERE c.period_kind = 'fixed' AND ifnull(a.status, '') <> 'disposed'"
               " AND (ifnull(a.legal_hold, 0) = 0 OR ?)),"
               " d AS (SELECT t.*, %2 AS due FROM t WHERE t.trig IS NOT NULL"
               " AND (ifnull(t.period_years, 0) + ifnull(t.period_months, 0)"
               "      + ifnull(t.period_days, 0)) > 0)")
        .arg(triggerDateSql(QStringLiteral("a")), due);
}

DueAsset fromRow(const QSqlQuery &q)
{
    DueAsset d;
    d.assetId = q.value(0).toLongLong();
    d.assetRef = q.value(1).toString();
    d.assetName = q.value(2).toString();
    d.ownerPersonId = q.value(3).toLongLong();
    d.ownerName = q.value(4).toString();
    d.onHold = q.value(5).toInt() == 1;
    d.holdReason = q.value(6).toString();
    d.classId = q.value(7).toLongLong();
    d.classRef = q.value(8).toString();
    d.classFunction = q.value(9).toString();
    d.classActivity = q.value(10).toString();
    d.action = q.value(11).toString();
    d.trigger = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    d.due = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    return d;
}

const QString selectColumns = QStringLiteral(
    "SELECT d.id, d.ref, d.name, d.owner_person_id, p.name, d.legal_hold, d.legal_hold_reason,"
    " d.class_id, d.class_ref, d.function, d.activity, d.disposal_action, d.trig, d.due"
    " FROM d LEFT JOIN people p ON p.id = d.owner_person_id");

} // namespace

std::pair<QDate, QDate> windowDates(PlannerWindow window, const QDate &today)
{
    switch (window) {
    case PlannerWindow::Overdue:
        return {QDate(), today.addDays(-1)};
    case PlannerWindow::ThisMonth:
        return {today, QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1)};
    case PlannerWindow::ThisQuarter: {
        const int firstMonth = (today.month() - 1) / 3 * 3 + 1;
        return {today, QDate(today.year(), firstMonth, 1).addMonths(3).addDays(-1)};
    }
    case PlannerWindow::ThisYear:
        return {today, QDate(today.year(), 12, 31)};
    }
    return {};
}

QList<DueAsset> dueAssets(Workspace &workspace, const PlannerQuery &query, QString *error)
{
    const auto [from, to] = windowDates(query.window, query.today);
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    const QString where = from.isValid() ? QStringLiteral(" WHERE d.due BETWEEN ? AND ?")
                                         : QStringLiteral(" WHERE d.due <= ?");
    QVariantList binds{query.includeHeld ? 1 : 0};
    if (from.isValid())
        binds << from.toString(Qt::ISODate);
    binds << to.toString(Qt::ISODate);
    QList<DueAsset> out;
    if (!sql::exec(q, dueSql() + selectColumns + where + QStringLiteral(" ORDER BY d.due, d.ref"),
                   binds, error))
        return out;
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    return out;
}

QList<DueAsset> heldAssets(Workspace &workspace, QString *error)
{
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    const QString due = dueDateSql(QStringLiteral("t.trig"), QStringLiteral("t"));
    const QString statement =
        QStringLiteral(
            "WITH t AS (SELECT a.id, a.ref, a.name, a.owner_person_id, a.legal_hold,"
            " a.legal_hold_reason, c.id AS class_id, c.ref AS class_ref, c.function,"
            " c.activity, c.disposal_action, c.period_kind, c.period_years, c.period_months,"
            " c.period_days, %1 AS trig FROM assets a JOIN retention_classes c"
            " ON c.id = a.retention_class_id WHERE a.legal_hold = 1"
            " AND ifnull(a.status, '') <> 'disposed'),"
            " d AS (SELECT t.*, CASE WHEN t.period_kind = 'fixed' AND t.trig IS NOT NULL"
            " THEN %2 END AS due FROM t) ")
            .arg(triggerDateSql(QStringLiteral("a")), due) +
        selectColumns + QStringLiteral(" ORDER BY d.ref");
    QList<DueAsset> out;
    if (!sql::exec(q, statement, {}, error))
        return out;
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    return out;
}

QList<DueAsset> assetsWithoutTrigger(Workspace &workspace, QString *error)
{
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    const QString statement =
        QStringLiteral("WITH d AS (SELECT a.id, a.ref, a.name, a.owner_person_id, a.legal_hold,"
                       " a.legal_hold_reason, c.id AS class_id, c.ref AS class_ref, c.function,"
                       " c.activity, c.disposal_action, NULL AS trig, NULL AS due FROM assets a"
                       " JOIN retention_classes c ON c.id = a.retention_class_id"
                       " WHERE c.period_kind = 'fixed' AND ifnull(a.status, '') <> 'disposed'"
                       " AND %1 IS NULL) ")
            .arg(triggerDateSql(QStringLiteral("a"))) +
        selectColumns + QStringLiteral(" ORDER BY d.ref");
    QList<DueAsset> out;
    if (!sql::exec(q, statement, {}, error))
        return out;
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    return out;
}

QList<OwnerGroup> groupByOwner(const QList<DueAsset> &assets)
{
    QHash<qint64, int> index;
    QList<OwnerGroup> groups;
    for (const DueAsset &a : assets) {
        auto it = index.find(a.ownerPersonId);
        if (it == index.end()) {
            OwnerGroup g;
            g.ownerPersonId = a.ownerPersonId;
            g.ownerName = a.ownerPersonId == 0 || a.ownerName.isEmpty()
                              ? RetentionTr::tr("No owner")
                              : a.ownerName;
            it = index.insert(a.ownerPersonId, groups.size());
            groups.append(g);
        }
        groups[*it].assets.append(a);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const OwnerGroup &x, const OwnerGroup &y) {
        if ((x.ownerPersonId == 0) != (y.ownerPersonId == 0))
            return y.ownerPersonId == 0;
        return x.ownerName.compare(y.ownerName, Qt::CaseInsensitive) < 0;
    });
    return groups;
}

QList<MonthCount> dueByMonth(Workspace &workspace, const QDate &today, int months, int *overdue,
                             QString *error)
{
    QList<MonthCount> out;
    const QDate first(today.year(), today.month(), 1);
    for (int i = 0; i < months; ++i)
        out.append({first.addMonths(i), 0});
    const QDate last = first.addMonths(months).addDays(-1);
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   dueSql() + QStringLiteral(" SELECT substr(d.due, 1, 7), count(*) FROM d"
                                             " WHERE d.due BETWEEN ? AND ? GROUP BY 1"),
                   {0, today.toString(Qt::ISODate), last.toString(Qt::ISODate)}, error))
        return out;
    QMap<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    for (MonthCount &m : out)
        m.count = counts.value(m.month.toString(QStringLiteral("yyyy-MM")));
    if (overdue) {
        *overdue = sql::scalar(workspace.database(),
                               dueSql() + QStringLiteral(" SELECT count(*) FROM d WHERE d.due < ?"),
                               {0, today.toString(Qt::ISODate)}, error)
                       .toInt();
    }
    return out;
}

} // namespace igw
