// The asset register at 100k rows: importing from CSV and XLSX against a raw SQLite
// baseline (the same rows inserted with prepared statements in one transaction into an
// identical assets table), then the register view's operations, and resident memory.
//   bench_register [ROWS]   (default 100000)
#include "register/assetexport.h"
#include "register/assetimport.h"
#include "register/assets.h"
#include "tabular/tablewriter.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace igw;

namespace {

const char *const Functions[] = {"Revenues & Benefits", "Children's Services",
                                 "Adult Social Care",   "Housing",
                                 "Human Resources",     "Planning",
                                 "ICT Services"};
const char *const Owners[] = {"Sandra Mills",   "Daniel Osei", "Fiona MacLeod", "Kevin Doyle",
                              "Rachel Adeyemi", "Lucy Chen",   "Gareth Lloyd"};

QVariantList row(int i)
{
    const int k = i % 7;
    return {QStringLiteral("Case records batch %1").arg(i),
            QStringLiteral("Records held for service delivery, set %1").arg(i),
            QString::fromUtf8(Functions[k]),
            QString::fromUtf8(Owners[k]),
            QStringLiteral("System %1").arg(i % 40),
            i % 3 ? QStringLiteral("OFFICIAL") : QStringLiteral("OFFICIAL-SENSITIVE"),
            QStringLiteral("Public task"),
            QDate(2026, 1, 1).addDays(i % 700)};
}

bool writeSource(const QString &path, const QString &format, int rows)
{
    auto w = tabular::TableWriter::forFormat(format);
    using T = tabular::ColumnSpec::Type;
    if (!w->open(path,
                 {{QStringLiteral("Name"), T::Text, 30},
                  {QStringLiteral("Description"), T::Text, 40},
                  {QStringLiteral("Business function"), T::Text, 20},
                  {QStringLiteral("Information Asset Owner"), T::Text, 20},
                  {QStringLiteral("System or location"), T::Text, 15},
                  {QStringLiteral("Security classification"), T::Text, 20},
                  {QStringLiteral("Lawful basis"), T::Text, 15},
                  {QStringLiteral("Next review"), T::Date, 12}},
                 QStringLiteral("Assets")))
        return false;
    for (int i = 0; i < rows; ++i)
        w->writeRow(row(i));
    return w->close();
}

std::unique_ptr<Workspace> freshWorkspace(const QString &path)
{
    QFile::remove(path);
    OpenOptions o;
    o.userName = QStringLiteral("bench");
    auto r = Workspace::create(path, QStringLiteral("Bench Council"), o);
    QString error;
    for (const char *name : Owners)
        r.workspace->records().create(kinds::person(),
                                      {{personField::name, QString::fromUtf8(name)}}, &error);
    return std::move(r.workspace);
}

// The baseline: the same rows, prepared once, one transaction, into the same assets table
// (same constraints and indexes), without what the import adds: checks, references,
// audit entries and the search index. The rows are deleted again afterwards.
double rawBaselineMs(Workspace &ws, int rows)
{
    const QSqlDatabase db = ws.database();
    QElapsedTimer t;
    t.start();
    sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO assets (uuid, ref, created_at, created_by, updated_at,"
                             " updated_by, name, description, business_function, owner_person_id,"
                             " system_location, security_classification, lawful_basis, next_review)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < rows; ++i) {
        const QVariantList r = row(i);
        const QVariantList binds{QString::number(i),
                                 QStringLiteral("IA-%1").arg(i),
                                 QStringLiteral("2026-01-01"),
                                 QStringLiteral("bench"),
                                 QStringLiteral("2026-01-01"),
                                 QStringLiteral("bench"),
                                 r.at(0),
                                 r.at(1),
                                 r.at(2),
                                 1 + i % 7,
                                 r.at(4),
                                 r.at(5),
                                 QStringLiteral("public_task"),
                                 r.at(7).toDate().toString(Qt::ISODate)};
        for (int b = 0; b < binds.size(); ++b)
            q.bindValue(b, binds.at(b));
        q.exec();
    }
    q.finish();
    sql::exec(db, QStringLiteral("COMMIT"));
    const double ms = t.nsecsElapsed() / 1e6;
    sql::exec(db, QStringLiteral("DELETE FROM assets"));
    return ms;
}

// CPU time of this process: unlike wall time, not inflated when other work shares the cores.
double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

long rssMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    f.open(QIODevice::ReadOnly);
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLong() * 4096 / (1024 * 1024) : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    std::printf("rows: %d\n", rows);
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString source = dir.filePath(QStringLiteral("source.") + format);
        QElapsedTimer t;
        t.start();
        if (!writeSource(source, format, rows))
            return 1;
        const double writeMs = t.nsecsElapsed() / 1e6;
        auto ws = freshWorkspace(
            dir.filePath(QStringLiteral("bench-") + format + QStringLiteral(".igw")));
        double cpu = cpuMs();
        const double raw = rawBaselineMs(*ws, rows);
        const double rawCpu = cpuMs() - cpu;
        t.restart();
        cpu = cpuMs();
        const ImportReport r = AssetImporter(*ws).run(source, {});
        const double importMs = t.nsecsElapsed() / 1e6;
        const double importCpu = cpuMs() - cpu;
        if (!r.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(r.fatal));
            return 1;
        }
        std::printf(
            "%-4s write source %6.0f ms | import %6.0f ms wall, %6.0f ms CPU (%.1f us/row, check "
            "+ write) | raw insert %5.0f ms wall, %5.0f ms CPU | CPU ratio %.1fx\n",
            qPrintable(format), writeMs, importMs, importCpu, importCpu * 1000 / rows, raw, rawCpu,
            importCpu / rawCpu);
        t.restart();
        QString error;
        exportAssets(*ws, dir.filePath(QStringLiteral("out.") + format), format, {}, {}, &error);
        std::printf("%-4s export %8.0f ms\n", qPrintable(format), t.nsecsElapsed() / 1e6);
    }
    std::printf("resident memory after both imports: %ld MB\n", rssMb());
    return 0;
}
