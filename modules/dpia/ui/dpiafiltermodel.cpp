#include "dpia/ui/dpiafiltermodel.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiamodel.h"

namespace igw {

bool DpiaFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && status.isEmpty() && !highOnly;
}

DpiaFilterModel::DpiaFilterModel(DpiaModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(DpiaModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DpiaFilterModel::setFilter(const DpiaFilter &filter)
{
    m_filter = filter;
    m_filter.search = filter.search.simplified();
    invalidateFilter();
}

bool DpiaFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const DpiaRow &row = m_source->rowAt(sourceRow);
    const DpiaFilter &f = m_filter;
    if (f.highOnly && row.highestResidual != RiskBand::High)
        return false;
    if (!f.status.isEmpty()) {
        const QString status = row.record.value(dpiaField::status).toString();
        if ((status.isEmpty() ? QStringLiteral("draft") : status) != f.status)
            return false;
    }
    if (f.search.isEmpty())
        return true;
    const QString haystack = row.record.ref + QLatin1Char('\n') +
                             row.record.value(dpiaField::title).toString() + QLatin1Char('\n') +
                             row.record.value(dpiaField::summary).toString() + QLatin1Char('\n') +
                             row.ownerName + QLatin1Char('\n') + row.activityRefs.join(u' ');
    // Every word somewhere, so "kiosk library" finds "Library self-service kiosks".
    const QStringList words = f.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DpiaFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(DpiaModel::SortRole);
    const QVariant r = right.data(DpiaModel::SortRole);
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int && l != r)
        return l.toInt() < r.toInt();
    const int c =
        QString::localeAwareCompare(l.toString().toCaseFolded(), r.toString().toCaseFolded());
    if (c != 0 && l.typeId() != QMetaType::Int)
        return c < 0;
    // Ties by reference, so the order is stable whatever the column.
    return left.siblingAtColumn(DpiaModel::Reference).data().toString() <
           right.siblingAtColumn(DpiaModel::Reference).data().toString();
}

} // namespace igw
