#include "dpia/ui/dpiamodel.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "reports/heatmap.h"

#include <QBrush>
#include <QLocale>

namespace igw {

DpiaModel::DpiaModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

bool DpiaModel::reload(QString *error)
{
    std::optional<QList<DpiaRow>> rows = loadDpiaRows(m_workspace, error);
    if (!rows)
        return false;
    beginResetModel();
    m_rows = std::move(*rows);
    m_today = QDate::currentDate();
    m_index.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_index.insert(m_rows.at(row).record.id, row);
    endResetModel();
    return true;
}

int DpiaModel::rowOfId(qint64 id) const
{
    return m_index.value(id, -1);
}

int DpiaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DpiaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DpiaModel::highestResidualText(const DpiaRow &row)
{
    if (row.riskCount == 0)
        return DpiaUiTr::tr("No risks yet");
    if (!row.highestResidual)
        return DpiaUiTr::tr("Not assessed");
    const QString band = riskBandLabel(*row.highestResidual);
    if (row.unassessedRisks == 0)
        return band;
    return DpiaUiTr::tr("%1 (%2 not assessed)").arg(band).arg(row.unassessedRisks);
}

QString DpiaModel::text(const DpiaRow &row, int column) const
{
    const Record &r = row.record;
    switch (column) {
    case Reference:
        return r.ref;
    case Title:
        return r.value(dpiaField::title).toString();
    case Status:
        return dpiaUiText::statusText(r.value(dpiaField::status).toString());
    case Version:
        return QLocale().toString(qMax(1, r.value(dpiaField::version).toInt()));
    case Owner:
        return row.ownerName;
    case Activities:
        return row.activityRefs.join(QStringLiteral(", "));
    case Risks:
        return QLocale().toString(row.riskCount);
    case HighestResidual:
        return highestResidualText(row);
    case ReviewDate:
        return dpiaUiText::reviewText(row.reviewDate, m_today);
    default:
        return {};
    }
}

QString DpiaModel::toolTip(const DpiaRow &row, int column) const
{
    switch (column) {
    case HighestResidual:
        if (row.riskCount == 0)
            return DpiaUiTr::tr("No risks are recorded in this DPIA's register yet.");
        return DpiaUiTr::tr("The highest risk left after the measures, on the %1 matrix. "
                            "%2 of %3 risks have both levels after measures.")
            .arg(row.matrix.name)
            .arg(row.riskCount - row.unassessedRisks)
            .arg(row.riskCount);
    case Title:
        return row.record.value(dpiaField::summary).toString().left(400);
    default:
        return {};
    }
}

QVariant DpiaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DpiaRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Version || index.column() == Risks)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    // The band's shade helps scanning; the words carry the meaning.
    case Qt::BackgroundRole:
        if (index.column() == HighestResidual && row.highestResidual)
            return QBrush(reports::HeatMap::bandColour(*row.highestResidual));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == HighestResidual && row.highestResidual)
            return QBrush(Qt::black);
        return {};
    case DpiaIdRole:
        return row.record.id;
    case SortRole:
        switch (index.column()) {
        case Version:
            return row.record.value(dpiaField::version).toInt();
        case Risks:
            return row.riskCount;
        case HighestResidual:
            return row.riskCount == 0 ? -2 : row.highestResidual ? int(*row.highestResidual) : -1;
        case ReviewDate:
            return row.reviewDate.isValid() ? row.reviewDate.toString(Qt::ISODate)
                                            : QStringLiteral("9999");
        default:
            return text(row, index.column());
        }
    default:
        return {};
    }
}

QVariant DpiaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return DpiaUiTr::tr("Reference");
    case Title:
        return DpiaUiTr::tr("Title");
    case Status:
        return DpiaUiTr::tr("Status");
    case Version:
        return DpiaUiTr::tr("Version");
    case Owner:
        return DpiaUiTr::tr("Owner");
    case Activities:
        return DpiaUiTr::tr("Processing activities");
    case Risks:
        return DpiaUiTr::tr("Risks");
    case HighestResidual:
        return DpiaUiTr::tr("Highest residual risk");
    case ReviewDate:
        return DpiaUiTr::tr("Review date");
    default:
        return {};
    }
}

} // namespace igw
