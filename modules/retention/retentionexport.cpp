#include "retention/retentionexport.h"

#include "retention/retentionclasses.h"
#include "retention/retentioncolumns.h"
#include "retention/retentiontr.h"
#include "tabular/tablewriter.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QHash>

namespace igw {

bool exportRetentionSchedule(Workspace &workspace, const QString &path, const QString &format,
                             QString *error)
{
    auto writer = tabular::TableWriter::forFormat(format);
    if (!writer) {
        if (error)
            *error = RetentionTr::tr("Unknown export format \"%1\": use csv or xlsx.").arg(format);
        return false;
    }
    using T = RetentionColumn::Type;
    QList<const RetentionColumn *> columns;
    QList<tabular::ColumnSpec> specs;
    for (const RetentionColumn &c : retentionColumns()) {
        if (!c.exported)
            continue;
        columns << &c;
        tabular::ColumnSpec spec;
        spec.heading = c.heading;
        spec.type = c.type == T::Integer ? tabular::ColumnSpec::Type::Integer
                                         : tabular::ColumnSpec::Type::Text;
        specs << spec;
    }
    QHash<qint64, QString> people;
    for (const Record &p : workspace.records().list(kinds::person()))
        people.insert(p.id, p.title(kinds::person()));
    QString listError;
    const QList<Record> classes = workspace.records().list(
        kinds::retentionClass(), retentionField::function, {}, {}, &listError);
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return false;
    }
    QList<Record> ordered = classes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Record &x, const Record &y) {
        namespace f = retentionField;
        const int fn = x.value(f::function)
                           .toString()
                           .compare(y.value(f::function).toString(), Qt::CaseInsensitive);
        if (fn != 0)
            return fn < 0;
        const int act = x.value(f::activity)
                            .toString()
                            .compare(y.value(f::activity).toString(), Qt::CaseInsensitive);
        if (act != 0)
            return act < 0;
        return x.ref < y.ref;
    });
    if (!writer->open(path, specs, RetentionTr::tr("Retention schedule"))) {
        if (error)
            *error = writer->errorString();
        return false;
    }
    for (const Record &r : std::as_const(ordered)) {
        QVariantList row;
        for (const RetentionColumn *c : std::as_const(columns)) {
            const QVariant v =
                c->field == QLatin1String("ref") ? QVariant(r.ref) : r.value(c->field);
            if (v.isNull() || v.toString().isEmpty()) {
                row << QVariant();
                continue;
            }
            switch (c->type) {
            case T::Choice:
                row << choices::label(*choices::forRetentionField(c->field), v.toString());
                break;
            case T::Integer:
                row << v.toLongLong();
                break;
            case T::Person:
                row << people.value(v.toLongLong());
                break;
            default:
                row << v.toString();
            }
        }
        if (!writer->writeRow(row)) {
            if (error)
                *error = writer->errorString();
            return false;
        }
    }
    if (!writer->close()) {
        if (error)
            *error = writer->errorString();
        return false;
    }
    return true;
}

} // namespace igw
