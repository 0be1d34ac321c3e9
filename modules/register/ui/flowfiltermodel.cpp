#include "register/ui/flowfiltermodel.h"

#include "register/ui/flowmodel.h"

namespace igw {

FlowFilterModel::FlowFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FlowModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FlowFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void FlowFilterModel::setAssetId(qint64 assetId)
{
    m_assetId = assetId;
    invalidateRowsFilter();
}

bool FlowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *flows = qobject_cast<const FlowModel *>(sourceModel());
    if (m_assetId != 0 && flows && !flows->touchesAsset(sourceRow, m_assetId))
        return false;
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        const QString cell = source->index(sourceRow, column, sourceParent).data().toString();
        if (cell.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace igw
