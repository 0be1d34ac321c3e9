#pragma once

#include "register/ui/assetfilters.h"
#include "register/ui/assetquery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>

namespace igw {

class Workspace;

// The asset register as a read-only table that stays quick at 100,000 assets: it never
// loads every row. Rows are read in pages of 256 with keyset pagination (see AssetQuery)
// and kept in a small cache; sorting and filtering happen in SQL. It resets itself (once,
// after the event loop turns) when assets or people change; edits go through the forms and
// undo commands, never through setData().
class AssetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 64;

    enum Role {
        RecordIdRole = Qt::UserRole, // the asset's id (every column)
        ReviewStateRole,             // int(ReviewState) of the next review (every column)
        StoredValueRole,             // the stored value behind the cell (for column filters)
        RecordRefRole,
    };

    explicit AssetModel(Workspace &workspace, QObject *parent = nullptr);

    void setFilter(const AssetFilter &filter);
    const AssetFilter &filter() const { return m_filter; }
    int sortColumn() const { return int(m_query.sortColumn()); }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder(); }
    // The date reviews are measured against (today unless a test says otherwise).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // Reads everything again now (normally done after a change, once control returns).
    void refresh();
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A query failed (the message is for the status line; the table shows what it has).
    void queryFailed(const QString &message);

private:
    struct Page {
        QList<AssetTableRow> rows;
        quint64 lastUse = 0;
    };
    const AssetTableRow *rowAt(int row) const;
    const Page *page(int number) const;
    bool loadPage(int number) const;
    void storePage(int number, QList<AssetTableRow> rows) const;
    void scheduleRefresh();
    void reset();
    QString text(const AssetTableRow &row, AssetTableColumn column) const;
    void fail(const QString &message) const;

    QPointer<Workspace> m_workspace;
    AssetFilter m_filter;
    QDate m_today;
    mutable AssetQuery m_query;
    int m_count = 0;
    bool m_refreshQueued = false;
    mutable QHash<int, Page> m_pages;
    // The key of the last row of page n - 1, i.e. where page n starts; learnt as pages are
    // read, so scrolling on from a page never needs a seek.
    mutable QHash<int, AssetRowKey> m_pageStarts;
    mutable quint64 m_useCounter = 0;
    mutable QString m_error;
};

} // namespace igw
