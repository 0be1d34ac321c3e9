#pragma once

#include "dpia/riskmatrix.h"
#include "workspace/recordstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace igw {

// The risk register of one DPIA as a read-only table: number, source, impact, both levels
// and the band (in words) before and after the measures. The register refills it.
class RiskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Title,
        Likelihood,
        Severity,
        InherentBand,
        ResidualLikelihood,
        ResidualSeverity,
        ResidualBand,
        Measures,
        Impact, // last: free text, it takes the room that is left
        ColumnCount
    };
    enum Role { RiskIdRole = Qt::UserRole + 1 };

    explicit RiskModel(QObject *parent = nullptr);

    // `risks` in register order; `measureCounts` by risk id.
    void setRisks(const QList<Record> &risks, const RiskMatrix &matrix,
                  const QHash<qint64, int> &measureCounts);
    const QList<Record> &risks() const { return m_risks; }
    const RiskMatrix &matrix() const { return m_matrix; }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;

    QList<Record> m_risks;
    RiskMatrix m_matrix;
    QHash<qint64, int> m_measureCounts;
};

} // namespace igw
