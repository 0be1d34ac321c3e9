#pragma once

#include "register/ui/assettablecolumns.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace igw {

// Where a row sits in the current order: enough to continue after it (keyset pagination).
struct AssetRowKey {
    bool inNullGroup = false; // the sort column is NULL for this row
    QVariantList group;       // the sort key values before the id
    qint64 id = 0;
};

struct AssetTableRow {
    QVariantList values; // see assetSelect
    AssetRowKey key;
};

// The SQL behind the asset table: counts and pages of rows in a chosen order, for a filter,
// read with keyset pagination ((key, id) after the last row seen, LIMIT n; never OFFSET
// for pages). Every order is a NULL group (ordered by id) followed by the other rows by key
// then id; descending is the exact reverse.
class AssetQuery {
public:
    explicit AssetQuery(const QSqlDatabase &db);

    // `where` is a condition on the assets table under the alias "a" (empty: all rows).
    void setFilter(const QString &where, const QVariantList &binds);
    void setSort(AssetTableColumn column, Qt::SortOrder order);
    AssetTableColumn sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // -1 on a database error (see errorString()).
    qint64 count();
    // Up to `limit` rows after `after` (from the start when empty), in order.
    QList<AssetTableRow> fetch(const std::optional<AssetRowKey> &after, int limit);
    // The key of the row at position `row` (0-based) of `total`: one bounded seek used only to
    // find where a page starts when the table jumps (scrollbar dragged); it reads from the
    // nearer end of the order.
    std::optional<AssetRowKey> keyAt(qint64 row, qint64 total, int pageSize = 256);
    // The position of the asset in the current order, or -1 when the filter hides it.
    qint64 rowOf(qint64 id, qint64 total);

    QString errorString() const { return m_error; }

private:
    struct Part {
        bool nullSegment = false;
        QString from;     // for whole rows
        QString keysFrom; // for keys only
        QString where;
        QVariantList binds;
        QString orderBy;
    };
    const AssetSortDef &def() const;
    bool nullable() const { return !def().nullColumn.isEmpty(); }
    QString fullFrom() const;
    QString nonNullFrom(bool forRows) const;
    QString filtered(const QString &condition) const;
    Part nullPart(bool ascending, const std::optional<qint64> &afterId) const;
    Part sameGroupPart(bool ascending, const std::optional<AssetRowKey> &key) const;
    Part laterGroupsPart(bool ascending, const std::optional<AssetRowKey> &after) const;
    QString keyColumns(bool nullSegment) const;
    QList<AssetTableRow> run(const Part &part, int limit);
    std::optional<AssetRowKey> keyAtOffset(bool ascending, qint64 offset, qint64 total);
    bool loadPageStarts(int pageSize);
    qint64 countWhere(const QString &from, const QString &condition, const QVariantList &binds);
    qint64 nullCount();
    AssetRowKey keyFrom(const QVariantList &row, int first, bool nullSegment) const;

    QSqlDatabase m_db;
    QString m_where;
    QVariantList m_binds;
    AssetTableColumn m_column = AssetTableColumn::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    qint64 m_nullCount = -1; // cached for the filter and sort
    // For orders no index serves: row number -> key, every pageSize rows (1-based).
    QHash<qint64, AssetRowKey> m_pageStarts;
    bool m_pageStartsLoaded = false;
    QString m_error;
};

} // namespace igw
