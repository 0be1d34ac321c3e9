#pragma once

#include "register/assetimport.h"

#include <QAbstractTableModel>

namespace igw {

// The problems a check found, one per line: source row, "Error"/"Warning" (word and icon,
// so the meaning does not rest on colour), source column, the cell and what to do. Errors
// come first, each group in file order.
class ImportProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, SeverityColumn, SourceColumn, ValueColumn, MessageColumn, Columns };

    explicit ImportProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<ImportProblem> &problems);
    // Warnings can run to one per row (e.g. no lawful basis): they can be hidden.
    void setShowWarnings(bool show);
    bool showsWarnings() const { return m_showWarnings; }
    const QList<ImportProblem> &problems() const { return m_problems; } // as shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();

    QList<ImportProblem> m_all;
    QList<ImportProblem> m_problems;
    bool m_showWarnings = true;
};

} // namespace igw
