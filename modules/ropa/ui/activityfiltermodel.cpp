#include "ropa/ui/activityfiltermodel.h"

#include "ropa/activities.h"
#include "ropa/ui/activitymodel.h"

namespace igw {

const QString ActivityFilter::NotRecorded = QStringLiteral("(not recorded)");

bool ActivityFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && function.isEmpty() && lawfulBasis.isEmpty() &&
           special == Special::All && dpia == Dpia::All && !incompleteOnly;
}

ActivityFilterModel::ActivityFilterModel(ActivityModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(ActivityModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ActivityFilterModel::setFilter(const ActivityFilter &filter)
{
    m_filter = filter;
    m_filter.search = filter.search.simplified();
    invalidateFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    using namespace activityField;
    const ActivityView &a = m_source->activityAt(sourceRow);
    const ActivityFilter &f = m_filter;
    if (f.incompleteOnly && a.isComplete())
        return false;
    if (!f.function.isEmpty() &&
        a.value(businessFunction).trimmed().compare(f.function, Qt::CaseInsensitive) != 0)
        return false;
    if (f.lawfulBasis == ActivityFilter::NotRecorded) {
        if (!a.value(lawfulBasis).isEmpty())
            return false;
    } else if (!f.lawfulBasis.isEmpty() && a.value(lawfulBasis) != f.lawfulBasis) {
        return false;
    }
    const bool sensitive = a.specialCategory || a.criminalOffence;
    if ((f.special == ActivityFilter::Special::SpecialOrCriminal && !sensitive) ||
        (f.special == ActivityFilter::Special::Neither && sensitive))
        return false;
    const QString dpia = a.value(dpiaRequired);
    if ((f.dpia == ActivityFilter::Dpia::Required && dpia != QLatin1String("yes")) ||
        (f.dpia == ActivityFilter::Dpia::NotRequired && dpia != QLatin1String("no")) ||
        (f.dpia == ActivityFilter::Dpia::NotAnswered && !dpia.isEmpty()))
        return false;
    if (f.search.isEmpty())
        return true;
    // Every word somewhere, so "tax billing" finds "Council tax billing and collection".
    const QString haystack = a.record.ref + QLatin1Char('\n') + a.value(name) + QLatin1Char('\n') +
                             a.value(purpose) + QLatin1Char('\n') + a.value(businessFunction);
    const QStringList words = f.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ActivityFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(ActivityModel::SortRole);
    const QVariant r = right.data(ActivityModel::SortRole);
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int)
        return l.toInt() < r.toInt();
    const int c =
        QString::localeAwareCompare(l.toString().toCaseFolded(), r.toString().toCaseFolded());
    if (c != 0)
        return c < 0;
    // Ties by reference, so the order is stable whatever the column.
    return left.siblingAtColumn(ActivityModel::Reference).data().toString() <
           right.siblingAtColumn(ActivityModel::Reference).data().toString();
}

} // namespace igw
