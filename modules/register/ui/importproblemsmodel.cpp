#include "register/ui/importproblemsmodel.h"

#include "register/ui/registeruitr.h"
#include "widgets/icons.h"

#include <algorithm>

namespace igw {

ImportProblemsModel::ImportProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportProblemsModel::setProblems(const QList<ImportProblem> &problems)
{
    m_all = problems;
    // Errors first: they are what stops the import, and warnings can run to hundreds.
    std::stable_sort(
        m_all.begin(), m_all.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.error && !b.error; });
    refilter();
}

void ImportProblemsModel::setShowWarnings(bool show)
{
    m_showWarnings = show;
    refilter();
}

void ImportProblemsModel::refilter()
{
    beginResetModel();
    m_problems.clear();
    for (const ImportProblem &p : std::as_const(m_all)) {
        if (p.error || m_showWarnings)
            m_problems.append(p);
    }
    endResetModel();
}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const ImportProblem &p = m_problems.at(index.row());
    const QString severity = p.error ? RegisterUiTr::tr("Error") : RegisterUiTr::tr("Warning");
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case RowColumn:
            // Line 0 is the file as a whole.
            return p.line > 0 ? QVariant(p.line) : QVariant(RegisterUiTr::tr("File"));
        case SeverityColumn:
            return severity;
        case SourceColumn:
            return p.column;
        case ValueColumn:
            return role == Qt::DisplayRole ? QVariant(p.value.simplified()) : QVariant(p.value);
        case MessageColumn:
            return p.message;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return icon(p.error ? QStringLiteral("error") : QStringLiteral("warning"));
    // Centred like the icon, so the word sits beside it.
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return RegisterUiTr::tr("Row");
    case SeverityColumn:
        return RegisterUiTr::tr("Type");
    case SourceColumn:
        return RegisterUiTr::tr("Column");
    case ValueColumn:
        return RegisterUiTr::tr("Value");
    case MessageColumn:
        return RegisterUiTr::tr("Problem");
    default:
        return {};
    }
}

} // namespace igw
