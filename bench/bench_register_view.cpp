// The register view at 100k assets: each operation of the asset table's model (keyset
// pages over SQL) timed, against the same operation done as one plain SQL query in the
// same run, plus resident memory with the register open.
//   bench_register_view [ROWS]   (default 100000)
#include "register/assets.h"
#include "register/ui/assetfilters.h"
#include "register/ui/assetmodel.h"
#include "register/ui/assettablecolumns.h"
#include "workspace/bulkcreator.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace igw;

namespace {

long rssMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    f.open(QIODevice::ReadOnly);
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLong() * 4096 / (1024 * 1024) : -1;
}

template <typename F> double ms(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

void touchPage(const AssetModel &model, int firstRow)
{
    for (int r = firstRow; r < qMin(firstRow + 40, model.rowCount()); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            model.data(model.index(r, c));
}

double rawMs(Workspace &ws, const QString &statement)
{
    return ms([&] { sql::rows(ws.database(), statement); });
}

void report(const char *what, double model, double raw)
{
    std::printf("%-34s model %7.2f ms | plain SQL %7.2f ms\n", what, model, raw);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    OpenOptions o;
    o.userName = QStringLiteral("bench");
    auto created =
        Workspace::create(dir.filePath(QStringLiteral("view.igw")), QStringLiteral("Bench"), o);
    Workspace &ws = *created.workspace;
    QString error;
    QList<qint64> people;
    for (int i = 0; i < 40; ++i)
        people << ws.records()
                      .create(kinds::person(),
                              {{personField::name, QStringLiteral("Owner %1").arg(i)}}, &error)
                      ->id;
    {
        WriteTransaction tx(ws);
        BulkCreator bulk(ws, kinds::asset());
        bulk.start(&error);
        for (int i = 0; i < rows; ++i)
            bulk.add({{assetField::name,
                       QStringLiteral("Asset %1 payroll records").arg(i * 7919 % rows)},
                      {assetField::businessFunction, QStringLiteral("Function %1").arg(i % 12)},
                      {assetField::ownerPersonId, people.at(i % people.size())},
                      {assetField::nextReview,
                       QDate(2025, 1, 1).addDays(i % 900).toString(Qt::ISODate)}},
                     {}, &error);
        bulk.finish(&error);
        tx.commit();
    }
    const long before = rssMb();
    AssetModel model(ws);
    model.setToday(QDate(2026, 11, 21));
    std::printf("rows: %d\n", rows);
    report("open + count + first page", ms([&] {
               model.refresh();
               touchPage(model, 0);
           }),
           rawMs(ws, QStringLiteral(
                         "SELECT * FROM assets ORDER BY name COLLATE NOCASE, id LIMIT 256")));
    report("scroll to the end (last page)", ms([&] { touchPage(model, model.rowCount() - 40); }),
           rawMs(ws,
                 QStringLiteral(
                     "SELECT * FROM assets ORDER BY name COLLATE NOCASE DESC, id DESC LIMIT 256")));
    report(
        "jump to 70%", ms([&] { touchPage(model, model.rowCount() * 7 / 10); }),
        rawMs(ws, QStringLiteral(
                      "SELECT * FROM assets ORDER BY name COLLATE NOCASE, id LIMIT 256 OFFSET %1")
                      .arg(rows * 7 / 10)));
    report("sort by owner + first page", ms([&] {
               model.sort(int(AssetTableColumn::Owner));
               touchPage(model, 0);
           }),
           rawMs(ws, QStringLiteral(
                         "SELECT a.* FROM assets a LEFT JOIN people p ON p.id = a.owner_person_id"
                         " ORDER BY p.name, a.id LIMIT 256")));
    report("sort by owner, jump to the middle", ms([&] { touchPage(model, model.rowCount() / 2); }),
           rawMs(ws, QStringLiteral(
                         "SELECT a.* FROM assets a LEFT JOIN people p ON p.id = a.owner_person_id"
                         " ORDER BY p.name, a.id LIMIT 256 OFFSET %1")
                         .arg(rows / 2)));
    AssetFilter text;
    text.search = QStringLiteral("asset 4242");
    report(
        "filter by text (\"asset 4242\")", ms([&] {
            model.setFilter(text);
            touchPage(model, 0);
        }),
        rawMs(ws,
              QStringLiteral(
                  "SELECT count(*) FROM assets WHERE name LIKE '%asset%' AND name LIKE '%4242%'")));
    std::printf("  (%d rows match)\n", model.rowCount());
    // Every row matches "payroll": the worst case for a search index.
    text.search = QStringLiteral("payroll");
    report("filter by text matching every row", ms([&] {
               model.setFilter(text);
               touchPage(model, 0);
           }),
           rawMs(ws, QStringLiteral("SELECT count(*) FROM assets WHERE name LIKE '%payroll%'")));
    AssetFilter overdue;
    overdue.preset = AssetPreset::ReviewOverdue;
    report(
        "filter: review overdue", ms([&] {
            model.setFilter(overdue);
            touchPage(model, 0);
        }),
        rawMs(ws, QStringLiteral("SELECT count(*) FROM assets WHERE next_review < '2026-11-21'")));
    std::printf("model rows after last filter: %d\n", model.rowCount());
    std::printf("resident memory: %ld MB with the register open (%ld MB before the model)\n",
                rssMb(), before);
    return 0;
}
