#include "dpia/ui/riskmodel.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiadata.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "reports/heatmap.h"

#include <QBrush>
#include <QLocale>

namespace igw {

RiskModel::RiskModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_matrix(RiskMatrix::ico3())
{
}

void RiskModel::setRisks(const QList<Record> &risks, const RiskMatrix &matrix,
                         const QHash<qint64, int> &measureCounts)
{
    beginResetModel();
    m_risks = risks;
    m_matrix = matrix;
    m_measureCounts = measureCounts;
    endResetModel();
}

int RiskModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_risks.size(); ++row) {
        if (m_risks.at(row).id == id)
            return row;
    }
    return -1;
}

int RiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_risks.size());
}

int RiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RiskModel::text(int row, int column) const
{
    const Record &r = m_risks.at(row);
    const RiskLevels levels = RiskLevels::of(r);
    const auto severityText = [this](int level) {
        return m_matrix.isValidLevel(level) ? m_matrix.severityLabels.value(level - 1)
                                            : DpiaUiTr::tr("Not assessed");
    };
    switch (column) {
    case Number:
        return dpiaUiText::riskNumber(row + 1);
    case Title:
        return r.value(riskField::title).toString();
    case Impact:
        return r.value(riskField::impact).toString().simplified();
    case Likelihood:
        return dpiaUiText::levelText(m_matrix, levels.likelihood);
    case Severity:
        return severityText(levels.severity);
    case InherentBand:
        return dpiaUiText::bandText(levels.inherent(m_matrix));
    case ResidualLikelihood:
        return dpiaUiText::levelText(m_matrix, levels.residualLikelihood);
    case ResidualSeverity:
        return severityText(levels.residualSeverity);
    case ResidualBand:
        return dpiaUiText::bandText(levels.residual(m_matrix));
    case Measures:
        return QLocale().toString(m_measureCounts.value(r.id));
    default:
        return {};
    }
}

QVariant RiskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_risks.size())
        return {};
    const RiskLevels levels = RiskLevels::of(m_risks.at(index.row()));
    const auto band = index.column() == InherentBand   ? levels.inherent(m_matrix)
                      : index.column() == ResidualBand ? levels.residual(m_matrix)
                                                       : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Impact)
            return text(index.row(), index.column());
        return {};
    // Shade as on the heat map; the words carry the meaning.
    case Qt::BackgroundRole:
        return band ? QVariant(QBrush(reports::HeatMap::bandColour(*band))) : QVariant();
    case Qt::ForegroundRole:
        return band ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Measures)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RiskIdRole:
        return m_risks.at(index.row()).id;
    default:
        return {};
    }
}

QVariant RiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Likelihood:
        case Severity:
        case InherentBand:
            return DpiaUiTr::tr("Before the measures (inherent risk)");
        case ResidualLikelihood:
        case ResidualSeverity:
        case ResidualBand:
            return DpiaUiTr::tr("After the measures (residual risk)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return DpiaUiTr::tr("No.");
    case Title:
        return DpiaUiTr::tr("Source of risk");
    case Impact:
        return DpiaUiTr::tr("Nature of impact");
    case Likelihood:
        return DpiaUiTr::tr("Likelihood");
    case Severity:
        return DpiaUiTr::tr("Severity");
    case InherentBand:
        return DpiaUiTr::tr("Inherent\nrisk");
    case ResidualLikelihood:
        return DpiaUiTr::tr("Residual\nlikelihood");
    case ResidualSeverity:
        return DpiaUiTr::tr("Residual\nseverity");
    case ResidualBand:
        return DpiaUiTr::tr("Residual\nrisk");
    case Measures:
        return DpiaUiTr::tr("Measures");
    default:
        return {};
    }
}

} // namespace igw
