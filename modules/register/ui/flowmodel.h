#pragma once

#include "register/ui/flowdata.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace igw {

class Workspace;

// A read-only table of the information flows with the names of both ends. It reloads
// (coalesced) when flows, assets or organisations change; edits go through the flow
// editor and undo commands, never through setData().
class FlowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Reference,
        Title,
        From,
        To,
        TransferMethod,
        Frequency,
        Encrypted,
        LawfulBasis,
        Risk,
        ColumnCount
    };
    enum Role {
        FlowIdRole = Qt::UserRole + 1,
        RiskKeyRole, // the stored key: "low", "medium", "high" or empty
        SortRole,    // what the column sorts by (risk by severity, not alphabet)
    };

    explicit FlowModel(Workspace &workspace, QObject *parent = nullptr);

    // Reads everything again now (a pending coalesced reload is dropped).
    void reload();
    const FlowData &flowData() const { return m_data; }
    Record flowAt(int row) const;
    int rowOfId(qint64 id) const;
    bool touchesAsset(int row, qint64 assetId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString text(const Record &flow, int column) const;
    QVariant sortKey(const Record &flow, int column) const;

    QPointer<Workspace> m_workspace;
    QTimer *m_reloadTimer;
    FlowData m_data;
};

} // namespace igw
