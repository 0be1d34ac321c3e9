#include "register/assetexport.h"

#include "register/assetcolumns.h"
#include "register/assets.h"
#include "register/registertr.h"
#include "tabular/tablewriter.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QSqlQuery>

namespace igw {

namespace {

tabular::ColumnSpec::Type specType(AssetColumn::Type t)
{
    switch (t) {
    case AssetColumn::Type::Integer:
        return tabular::ColumnSpec::Type::Integer;
    case AssetColumn::Type::Date:
        return tabular::ColumnSpec::Type::Date;
    case AssetColumn::Type::Flag:
        return tabular::ColumnSpec::Type::Boolean;
    default:
        return tabular::ColumnSpec::Type::Text;
    }
}

} // namespace

bool exportAssets(Workspace &workspace, const QString &path, const QString &format,
                  const QString &where, const QVariantList &binds, QString *error,
                  const std::function<bool(qint64, qint64)> &progress)
{
    auto writer = tabular::TableWriter::forFormat(format);
    if (!writer) {
        if (error)
            *error = RegisterTr::tr("Unknown export format \"%1\": use csv or xlsx.").arg(format);
        return false;
    }
    QList<tabular::ColumnSpec> specs;
    QStringList select;
    for (const AssetColumn &c : assetColumns()) {
        tabular::ColumnSpec spec;
        spec.heading = c.heading;
        spec.type = specType(c.type);
        specs << spec;
        if (c.type == AssetColumn::Type::Person)
            select << QStringLiteral("(SELECT name FROM people WHERE id = a.%1)").arg(c.field);
        else if (c.type == AssetColumn::Type::RetentionClass)
            select << QStringLiteral("(SELECT ref FROM retention_classes WHERE id = a.%1)")
                          .arg(c.field);
        else
            select << QStringLiteral("a.") + c.field;
    }
    const QString condition = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    const qint64 total =
        sql::scalar(workspace.database(),
                    QStringLiteral("SELECT count(*) FROM assets a") + condition, binds)
            .toLongLong();
    if (!writer->open(path, specs, RegisterTr::tr("Information assets"))) {
        if (error)
            *error = writer->errorString();
        return false;
    }
    // Streamed with a forward-only cursor: the register is never held in memory.
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) +
                       QStringLiteral(" FROM assets a") + condition +
                       QStringLiteral(" ORDER BY a.ref"),
                   binds, error))
        return false;
    qint64 done = 0;
    while (q.next()) {
        QVariantList values;
        for (int i = 0; i < assetColumns().size(); ++i) {
            const AssetColumn &c = assetColumns().at(i);
            const QVariant v = q.value(i);
            if (v.isNull()) {
                values << QVariant();
                continue;
            }
            switch (c.type) {
            case AssetColumn::Type::Choice:
                values << choices::label(*choices::forAssetField(c.field), v.toString());
                break;
            case AssetColumn::Type::Date:
                values << QDate::fromString(v.toString(), Qt::ISODate);
                break;
            case AssetColumn::Type::Flag:
                values << (v.toInt() == 1);
                break;
            case AssetColumn::Type::Integer:
                values << v.toLongLong();
                break;
            default:
                values << v.toString();
            }
        }
        if (!writer->writeRow(values)) {
            if (error)
                *error = writer->errorString();
            return false;
        }
        ++done;
        if (progress && (done % 256) == 0 && !progress(done, total)) {
            if (error)
                *error = RegisterTr::tr("The export was cancelled; no file was written.");
            return false; // the writer's temporary file is discarded with it
        }
    }
    q.finish();
    if (!writer->close()) {
        if (error)
            *error = writer->errorString();
        return false;
    }
    return true;
}

} // namespace igw
