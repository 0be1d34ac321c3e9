// The disposal planner at a large authority's scale: 100,000 assets over 400 retention
// classes, the due dates computed in SQL for each window and the 12-month chart, against raw
// SQL in the same run (SQLite counting the same join with no date arithmetic, and a plain read
// of the same rows), and against reading every asset and class through RecordStore and
// computing the due dates in C++.
//   bench_retention [ASSETS] [CLASSES]   (default 100000 assets, 400 classes)
#include "register/assets.h"
#include "retention/duedates.h"
#include "retention/planner.h"
#include "retention/retentionclasses.h"
#include "workspace/bulkcreator.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace igw;

namespace {

template <typename F> double ms(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

bool fill(Workspace &ws, int assets, int classes, const QDate &today)
{
    namespace f = retentionField;
    QString error;
    WriteTransaction tx(ws);
    QRandomGenerator rng(11);
    BulkCreator classCreator(ws, kinds::retentionClass());
    if (!classCreator.start(&error))
        return false;
    QList<qint64> ids;
    for (int i = 0; i < classes; ++i) {
        QVariantMap v{{f::function, QStringLiteral("Function %1").arg(i % 20)},
                      {f::activity, QStringLiteral("Activity %1").arg(i)},
                      {f::description, QStringLiteral("Records %1").arg(i)},
                      {f::disposalAction, retentionAction::destroy},
                      {f::authorityKind, retentionAuthority::businessNeed}};
        if (i % 25 == 0) {
            v.insert(f::periodKind, retentionPeriodKind::permanent);
            v.insert(f::disposalAction, retentionAction::transferArchives);
        } else if (i % 3 == 0) {
            v.insert(f::periodMonths, 1 + int(rng.bounded(36)));
        } else {
            v.insert(f::periodYears, 1 + int(rng.bounded(12)));
        }
        const qint64 id = classCreator.add(v, {}, &error);
        if (id == 0)
            return false;
        ids << id;
    }
    if (!classCreator.finish(&error))
        return false;
    BulkCreator assetCreator(ws, kinds::asset());
    if (!assetCreator.start(&error))
        return false;
    for (int i = 0; i < assets; ++i) {
        QVariantMap v{{assetField::name, QStringLiteral("Asset %1").arg(i)},
                      {assetField::retentionClassId, ids.at(int(rng.bounded(classes)))},
                      {assetField::containsPersonalData, 1}};
        // Trigger dates over the last 15 years; one in ten by rule, one in fifty on hold.
        const QDate trigger = today.addDays(-int(rng.bounded(15 * 365)));
        if (i % 10 == 0) {
            v.insert(assetField::triggerRule, triggerRule::lastReview);
            v.insert(assetField::lastReview, trigger.toString(Qt::ISODate));
        } else {
            v.insert(assetField::triggerDate, trigger.toString(Qt::ISODate));
        }
        if (i % 50 == 0) {
            v.insert(assetField::legalHold, 1);
            v.insert(assetField::legalHoldReason, QStringLiteral("Claim"));
        }
        if (i % 40 == 0)
            v.insert(assetField::status, QStringLiteral("disposed"));
        if (!assetCreator.add(v, {}, &error))
            return false;
    }
    if (!assetCreator.finish(&error))
        return false;
    return tx.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int assets = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int classes = argc > 2 ? std::atoi(argv[2]) : 400;
    const QDate today(2026, 12, 3);
    QTemporaryDir dir;
    OpenOptions options;
    options.userName = QStringLiteral("bench");
    auto created = Workspace::create(dir.filePath(QStringLiteral("retention.igw")),
                                     QStringLiteral("Bench Council"), options);
    if (!created.ok())
        return 1;
    Workspace &ws = *created.workspace;
    std::printf("filling %d assets over %d retention classes: %.0f ms\n", assets, classes, ms([&] {
                    if (!fill(ws, assets, classes, today))
                        std::exit(1);
                }));
    QString error;
    // Warm the page cache for both sides.
    dueAssets(ws, {PlannerWindow::ThisYear, today, false}, &error);

    qsizetype quarterRows = 0, overdueRows = 0;
    const double quarter = ms([&] {
        quarterRows = dueAssets(ws, {PlannerWindow::ThisQuarter, today, false}, &error).size();
    });
    const double overdue = ms([&] {
        overdueRows = dueAssets(ws, {PlannerWindow::Overdue, today, false}, &error).size();
    });
    int overdueCount = 0;
    const double chart = ms([&] { dueByMonth(ws, today, 12, &overdueCount, &error); });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The floor: SQLite scanning the same join for the same assets, counted, no date
    // arithmetic and no rows handed back.
    qlonglong scanned = 0;
    const double scan = ms([&] {
        scanned =
            sql::scalar(ws.database(),
                        QStringLiteral("SELECT count(*) FROM assets a JOIN retention_classes c"
                                       " ON c.id = a.retention_class_id WHERE"
                                       " c.period_kind = 'fixed' AND ifnull(a.status, '')"
                                       " <> 'disposed' AND ifnull(a.legal_hold, 0) = 0"))
                .toLongLong();
    });
    // The rows the planner reads, joined and returned, with no date arithmetic.
    qsizetype rawRows = 0;
    const double raw = ms([&] {
        rawRows = sql::rows(ws.database(),
                            QStringLiteral("SELECT a.id, a.ref, a.name, a.owner_person_id,"
                                           " a.trigger_date, a.trigger_rule, a.last_review,"
                                           " a.legal_hold, c.id, c.ref, c.period_years,"
                                           " c.period_months, c.period_days FROM assets a"
                                           " JOIN retention_classes c"
                                           " ON c.id = a.retention_class_id"
                                           " WHERE c.period_kind = 'fixed'"))
                      .size();
    });
    // The naive way: every record through RecordStore, due dates in C++.
    qsizetype naiveRows = 0;
    const double naive = ms([&] {
        QHash<qint64, Record> byId;
        for (const Record &c : ws.records().list(kinds::retentionClass()))
            byId.insert(c.id, c);
        const auto [from, to] = windowDates(PlannerWindow::ThisQuarter, today);
        for (const Record &a : ws.records().list(kinds::asset())) {
            const qint64 classId = a.value(assetField::retentionClassId).toLongLong();
            const auto c = byId.constFind(classId);
            if (c == byId.constEnd())
                continue;
            const AssetDue d = assetDue(a, *c, today);
            if (d.state == DueState::Scheduled && d.due >= from && d.due <= to)
                ++naiveRows;
        }
    });
    std::printf("planner, due this quarter:                 %8.1f ms  (%lld assets)\n", quarter,
                static_cast<long long>(quarterRows));
    std::printf("planner, overdue:                          %8.1f ms  (%lld assets)\n", overdue,
                static_cast<long long>(overdueRows));
    std::printf("planner, 12-month chart and overdue count: %8.1f ms\n", chart);
    std::printf("raw SQL scan of the same join (count):     %8.1f ms  (%lld assets)\n", scan,
                static_cast<long long>(scanned));
    std::printf("ratio (quarter / raw scan): %.1fx\n", quarter / scan);
    std::printf("plain SQL read of the same rows:           %8.1f ms  (%lld rows)\n", raw,
                static_cast<long long>(rawRows));
    std::printf("ratio (quarter / plain read): %.2fx\n", quarter / raw);
    std::printf("RecordStore + C++ due dates (quarter):     %8.1f ms  (%lld assets)\n", naive,
                static_cast<long long>(naiveRows));
    std::printf("ratio (RecordStore + C++ / planner): %.1fx\n", naive / quarter);
    if (naiveRows != quarterRows) {
        std::fprintf(stderr, "the SQL and C++ due dates disagree: %lld vs %lld\n",
                     static_cast<long long>(quarterRows), static_cast<long long>(naiveRows));
        return 1;
    }
    return 0;
}
