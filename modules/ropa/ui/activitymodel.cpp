#include "ropa/ui/activitymodel.h"

#include "register/assets.h"
#include "ropa/activities.h"
#include "ropa/ui/ropatexts.h"
#include "ropa/ui/ropauitr.h"
#include "workspace/workspace.h"

namespace igw {

ActivityModel::ActivityModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

bool ActivityModel::reload(QString *error)
{
    QString e;
    std::optional<Ropa> ropa = loadRopa(m_workspace, &e);
    if (!ropa) {
        if (error)
            *error = e;
        return false;
    }
    beginResetModel();
    m_ropa = std::move(*ropa);
    m_rows.clear();
    for (int row = 0; row < m_ropa.activities.size(); ++row)
        m_rows.insert(m_ropa.activities.at(row).record.id, row);
    endResetModel();
    return true;
}

int ActivityModel::rowOfId(qint64 id) const
{
    return m_rows.value(id, -1);
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ropa.activities.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::text(const ActivityView &a, int column) const
{
    using namespace activityField;
    switch (column) {
    case Reference:
        return a.record.ref;
    case Name:
        return a.value(name);
    case Role:
        return ropaText::shortChoice(activityDisplayValue(role, a.value(role)));
    case BusinessFunction:
        return a.value(businessFunction);
    case LawfulBasis:
        return ropaText::shortChoice(activityDisplayValue(lawfulBasis, a.value(lawfulBasis)));
    case SpecialCategory:
        if (a.specialCategory && a.criminalOffence)
            return RopaUiTr::tr("Yes, and criminal offence");
        if (a.specialCategory)
            return RopaUiTr::tr("Yes");
        if (a.criminalOffence)
            return RopaUiTr::tr("Criminal offence only");
        return RopaUiTr::tr("No");
    case DpiaRequired:
        return a.value(dpiaRequired).isEmpty()
                   ? RopaUiTr::tr("Not answered")
                   : activityDisplayValue(dpiaRequired, a.value(dpiaRequired));
    case Gaps:
        return QString::number(a.gaps.size());
    default:
        return {};
    }
}

QString ActivityModel::toolTip(const ActivityView &a, int column) const
{
    using namespace activityField;
    switch (column) {
    case Role:
        return activityDisplayValue(role, a.value(role));
    case LawfulBasis:
        return a.value(lawfulBasis).isEmpty()
                   ? RopaUiTr::tr("No lawful basis recorded")
                   : activityDisplayValue(lawfulBasis, a.value(lawfulBasis));
    case SpecialCategory: {
        QStringList from;
        for (const LinkedAsset &asset : a.assets) {
            if (asset.specialCategory || asset.criminalOffence)
                from << ropaText::assetLabel(asset);
        }
        return from.isEmpty()
                   ? QString()
                   : RopaUiTr::tr("From the assets used: %1").arg(from.join(QStringLiteral("; ")));
    }
    case Gaps: {
        if (a.gaps.isEmpty())
            return RopaUiTr::tr("Nothing missing");
        QStringList lines;
        for (const RopaGap &gap : a.gaps)
            lines << ropaText::gapText(gap);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ropa.activities.size())
        return {};
    const ActivityView &a = m_ropa.activities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(a, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(a, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Gaps)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ActivityIdRole:
        return a.record.id;
    case SortRole:
        if (index.column() == Gaps)
            return int(a.gaps.size());
        return text(a, index.column());
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return RopaUiTr::tr("Reference");
    case Name:
        return RopaUiTr::tr("Processing activity");
    case Role:
        return RopaUiTr::tr("Role");
    case BusinessFunction:
        return RopaUiTr::tr("Business function");
    case LawfulBasis:
        return RopaUiTr::tr("Lawful basis");
    case SpecialCategory:
        return RopaUiTr::tr("Special category");
    case DpiaRequired:
        return RopaUiTr::tr("DPIA required");
    case Gaps:
        return RopaUiTr::tr("Gaps");
    default:
        return {};
    }
}

} // namespace igw
