#include "register/ui/flowmodel.h"

#include "register/assets.h"
#include "register/ui/registeruitr.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QTimer>

namespace igw {

FlowModel::FlowModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(&workspace)
    , m_reloadTimer(new QTimer(this))
{
    // A bulk import changes hundreds of records in one go: reload once afterwards.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &FlowModel::reload);
    connect(&workspace, &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == kinds::flow().table || table == kinds::asset().table ||
            table == kinds::organisation().table)
            m_reloadTimer->start();
    });
    reload();
}

void FlowModel::reload()
{
    m_reloadTimer->stop();
    beginResetModel();
    m_data = m_workspace ? loadFlowData(*m_workspace) : FlowData();
    endResetModel();
}

Record FlowModel::flowAt(int row) const
{
    return row >= 0 && row < m_data.flows.size() ? m_data.flows.at(row) : Record();
}

int FlowModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_data.flows.size(); ++row) {
        if (m_data.flows.at(row).id == id)
            return row;
    }
    return -1;
}

bool FlowModel::touchesAsset(int row, qint64 assetId) const
{
    const Record flow = flowAt(row);
    return flowFrom(flow).assetId == assetId || flowTo(flow).assetId == assetId;
}

int FlowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.flows.size());
}

int FlowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlowModel::text(const Record &flow, int column) const
{
    const auto choice = [&flow](const Choices &list, const QString &field) {
        const QString key = flow.value(field).toString();
        return key.isEmpty() ? QString() : choices::label(list, key);
    };
    switch (column) {
    case Reference:
        return flow.ref;
    case Title:
        return flow.value(flowField::title).toString();
    case From:
        return m_data.endLabel(flowFrom(flow));
    case To:
        return m_data.endLabel(flowTo(flow));
    case TransferMethod:
        return choice(choices::transferMethod(), flowField::transferMethod);
    case Frequency:
        return choice(choices::frequency(), flowField::frequency);
    case Encrypted: {
        const QVariant v = flow.value(flowField::encryptedInTransit);
        if (v.isNull() || v.toString().isEmpty())
            return RegisterUiTr::tr("Not recorded");
        return v.toInt() == 1 ? RegisterUiTr::tr("Yes") : RegisterUiTr::tr("No");
    }
    case LawfulBasis:
        return choice(choices::lawfulBasis(), flowField::lawfulBasis);
    case Risk: {
        const QString key = flow.value(flowField::riskRating).toString();
        return key.isEmpty() ? RegisterUiTr::tr("Not rated")
                             : choices::label(choices::riskRating(), key);
    }
    default:
        return {};
    }
}

QVariant FlowModel::sortKey(const Record &flow, int column) const
{
    if (column == Risk) {
        // Severity order, so sorting puts the high-risk flows together at one end.
        const QString key = flow.value(flowField::riskRating).toString();
        const Choices &ratings = choices::riskRating();
        for (int i = 0; i < ratings.size(); ++i) {
            if (ratings.at(i).first == key)
                return i + 1;
        }
        return 0;
    }
    return text(flow, column);
}

QVariant FlowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &flow = m_data.flows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return text(flow, index.column());
    case FlowIdRole:
        return flow.id;
    case RiskKeyRole:
        return flow.value(flowField::riskRating).toString();
    case SortRole:
        return sortKey(flow, index.column());
    default:
        return {};
    }
}

QVariant FlowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return RegisterUiTr::tr("Reference");
    case Title:
        return RegisterUiTr::tr("Title");
    case From:
        return RegisterUiTr::tr("From");
    case To:
        return RegisterUiTr::tr("To");
    case TransferMethod:
        return RegisterUiTr::tr("Transfer method");
    case Frequency:
        return RegisterUiTr::tr("Frequency");
    case Encrypted:
        return RegisterUiTr::tr("Encrypted");
    case LawfulBasis:
        return RegisterUiTr::tr("Lawful basis");
    case Risk:
        return RegisterUiTr::tr("Risk");
    default:
        return {};
    }
}

Qt::ItemFlags FlowModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> FlowModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FlowIdRole, "flowId");
    names.insert(RiskKeyRole, "riskKey");
    names.insert(SortRole, "sortKey");
    return names;
}

} // namespace igw
