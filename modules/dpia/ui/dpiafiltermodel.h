#pragma once

#include <QSortFilterProxyModel>

namespace igw {

class DpiaModel;

// What the DPIA list shows: a text search, a status and "high residual risk only".
struct DpiaFilter {
    QString search; // every word in the reference, title, summary, owner or activities
    QString status; // a status key; empty: all
    bool highOnly = false;

    bool isEmpty() const;
};

class DpiaFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DpiaFilterModel(DpiaModel *source, QObject *parent = nullptr);

    const DpiaFilter &filter() const { return m_filter; }
    void setFilter(const DpiaFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DpiaModel *m_source;
    DpiaFilter m_filter;
};

} // namespace igw
