#include "register/ui/assetfilters.h"

#include "register/ui/registeruitr.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace igw {

bool AssetFilter::operator==(const AssetFilter &other) const
{
    if (preset != other.preset || search != other.search || columns.size() != other.columns.size())
        return false;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).column != other.columns.at(i).column ||
            columns.at(i).value != other.columns.at(i).value)
            return false;
    }
    return true;
}

namespace assetFilters {

namespace {

struct PresetInfo {
    AssetPreset preset;
    const char *key;
};

constexpr PresetInfo Presets[] = {
    {AssetPreset::All, "all"},
    {AssetPreset::Mine, "mine"},
    {AssetPreset::ReviewOverdue, "reviewOverdue"},
    {AssetPreset::ReviewDueSoon, "reviewDueSoon"},
    {AssetPreset::SpecialCategory, "specialCategory"},
    {AssetPreset::CriminalOffence, "criminalOffence"},
    {AssetPreset::NoOwner, "noOwner"},
    {AssetPreset::ArchivedDisposed, "archivedDisposed"},
};

// An FTS5 string literal: the word in double quotes, inner quotes doubled.
QString ftsString(const QString &word)
{
    return QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// True when a word is in so many assets that the trigram index would only slow the search
// down (it must intersect long lists): then a scan with LIKE is faster. A bounded probe
// answers it in about a millisecond either way.
bool matchesMostAssets(Workspace &workspace, const QString &word)
{
    const QSqlDatabase db = workspace.database();
    const qint64 rows = sql::scalar(db, QStringLiteral("SELECT max(id) FROM assets")).toLongLong();
    const qint64 cap = qMax<qint64>(2000, rows / 20);
    if (rows < cap)
        return false;
    const qint64 found =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM assets_fts"
                                   " WHERE assets_fts MATCH ? LIMIT ?)"),
                    {ftsString(word), cap})
            .toLongLong();
    return found >= cap;
}

void addSearch(const QString &search, Workspace &workspace, QStringList &terms, QVariantList &binds)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = search.simplified().split(space, Qt::SkipEmptyParts);
    QStringList fts;
    for (const QString &word : words) {
        if (word.size() >= 3 && !matchesMostAssets(workspace, word)) {
            fts << ftsString(word);
            continue;
        }
        // Too short for trigrams, or too common for them to help: a LIKE over the
        // indexed columns (a full scan).
        QStringList likes;
        for (const char *column :
             {"ref", "name", "description", "business_function", "system_location"}) {
            likes << QStringLiteral("a.%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            binds << likePattern(word);
        }
        terms << QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!fts.isEmpty()) {
        terms.prepend(
            QStringLiteral("a.id IN (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?)"));
        binds.prepend(fts.join(QLatin1Char(' ')));
    }
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QList<AssetPreset> presets()
{
    QList<AssetPreset> out;
    for (const PresetInfo &p : Presets)
        out << p.preset;
    return out;
}

QString presetKey(AssetPreset preset)
{
    for (const PresetInfo &p : Presets) {
        if (p.preset == preset)
            return QString::fromLatin1(p.key);
    }
    return QStringLiteral("all");
}

AssetPreset presetFromKey(const QString &key)
{
    for (const PresetInfo &p : Presets) {
        if (key == QLatin1String(p.key))
            return p.preset;
    }
    return AssetPreset::All;
}

QString presetLabel(AssetPreset preset)
{
    switch (preset) {
    case AssetPreset::All:
        return RegisterUiTr::tr("All assets");
    case AssetPreset::Mine:
        return RegisterUiTr::tr("My assets");
    case AssetPreset::ReviewOverdue:
        return RegisterUiTr::tr("Review overdue");
    case AssetPreset::ReviewDueSoon:
        return RegisterUiTr::tr("Review due in %n days", nullptr, ReviewSoonDays);
    case AssetPreset::SpecialCategory:
        return RegisterUiTr::tr("Special category data");
    case AssetPreset::CriminalOffence:
        return RegisterUiTr::tr("Criminal offence data");
    case AssetPreset::NoOwner:
        return RegisterUiTr::tr("No owner");
    case AssetPreset::ArchivedDisposed:
        return RegisterUiTr::tr("Archived or disposed");
    }
    return {};
}

QList<qint64> peopleMatchingUser(Workspace &workspace, const QString &userName)
{
    const QString user = userName.trimmed();
    QList<qint64> out;
    if (user.isEmpty())
        return out;
    const QList<QVariantList> rows = sql::rows(
        workspace.database(),
        QStringLiteral("SELECT id FROM people WHERE name = ? COLLATE NOCASE"
                       " OR (instr(email, '@') > 1"
                       "     AND substr(email, 1, instr(email, '@') - 1) = ? COLLATE NOCASE)"
                       " OR email = ? COLLATE NOCASE ORDER BY id"),
        {user, user, user});
    for (const QVariantList &row : rows)
        out << row.value(0).toLongLong();
    return out;
}

AssetCondition overdue(const QDate &today)
{
    return {QStringLiteral("a.next_review < ? AND a.status <> 'disposed'"),
            {today.toString(Qt::ISODate)}};
}

AssetCondition toSql(const AssetFilter &filter, Workspace &workspace, const QDate &today)
{
    QStringList terms;
    QVariantList binds;
    switch (filter.preset) {
    case AssetPreset::All:
        break;
    case AssetPreset::Mine: {
        const QList<qint64> ids = peopleMatchingUser(workspace, workspace.userName());
        terms << (ids.isEmpty() ? QStringLiteral("0")
                                : QStringLiteral("a.owner_person_id IN (%1)").arg(idList(ids)));
        break;
    }
    case AssetPreset::ReviewOverdue: {
        const AssetCondition c = overdue(today);
        terms << c.where;
        binds << c.binds;
        break;
    }
    case AssetPreset::ReviewDueSoon:
        terms << QStringLiteral("a.next_review >= ? AND a.next_review <= ?"
                                " AND a.status <> 'disposed'");
        binds << today.toString(Qt::ISODate) << today.addDays(ReviewSoonDays).toString(Qt::ISODate);
        break;
    case AssetPreset::SpecialCategory:
        terms << QStringLiteral("a.special_category = 1");
        break;
    case AssetPreset::CriminalOffence:
        terms << QStringLiteral("a.criminal_offence = 1");
        break;
    case AssetPreset::NoOwner:
        terms << QStringLiteral("a.owner_person_id IS NULL");
        break;
    case AssetPreset::ArchivedDisposed:
        terms << QStringLiteral("a.status IN ('archived', 'disposed')");
        break;
    }
    for (const AssetColumnFilter &c : filter.columns) {
        const AssetTableColumnInfo &info = assetTable::info(c.column);
        const QString column =
            info.field.isEmpty() ? QStringLiteral("a.ref") : QStringLiteral("a.") + info.field;
        if (c.value.isNull()) {
            terms << column + QStringLiteral(" IS NULL");
        } else {
            terms << column + QStringLiteral(" = ?");
            binds << c.value;
        }
    }
    addSearch(filter.search, workspace, terms, binds);
    return {terms.join(QStringLiteral(" AND ")), binds};
}

QList<SavedAssetFilter> loadSaved(Workspace &workspace)
{
    const QVariant stored = sql::scalar(
        workspace.database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {MetaKey});
    QList<SavedAssetFilter> out;
    const QJsonArray array = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SavedAssetFilter f;
        f.name = o.value(QStringLiteral("name")).toString();
        if (f.name.isEmpty())
            continue;
        f.filter.preset = presetFromKey(o.value(QStringLiteral("preset")).toString());
        f.filter.search = o.value(QStringLiteral("search")).toString();
        const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
        for (const QJsonValue &cv : columns) {
            const QJsonObject co = cv.toObject();
            AssetColumnFilter c;
            c.column = assetTable::fromKey(co.value(QStringLiteral("column")).toString());
            c.value = co.value(QStringLiteral("value")).toVariant();
            c.text = co.value(QStringLiteral("text")).toString();
            f.filter.columns << c;
        }
        f.sortColumn = assetTable::fromKey(o.value(QStringLiteral("sort")).toString());
        f.sortOrder = o.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder
                                                                     : Qt::AscendingOrder;
        out << f;
    }
    return out;
}

bool storeSaved(Workspace &workspace, const QList<SavedAssetFilter> &filters, QString *error)
{
    QJsonArray array;
    for (const SavedAssetFilter &f : filters) {
        QJsonArray columns;
        for (const AssetColumnFilter &c : f.filter.columns)
            columns.append(QJsonObject{{QStringLiteral("column"), assetTable::info(c.column).key},
                                       {QStringLiteral("value"), QJsonValue::fromVariant(c.value)},
                                       {QStringLiteral("text"), c.text}});
        array.append(
            QJsonObject{{QStringLiteral("name"), f.name},
                        {QStringLiteral("preset"), presetKey(f.filter.preset)},
                        {QStringLiteral("search"), f.filter.search},
                        {QStringLiteral("columns"), columns},
                        {QStringLiteral("sort"), assetTable::info(f.sortColumn).key},
                        {QStringLiteral("descending"), f.sortOrder == Qt::DescendingOrder}});
    }
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    if (!sql::exec(
            workspace.database(),
            QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
            {MetaKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))},
            error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

} // namespace assetFilters
} // namespace igw
