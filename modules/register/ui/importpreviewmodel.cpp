#include "register/ui/importpreviewmodel.h"

#include "register/assetcolumns.h"
#include "register/ui/registeruitr.h"

namespace igw {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setRows(const QStringList &headings, const QList<QStringList> &rows)
{
    beginResetModel();
    m_headings = headings;
    m_rows = rows;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::setMapping(const QHash<QString, QString> &mapping)
{
    beginResetModel();
    m_mapping = mapping;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::rebuild()
{
    m_columns.clear();
    for (const AssetColumn &c : assetColumns()) {
        const QString source = m_mapping.value(c.field);
        if (!source.isEmpty())
            m_columns.append({c.heading, source, int(m_headings.indexOf(source))});
    }
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QString text = m_rows.at(index.row()).value(m_columns.at(index.column()).source);
    switch (role) {
    case Qt::DisplayRole:
        return text.simplified(); // cells with line breaks stay on one line
    case Qt::ToolTipRole:
        return text.size() > 40 || text.contains(QLatin1Char('\n')) ? text : QVariant();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    const Column &c = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return c.heading;
    case Qt::ToolTipRole:
        return RegisterUiTr::tr("%1, read from the column \"%2\"").arg(c.heading, c.sourceHeading);
    default:
        return {};
    }
}

} // namespace igw
