#pragma once

#include "dpia/ui/dpiadata.h"

#include <QAbstractTableModel>

namespace igw {

class Workspace;

// Every DPIA as a read-only table row (a council has tens, so all are held and filtered
// in memory). Edits go through undo commands; the page calls reload() on changes.
class DpiaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Reference,
        Title,
        Status,
        Version,
        Owner,
        Activities,
        Risks,
        HighestResidual,
        ReviewDate,
        ColumnCount
    };
    enum Role {
        DpiaIdRole = Qt::UserRole + 1,
        SortRole, // numbers and dates sort as such
    };

    explicit DpiaModel(Workspace &workspace, QObject *parent = nullptr);

    // Reads the DPIAs again; false (and the old rows kept) when they could not be read.
    bool reload(QString *error = nullptr);
    const DpiaRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "High risk", "Medium risk (1 not assessed)", "Not assessed", "No risks yet".
    static QString highestResidualText(const DpiaRow &row);

private:
    QString text(const DpiaRow &row, int column) const;
    QString toolTip(const DpiaRow &row, int column) const;

    Workspace &m_workspace;
    QList<DpiaRow> m_rows;
    QHash<qint64, int> m_index; // DPIA id -> row
    QDate m_today;
};

} // namespace igw
