#pragma once

#include "ropa/ropa.h"

#include <QAbstractTableModel>

namespace igw {

class Workspace;

// The whole ROPA as a read-only table, one row per activity (a council has hundreds, so
// all of it is held and filtered in memory). Edits go through undo commands; the page
// calls reload() when the workspace reports a change.
class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Reference,
        Name,
        Role,
        BusinessFunction,
        LawfulBasis,
        SpecialCategory,
        DpiaRequired,
        Gaps,
        ColumnCount
    };
    enum Role {
        ActivityIdRole = Qt::UserRole + 1,
        SortRole, // what the column sorts by (gaps by number, not text)
    };

    explicit ActivityModel(Workspace &workspace, QObject *parent = nullptr);

    // Reads the ROPA again; false (and the old rows kept) when it could not be read.
    bool reload(QString *error = nullptr);
    const Ropa &ropa() const { return m_ropa; }
    const ActivityView &activityAt(int row) const { return m_ropa.activities.at(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const ActivityView &activity, int column) const;
    QString toolTip(const ActivityView &activity, int column) const;

    Workspace &m_workspace;
    Ropa m_ropa;
    QHash<qint64, int> m_rows; // activity id -> row
};

} // namespace igw
