#pragma once

#include <QSortFilterProxyModel>

namespace igw {

// The flow list's quick filter: text in any column, and optionally only the flows that
// touch one asset (when the asset register asks to show an asset's flows).
class FlowFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FlowFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setAssetId(qint64 assetId); // 0: all flows
    qint64 assetId() const { return m_assetId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    qint64 m_assetId = 0;
};

} // namespace igw
