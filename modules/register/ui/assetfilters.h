#pragma once

#include "register/ui/assettablecolumns.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace igw {

class Workspace;

// The built-in filters of the asset register, in the order the combo offers them.
enum class AssetPreset {
    All,
    Mine,
    ReviewOverdue,
    ReviewDueSoon,
    SpecialCategory,
    CriminalOffence,
    NoOwner,
    ArchivedDisposed
};

// "Only rows whose <column> is <value>" (the stored value; a null value means "not set").
struct AssetColumnFilter {
    AssetTableColumn column = AssetTableColumn::Name;
    QVariant value;
    QString text; // as shown in the table, for the filter description
};

struct AssetFilter {
    AssetPreset preset = AssetPreset::All;
    QString search;
    QList<AssetColumnFilter> columns;
    bool operator==(const AssetFilter &other) const;
};

// A filter the user named and saved in the workspace, with the sort that went with it.
struct SavedAssetFilter {
    QString name;
    AssetFilter filter;
    AssetTableColumn sortColumn = AssetTableColumn::Name;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

struct AssetCondition {
    QString where; // on the assets table aliased "a"; empty: every row
    QVariantList binds;
};

namespace assetFilters {

constexpr int ReviewSoonDays = 30;
QList<AssetPreset> presets();
QString presetKey(AssetPreset preset);
AssetPreset presetFromKey(const QString &key);
QString presetLabel(AssetPreset preset);

// The SQL for a filter. Search words of 3 or more characters use the trigram index
// (assets_fts); shorter ones a LIKE over the same columns. "Mine" needs the workspace to
// find the people that are the workspace user.
AssetCondition toSql(const AssetFilter &filter, Workspace &workspace, const QDate &today);
// The people whose name, or the part of whose email address before the "@", is `userName`
// (ignoring case).
QList<qint64> peopleMatchingUser(Workspace &workspace, const QString &userName);
// Assets whose next review date has passed (ignoring disposed assets).
AssetCondition overdue(const QDate &today);

// Saved filters live in the workspace's meta table as JSON under "register.savedFilters".
inline const QString MetaKey = QStringLiteral("register.savedFilters");
QList<SavedAssetFilter> loadSaved(Workspace &workspace);
bool storeSaved(Workspace &workspace, const QList<SavedAssetFilter> &filters, QString *error);

} // namespace assetFilters
} // namespace igw
