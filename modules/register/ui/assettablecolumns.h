#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace igw {

// The columns of the asset table, in display order.
enum class AssetTableColumn : int {
    Ref,
    Name,
    BusinessFunction,
    Owner,
    Administrator,
    SystemLocation,
    Classification,
    PersonalData,
    SpecialCategory,
    CriminalOffence,
    Criticality,
    Status,
    LastReview,
    NextReview,
    LawfulBasis,
    Count
};

// Positions in the row the asset queries select (see assetSelectList()).
namespace assetSelect {
enum : int {
    Id,
    Ref,
    Name,
    BusinessFunction,
    OwnerName,
    AdministratorName,
    SystemLocation,
    Classification,
    PersonalData,
    SpecialCategory,
    CriminalOffence,
    Criticality,
    Status,
    LastReview,
    NextReview,
    LawfulBasis,
    OwnerId,
    AdministratorId,
    Count
};
} // namespace assetSelect

// How the table sorts by a column, in SQL. Rows whose column is NULL form one group that
// comes first (ascending, as in SQLite's indexes), ordered by id; the other rows are ordered
// by `group` then id. Each order is served by an index on (column, id) where one exists.
struct AssetSortDef {
    // The column tested for NULL; empty when it never is.
    QString nullColumn;
    // The sort key expressions before the id; empty: sort by id alone (the reference).
    QStringList group;
    // For sorting by a person's name: the alias ("o" or "ad") and the asset's column that
    // points at the person. The non-NULL rows then come from people joined to assets.
    QString personAlias;
    QString personColumn;
    // Whether an index serves the order. Without one, a jump reads the page starts of the
    // whole order in one sorted pass instead of one sort per jump.
    bool indexed = true;
};

struct AssetTableColumnInfo {
    AssetTableColumn column;
    QString key;   // stable name for settings and saved filters: "owner"
    QString label; // translated header
    QString field; // the asset field holding the stored value
    int select;    // position in the selected row of the displayed value
    bool visibleByDefault;
    AssetSortDef sort;
};

namespace assetTable {
const QList<AssetTableColumnInfo> &all();
const AssetTableColumnInfo &info(AssetTableColumn column);
inline const AssetTableColumnInfo &info(int column)
{
    return info(AssetTableColumn(column));
}
int count();
AssetTableColumn fromKey(const QString &key, AssetTableColumn fallback = AssetTableColumn::Name);
// The translated label of an asset field ("Owner" for owner_person_id).
QString fieldLabel(const QString &field);
} // namespace assetTable

// Everything a table row needs, selected under the aliases a (assets), o (owner) and
// ad (administrator).
QString assetSelectList();

} // namespace igw
