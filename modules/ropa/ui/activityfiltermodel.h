#pragma once

#include <QSortFilterProxyModel>

namespace igw {

class ActivityModel;

// What the ROPA list shows: a text search and the page's filters over an ActivityModel.
struct ActivityFilter {
    enum class Special { All, SpecialOrCriminal, Neither };
    enum class Dpia { All, Required, NotRequired, NotAnswered };

    QString search;      // in reference, name, purpose and business function
    QString function;    // exact business function (any case); empty: all
    QString lawfulBasis; // a lawful basis key; NotRecorded; empty: all
    Special special = Special::All;
    Dpia dpia = Dpia::All;
    bool incompleteOnly = false;

    static const QString NotRecorded;
    bool isEmpty() const;
};

class ActivityFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ActivityFilterModel(ActivityModel *source, QObject *parent = nullptr);

    const ActivityFilter &filter() const { return m_filter; }
    void setFilter(const ActivityFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ActivityModel *m_source;
    ActivityFilter m_filter;
};

} // namespace igw
