#include "workspace/ui/recordlistmodel.h"

#include "workspace/ui/workspaceuitr.h"
#include "workspace/workspace.h"

namespace igw {

RecordListModel::RecordListModel(Workspace &workspace, const RecordKind &kind,
                                 const QStringList &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(&workspace)
    , m_kind(kind)
    , m_columns(columns)
    , m_orderBy(kind.titleField)
{
    connect(&workspace, &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == m_kind.table)
            reload();
    });
    reload();
}

void RecordListModel::setHeaderLabels(const QStringList &labels)
{
    m_labels = labels;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void RecordListModel::setFormatter(const QString &field, Formatter formatter)
{
    m_formatters.insert(field, std::move(formatter));
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RecordListModel::setOrderBy(const QString &field)
{
    m_orderBy = field;
    reload();
}

void RecordListModel::setCondition(const QString &where, const QVariantList &binds)
{
    m_where = where;
    m_binds = binds;
    reload();
}

void RecordListModel::reload()
{
    beginResetModel();
    m_records = m_workspace ? m_workspace->records().list(m_kind, m_orderBy, m_where, m_binds)
                            : QList<Record>();
    endResetModel();
}

Record RecordListModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row) : Record();
}

int RecordListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QString RecordListModel::text(const Record &record, int column) const
{
    if (column == 0)
        return record.ref;
    const QString &field = m_columns.at(column - 1);
    const auto formatter = m_formatters.constFind(field);
    if (formatter != m_formatters.cend())
        return (*formatter)(record);
    return record.value(field).toString();
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return text(record, index.column());
    case RecordIdRole:
        return record.id;
    case RecordRefRole:
        return record.ref;
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < m_labels.size())
        return m_labels.at(section);
    return section == 0 ? WorkspaceUiTr::tr("Reference") : m_columns.at(section - 1);
}

Qt::ItemFlags RecordListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RecordIdRole, "recordId");
    names.insert(RecordRefRole, "recordRef");
    return names;
}

} // namespace igw
