#include "ropa/ropaexport.h"

#include "ropa/ropa.h"
#include "ropa/ropacells.h"
#include "ropa/ropacolumns.h"
#include "ropa/ropatr.h"
#include "ropa/ropaxlsx.h"
#include "tabular/csvwriter.h"

namespace igw {

namespace {

// Controllers first, then processors, each in the order loadRopa() gives (by name).
QList<const ActivityView *> inRoleOrder(const Ropa &ropa)
{
    QList<const ActivityView *> out;
    for (const bool processors : {false, true}) {
        for (const ActivityView &a : ropa.activities) {
            if (a.isProcessor() == processors)
                out << &a;
        }
    }
    return out;
}

bool writeCsv(const Ropa &ropa, const QString &path, QString *error,
              const std::function<bool(qint64, qint64)> &progress)
{
    tabular::CsvWriter writer;
    QList<tabular::ColumnSpec> specs;
    for (const RopaColumn &c : ropaColumns()) {
        tabular::ColumnSpec spec;
        spec.heading = c.heading;
        spec.type = c.type == RopaColumn::Type::Date ? tabular::ColumnSpec::Type::Date
                                                     : tabular::ColumnSpec::Type::Text;
        specs << spec;
    }
    if (!writer.open(path, specs, RopaTr::tr("Record of processing activities"))) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    const QList<const ActivityView *> rows = inRoleOrder(ropa);
    qint64 done = 0;
    for (const ActivityView *activity : rows) {
        QVariantList values;
        for (const RopaColumn &c : ropaColumns())
            values << ropaCellValue(c, *activity);
        if (!writer.writeRow(values)) {
            if (error)
                *error = writer.errorString();
            return false;
        }
        if (progress && !progress(++done, rows.size())) {
            if (error)
                *error = RopaTr::tr("The export was cancelled; no file was written.");
            return false; // the writer's temporary file is discarded with it
        }
    }
    if (!writer.close()) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace

bool exportRopa(Workspace &workspace, const QString &path, const QString &format, QString *error,
                const std::function<bool(qint64, qint64)> &progress)
{
    const bool csv = format.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const bool xlsx = format.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    if (!csv && !xlsx) {
        if (error)
            *error = RopaTr::tr("Unknown export format \"%1\": use csv or xlsx.").arg(format);
        return false;
    }
    const std::optional<Ropa> ropa = loadRopa(workspace, error);
    if (!ropa)
        return false;
    return csv ? writeCsv(*ropa, path, error, progress)
               : writeRopaXlsx(*ropa, path, error, progress);
}

} // namespace igw
