#pragma once

#include "dpia/ui/dpiadata.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace igw {

class Workspace;

// Every measure of every DPIA as one action list: which DPIA and risk it answers, who owns
// it, when it is due (late ones say so in words) and how far it has got.
class ActionPlanModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Dpia, Risk, Measure, Effect, Owner, Due, Timing, Status, Approved, ColumnCount };
    enum Role {
        MeasureIdRole = Qt::UserRole + 1,
        DpiaIdRole,
        RiskIdRole,
        SortRole,
    };

    explicit ActionPlanModel(Workspace &workspace, QObject *parent = nullptr);

    bool reload(QString *error = nullptr);
    const ActionItem &itemAt(int row) const { return m_items.at(row); }
    QDate today() const { return m_today; }
    bool isOverdue(const ActionItem &item) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QString text(const ActionItem &item, int column) const;

private:
    Workspace &m_workspace;
    QList<ActionItem> m_items;
    QDate m_today;
};

// The action plan's filters: one owner's measures, open ones, overdue ones.
struct ActionPlanFilter {
    qint64 ownerPersonId = 0; // 0: anyone
    QString ownerName;        // also matches a free-text owner of that name
    bool openOnly = false;
    bool overdueOnly = false;
};

class ActionPlanFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ActionPlanFilterModel(ActionPlanModel *source, QObject *parent = nullptr);

    void setFilter(const ActionPlanFilter &filter);
    const ActionPlanFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ActionPlanModel *m_source;
    ActionPlanFilter m_filter;
};

} // namespace igw
