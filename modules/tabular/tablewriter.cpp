#include "tabular/tablewriter.h"

#include "tabular/csvwriter.h"
#include "tabular/tr.h"
#include "tabular/xlsxtablewriter.h"

#include <QDateTime>

#include <cmath>

namespace igw::tabular {

TableWriter::~TableWriter() = default;

std::unique_ptr<TableWriter> TableWriter::forFormat(const QString &format)
{
    if (format.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return std::make_unique<CsvWriter>();
    if (format.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return std::make_unique<XlsxWriter>();
    return nullptr;
}

bool TableWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = m_fileName.isEmpty() ? message : m_fileName + QStringLiteral(": ") + message;
    return false;
}

bool TableWriter::checkColumns(const QList<ColumnSpec> &columns)
{
    if (columns.isEmpty())
        return fail(TabularTr::tr("there are no columns to export."));
    m_columns = columns;
    return true;
}

bool TableWriter::checkRow(const QVariantList &values, qint64 rowNumber)
{
    if (values.size() > m_columns.size())
        return fail(TabularTr::tr("row %1 has %2 values but there are only %3 columns.")
                        .arg(rowNumber)
                        .arg(values.size())
                        .arg(m_columns.size()));
    return true;
}

std::optional<qint64> TableWriter::toInteger(const QVariant &value)
{
    bool ok = false;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        // Whole numbers only: a fraction would be silently truncated.
        const double number = value.toDouble();
        if (number != std::trunc(number) || std::fabs(number) >= 9.2e18)
            return std::nullopt;
        return qint64(number);
    }
    const qint64 number = value.typeId() == QMetaType::QString
                              ? value.toString().trimmed().toLongLong(&ok)
                              : value.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

std::optional<QDate> TableWriter::toDate(const QVariant &value)
{
    QDate date;
    switch (value.typeId()) {
    case QMetaType::QDate:
        date = value.toDate();
        break;
    case QMetaType::QDateTime:
        date = value.toDateTime().date();
        break;
    case QMetaType::QString:
        date = QDate::fromString(value.toString().trimmed().left(10), Qt::ISODate);
        break;
    default:
        break;
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<bool> TableWriter::toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
        return value.toLongLong() != 0;
    return std::nullopt;
}

QString TableWriter::toText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::Bool:
        return yesNo(value.toBool());
    default:
        return value.toString();
    }
}

QString TableWriter::yesNo(bool value)
{
    return value ? TabularTr::tr("Yes") : TabularTr::tr("No");
}

} // namespace igw::tabular
