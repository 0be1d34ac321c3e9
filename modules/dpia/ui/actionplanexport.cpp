#include "dpia/ui/actionplanexport.h"

#include "dpia/ui/actionplanmodel.h"
#include "dpia/ui/dpiauitr.h"
#include "tabular/tablewriter.h"
#include "widgets/dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace igw {

bool writeActionPlanCsv(const QAbstractItemModel &rows, const QString &path, QString *error)
{
    using Type = tabular::ColumnSpec::Type;
    const QList<QPair<int, Type>> columns{
        {ActionPlanModel::Dpia, Type::Text},    {ActionPlanModel::Risk, Type::Text},
        {ActionPlanModel::Measure, Type::Text}, {ActionPlanModel::Effect, Type::Text},
        {ActionPlanModel::Owner, Type::Text},   {ActionPlanModel::Due, Type::Date},
        {ActionPlanModel::Timing, Type::Text},  {ActionPlanModel::Status, Type::Text},
        {ActionPlanModel::Approved, Type::Text}};
    QList<tabular::ColumnSpec> specs;
    for (const auto &c : columns)
        specs.append({rows.headerData(c.first, Qt::Horizontal).toString(), c.second, 0});
    std::unique_ptr<tabular::TableWriter> writer =
        tabular::TableWriter::forFormat(QStringLiteral("csv"));
    if (!writer->open(path, specs, DpiaUiTr::tr("Action plan"))) {
        if (error)
            *error = writer->errorString();
        return false;
    }
    for (int row = 0; row < rows.rowCount(); ++row) {
        QVariantList values;
        for (const auto &c : columns) {
            const QModelIndex index = rows.index(row, c.first);
            // The date as a date (ISO in the file), not as the screen words it.
            if (c.first == ActionPlanModel::Due) {
                const QString iso = index.data(ActionPlanModel::SortRole).toString();
                values << (iso == QLatin1String("9999") ? QVariant() : QVariant(iso));
            } else {
                values << index.data().toString();
            }
        }
        if (!writer->writeRow(values)) {
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

bool exportActionPlanInteractively(const QAbstractItemModel &rows, QWidget *parent)
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(DpiaUiTr::tr("dpia-action-plan") + QStringLiteral(".csv"));
    QString path =
        Dialogs::getSaveFileName(parent, DpiaUiTr::tr("Export Action Plan as CSV"), start,
                                 DpiaUiTr::tr("CSV files, comma-separated (*.csv)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".csv");
    QString error;
    if (!writeActionPlanCsv(rows, path, &error)) {
        Dialogs::critical(parent, DpiaUiTr::tr("Export Failed"), error);
        return false;
    }
    return true;
}

} // namespace igw
