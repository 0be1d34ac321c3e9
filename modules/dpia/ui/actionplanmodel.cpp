#include "dpia/ui/actionplanmodel.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"

#include <QFont>

namespace igw {

ActionPlanModel::ActionPlanModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

bool ActionPlanModel::reload(QString *error)
{
    std::optional<QList<ActionItem>> items = loadActionPlan(m_workspace, error);
    if (!items)
        return false;
    beginResetModel();
    m_items = std::move(*items);
    m_today = QDate::currentDate();
    endResetModel();
    return true;
}

bool ActionPlanModel::isOverdue(const ActionItem &item) const
{
    return !item.done && item.due.isValid() && item.due < m_today;
}

int ActionPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionPlanModel::text(const ActionItem &item, int column) const
{
    const Record &m = item.measure;
    switch (column) {
    case Dpia:
        return item.dpiaTitle.isEmpty() ? item.dpiaRef
                                        : DpiaUiTr::tr("%1 %2").arg(item.dpiaRef, item.dpiaTitle);
    case Risk:
        return item.riskLabel;
    case Measure:
        return m.value(measureField::title).toString();
    case Effect: {
        const QString effect = m.value(measureField::effect).toString();
        return effect.isEmpty() ? DpiaUiTr::tr("Not set")
                                : choices::label(choices::measureEffect(), effect);
    }
    case Owner:
        return item.owner.isEmpty() ? DpiaUiTr::tr("Nobody yet") : item.owner;
    case Due:
        return item.due.isValid() ? dpiaUiText::dateText(item.due) : DpiaUiTr::tr("Not set");
    case Timing:
        if (item.done)
            return DpiaUiTr::tr("Done");
        return item.due.isValid() ? dpiaUiText::timingText(item.due, m_today)
                                  : DpiaUiTr::tr("No due date");
    case Status:
        return choices::label(choices::measureStatus(), m.value(measureField::status).toString());
    case Approved:
        return item.approved ? DpiaUiTr::tr("Yes") : DpiaUiTr::tr("No");
    default:
        return {};
    }
}

QVariant ActionPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ActionItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Measure) {
            const QString details = item.measure.value(measureField::description).toString();
            return details.isEmpty() ? text(item, Measure) : details;
        }
        if (index.column() == Dpia || index.column() == Risk)
            return text(item, index.column());
        return {};
    case Qt::FontRole:
        // Bold as well as the words, for scanning; never the only sign.
        if (index.column() == Timing && isOverdue(item)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case MeasureIdRole:
        return item.measure.id;
    case DpiaIdRole:
        return item.dpiaId;
    case RiskIdRole:
        return item.riskId;
    case SortRole:
        switch (index.column()) {
        case Due:
        case Timing:
            return item.due.isValid() ? item.due.toString(Qt::ISODate) : QStringLiteral("9999");
        default:
            return text(item, index.column());
        }
    default:
        return {};
    }
}

QVariant ActionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Dpia:
        return DpiaUiTr::tr("DPIA");
    case Risk:
        return DpiaUiTr::tr("Risk");
    case Measure:
        return DpiaUiTr::tr("Measure");
    case Effect:
        return DpiaUiTr::tr("Effect");
    case Owner:
        return DpiaUiTr::tr("Owner");
    case Due:
        return DpiaUiTr::tr("Due date");
    case Timing:
        return DpiaUiTr::tr("Timing");
    case Status:
        return DpiaUiTr::tr("Status");
    case Approved:
        return DpiaUiTr::tr("Approved");
    default:
        return {};
    }
}

ActionPlanFilterModel::ActionPlanFilterModel(ActionPlanModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(ActionPlanModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ActionPlanFilterModel::setFilter(const ActionPlanFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ActionPlanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const ActionItem &item = m_source->itemAt(sourceRow);
    if (m_filter.openOnly && item.done)
        return false;
    if (m_filter.overdueOnly && !m_source->isOverdue(item))
        return false;
    if (m_filter.ownerPersonId != 0 && item.ownerPersonId != m_filter.ownerPersonId) {
        // Someone named in free text is the same person when the name matches.
        const bool named = item.ownerPersonId == 0 && !m_filter.ownerName.isEmpty() &&
                           item.owner.compare(m_filter.ownerName, Qt::CaseInsensitive) == 0;
        if (!named)
            return false;
    }
    return true;
}

bool ActionPlanFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int c = QString::localeAwareCompare(
        left.data(ActionPlanModel::SortRole).toString().toCaseFolded(),
        right.data(ActionPlanModel::SortRole).toString().toCaseFolded());
    if (c != 0)
        return c < 0;
    // Ties by DPIA then measure reference, so the order is stable whatever the column.
    const ActionItem &l = m_source->itemAt(left.row());
    const ActionItem &r = m_source->itemAt(right.row());
    if (l.dpiaRef != r.dpiaRef)
        return l.dpiaRef < r.dpiaRef;
    return l.measure.ref < r.measure.ref;
}

} // namespace igw
