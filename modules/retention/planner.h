#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace igw {

class Workspace;

// One asset whose retention period ends (or has ended), as the disposal planner lists it.
struct DueAsset {
    qint64 assetId = 0;
    QString assetRef;
    QString assetName;
    qint64 ownerPersonId = 0; // the Information Asset Owner; 0: none
    QString ownerName;        // empty: none
    qint64 classId = 0;
    QString classRef;
    QString classFunction;
    QString classActivity;
    QString action; // the class's disposal action (disposalAction key)
    QDate trigger;
    QDate due;
    bool onHold = false;
    QString holdReason;
};

// The planner's windows, counted from `today`. Overdue: due before today. The others run
// from today to the end of the calendar month, quarter or year that holds today.
enum class PlannerWindow { Overdue, ThisMonth, ThisQuarter, ThisYear };

// The first and last day of a window (Overdue: an invalid first day, then yesterday).
std::pair<QDate, QDate> windowDates(PlannerWindow window, const QDate &today);

struct PlannerQuery {
    PlannerWindow window = PlannerWindow::ThisMonth;
    QDate today = QDate::currentDate();
    // Assets on legal hold are left out (they are not due while held) unless asked for; they
    // come back with onHold set.
    bool includeHeld = false;
};

// Live assets of a fixed-period class whose due date falls in the window, by due date then
// reference. Disposed assets never appear. Computed in one SQL statement (due dates as
// dueDateSql()). A database error gives an empty list and sets *error.
QList<DueAsset> dueAssets(Workspace &workspace, const PlannerQuery &query,
                          QString *error = nullptr);

// Every live asset on legal hold with a class, with the date it would be due (invalid for
// permanent classes or without a trigger), by reference.
QList<DueAsset> heldAssets(Workspace &workspace, QString *error = nullptr);

// Live assets whose class has a fixed period but no date to start it from (no trigger date,
// and no trigger rule, or a rule naming a date the asset does not have): they never fall due
// and so never reach the planner. By reference; `trigger` and `due` are invalid.
QList<DueAsset> assetsWithoutTrigger(Workspace &workspace, QString *error = nullptr);

struct OwnerGroup {
    qint64 ownerPersonId = 0; // 0: no owner
    QString ownerName;        // "No owner" (translated) for 0
    QList<DueAsset> assets;
};
// Groups planner rows by Information Asset Owner: owners by name, "No owner" last; each
// group keeps the rows' order.
QList<OwnerGroup> groupByOwner(const QList<DueAsset> &assets);

struct MonthCount {
    QDate month; // the first day of the month
    int count = 0;
};
// Disposals falling due in each of the `months` calendar months from today's month (the
// first one counting from today), for a chart; held assets are not counted. `overdue`, when
// given, receives the number already overdue.
QList<MonthCount> dueByMonth(Workspace &workspace, const QDate &today, int months = 12,
                             int *overdue = nullptr, QString *error = nullptr);

} // namespace igw
