#include "register/ui/assetquery.h"

#include "workspace/sql.h"

namespace igw {

namespace {

QString direction(bool ascending)
{
    return ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

// "a.id > ?" or "a.id < ?": the rows after `?` in the order.
QString idAfter(bool ascending)
{
    return ascending ? QStringLiteral("a.id > ?") : QStringLiteral("a.id < ?");
}

QString after(bool ascending)
{
    return ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
}

QString marks(int n)
{
    QStringList m;
    for (int i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QStringLiteral(", "));
}

// "x" or "(x, y)": a row value when there is more than one term.
QString tuple(const QStringList &terms)
{
    if (terms.size() == 1)
        return terms.constFirst();
    return QLatin1Char('(') + terms.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString placeholders(int n)
{
    return n == 1 ? QStringLiteral("?") : QLatin1Char('(') + marks(n) + QLatin1Char(')');
}

const QString FullFrom =
    QStringLiteral("assets a LEFT JOIN people o ON o.id = a.owner_person_id"
                   " LEFT JOIN people ad ON ad.id = a.administrator_person_id");

} // namespace

AssetQuery::AssetQuery(const QSqlDatabase &db)
    : m_db(db)
{
}

void AssetQuery::setFilter(const QString &where, const QVariantList &binds)
{
    m_where = where;
    m_binds = binds;
    m_nullCount = -1;
    m_pageStarts.clear();
    m_pageStartsLoaded = false;
}

void AssetQuery::setSort(AssetTableColumn column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
    m_nullCount = -1;
    m_pageStarts.clear();
    m_pageStartsLoaded = false;
}

const AssetSortDef &AssetQuery::def() const
{
    return assetTable::info(m_column).sort;
}

QString AssetQuery::fullFrom() const
{
    return FullFrom;
}

// The rows whose sort column is set. Sorting by a person walks the people index by name and,
// for each person, their assets by id: both in index order, so no sort step is needed.
QString AssetQuery::nonNullFrom(bool forRows) const
{
    const AssetSortDef &d = def();
    if (d.personAlias.isEmpty())
        return forRows ? FullFrom : QStringLiteral("assets a");
    QString from = QStringLiteral("people %1 CROSS JOIN assets a ON %2 = %1.id")
                       .arg(d.personAlias, d.personColumn);
    if (forRows) {
        from += d.personAlias == QLatin1String("o")
                    ? QStringLiteral(" LEFT JOIN people ad ON ad.id = a.administrator_person_id")
                    : QStringLiteral(" LEFT JOIN people o ON o.id = a.owner_person_id");
    }
    return from;
}

QString AssetQuery::filtered(const QString &condition) const
{
    QStringList terms;
    if (!m_where.isEmpty())
        terms << QLatin1Char('(') + m_where + QLatin1Char(')');
    if (!condition.isEmpty())
        terms << condition;
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

AssetQuery::Part AssetQuery::nullPart(bool ascending, const std::optional<qint64> &afterId) const
{
    Part p;
    p.nullSegment = true;
    p.from = FullFrom;
    p.keysFrom = QStringLiteral("assets a");
    p.where = def().nullColumn + QStringLiteral(" IS NULL");
    if (afterId) {
        p.where += QStringLiteral(" AND ") + idAfter(ascending);
        p.binds << *afterId;
    }
    p.orderBy = QStringLiteral("a.id") + direction(ascending);
    return p;
}

AssetQuery::Part AssetQuery::sameGroupPart(bool ascending,
                                           const std::optional<AssetRowKey> &key) const
{
    const AssetSortDef &d = def();
    Part p;
    p.from = FullFrom;
    p.keysFrom = QStringLiteral("assets a");
    QStringList terms;
    if (key && !d.group.isEmpty()) {
        if (!d.personAlias.isEmpty()) {
            terms << d.personColumn + QStringLiteral(" = ?");
            p.binds << key->group.value(1);
        } else {
            terms << d.group.constFirst() + QStringLiteral(" = ?");
            p.binds << key->group.value(0);
        }
    }
    if (key) {
        terms << idAfter(ascending);
        p.binds << key->id;
    }
    p.where = terms.join(QStringLiteral(" AND "));
    p.orderBy = QStringLiteral("a.id") + direction(ascending);
    return p;
}

AssetQuery::Part AssetQuery::laterGroupsPart(bool ascending,
                                             const std::optional<AssetRowKey> &key) const
{
    const AssetSortDef &d = def();
    Part p;
    p.from = nonNullFrom(true);
    p.keysFrom = nonNullFrom(false);
    QStringList terms;
    if (nullable() && d.personAlias.isEmpty())
        terms << d.nullColumn + QStringLiteral(" IS NOT NULL");
    if (key) {
        terms << tuple(d.group) + after(ascending) + placeholders(int(d.group.size()));
        p.binds << key->group;
    }
    p.where = terms.join(QStringLiteral(" AND "));
    QStringList order;
    for (const QString &g : d.group)
        order << g + direction(ascending);
    order << QStringLiteral("a.id") + direction(ascending);
    p.orderBy = order.join(QStringLiteral(", "));
    return p;
}

QString AssetQuery::keyColumns(bool nullSegment) const
{
    QString out;
    for (const QString &g : def().group)
        out += QStringLiteral(", ") + (nullSegment ? QStringLiteral("NULL") : g);
    return out;
}

AssetRowKey AssetQuery::keyFrom(const QVariantList &row, int first, bool nullSegment) const
{
    AssetRowKey key;
    key.inNullGroup = nullSegment;
    key.id = row.value(0).toLongLong();
    for (int i = first; i < row.size(); ++i)
        key.group << row.at(i);
    return key;
}

QList<AssetTableRow> AssetQuery::run(const Part &part, int limit)
{
    const QString statement = QStringLiteral("SELECT ") + assetSelectList() +
                              keyColumns(part.nullSegment) + QStringLiteral(" FROM ") + part.from +
                              filtered(part.where) + QStringLiteral(" ORDER BY ") + part.orderBy +
                              QStringLiteral(" LIMIT ?");
    bool ok = false;
    const QList<QVariantList> rows =
        sql::rows(m_db, statement, m_binds + part.binds + QVariantList{limit}, &m_error, &ok);
    QList<AssetTableRow> out;
    if (!ok)
        return out;
    out.reserve(rows.size());
    for (const QVariantList &row : rows) {
        AssetTableRow r;
        r.key = keyFrom(row, assetSelect::Count, part.nullSegment);
        r.values = row.mid(0, assetSelect::Count);
        out << r;
    }
    return out;
}

QList<AssetTableRow> AssetQuery::fetch(const std::optional<AssetRowKey> &afterKey, int limit)
{
    m_error.clear();
    const bool asc = m_order == Qt::AscendingOrder;
    QList<Part> parts;
    if (def().group.isEmpty()) {
        parts << sameGroupPart(asc, afterKey);
    } else if (asc) {
        if (nullable() && (!afterKey || afterKey->inNullGroup)) {
            parts << nullPart(true, afterKey ? std::optional<qint64>(afterKey->id) : std::nullopt)
                  << laterGroupsPart(true, std::nullopt);
        } else if (!afterKey) {
            parts << laterGroupsPart(true, std::nullopt);
        } else {
            parts << sameGroupPart(true, afterKey) << laterGroupsPart(true, afterKey);
        }
    } else {
        if (!afterKey) {
            parts << laterGroupsPart(false, std::nullopt);
        } else if (afterKey->inNullGroup) {
            parts << nullPart(false, afterKey->id);
        } else {
            parts << sameGroupPart(false, afterKey) << laterGroupsPart(false, afterKey);
        }
        if (nullable() && !(afterKey && afterKey->inNullGroup))
            parts << nullPart(false, std::nullopt);
    }
    QList<AssetTableRow> out;
    for (const Part &part : std::as_const(parts)) {
        const int wanted = limit - int(out.size());
        if (wanted <= 0)
            break;
        const QList<AssetTableRow> rows = run(part, wanted);
        if (!m_error.isEmpty())
            return {};
        out << rows;
    }
    return out;
}

qint64 AssetQuery::countWhere(const QString &from, const QString &condition,
                              const QVariantList &binds)
{
    const QVariant n =
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + from + filtered(condition),
                    m_binds + binds, &m_error);
    return n.isValid() ? n.toLongLong() : -1;
}

qint64 AssetQuery::count()
{
    m_error.clear();
    return countWhere(QStringLiteral("assets a"), {}, {});
}

qint64 AssetQuery::nullCount()
{
    if (!nullable())
        return 0;
    if (m_nullCount < 0)
        m_nullCount = countWhere(QStringLiteral("assets a"),
                                 def().nullColumn + QStringLiteral(" IS NULL"), {});
    return m_nullCount;
}

std::optional<AssetRowKey> AssetQuery::keyAtOffset(bool ascending, qint64 offset, qint64 total)
{
    Part part;
    if (def().group.isEmpty()) {
        part = sameGroupPart(ascending, std::nullopt);
    } else {
        const qint64 nulls = nullCount();
        if (nulls < 0)
            return std::nullopt;
        // The NULL group comes first ascending and last descending.
        const qint64 before = ascending ? nulls : total - nulls;
        const bool inFirst = offset < before;
        const bool nullFirst = ascending;
        if (inFirst == nullFirst)
            part = nullPart(ascending, std::nullopt);
        else
            part = laterGroupsPart(ascending, std::nullopt);
        if (!inFirst)
            offset -= before;
    }
    const QString statement = QStringLiteral("SELECT a.id") + keyColumns(part.nullSegment) +
                              QStringLiteral(" FROM ") + part.keysFrom + filtered(part.where) +
                              QStringLiteral(" ORDER BY ") + part.orderBy +
                              QStringLiteral(" LIMIT 1 OFFSET ?");
    bool ok = false;
    const QList<QVariantList> rows =
        sql::rows(m_db, statement, m_binds + part.binds + QVariantList{offset}, &m_error, &ok);
    if (!ok || rows.isEmpty())
        return std::nullopt;
    return keyFrom(rows.constFirst(), 1, part.nullSegment);
}

// One sorted pass that keeps the key of every pageSize-th row: for an order no index serves
// this costs about what a single OFFSET seek does, and every later jump is free.
bool AssetQuery::loadPageStarts(int pageSize)
{
    m_pageStartsLoaded = true;
    const AssetSortDef &d = def();
    const bool asc = m_order == Qt::AscendingOrder;
    QStringList order;
    QString columns = QStringLiteral("a.id");
    if (nullable()) {
        order << QStringLiteral("(%1 IS NOT NULL)").arg(d.nullColumn) + direction(asc);
        columns += QStringLiteral(", (%1 IS NULL)").arg(d.nullColumn);
    } else {
        columns += QStringLiteral(", 0");
    }
    for (int i = 0; i < d.group.size(); ++i) {
        order << d.group.at(i) + direction(asc);
        columns += QStringLiteral(", %1 AS k%2").arg(d.group.at(i)).arg(i);
    }
    order << QStringLiteral("a.id") + direction(asc);
    bool ok = false;
    const QList<QVariantList> rows =
        sql::rows(m_db,
                  QStringLiteral("SELECT * FROM (SELECT ") + columns +
                      QStringLiteral(", row_number() OVER (ORDER BY ") +
                      order.join(QStringLiteral(", ")) + QStringLiteral(") AS rn FROM assets a") +
                      filtered({}) + QStringLiteral(") WHERE rn % ? = 0"),
                  m_binds + QVariantList{pageSize}, &m_error, &ok);
    if (!ok)
        return false;
    for (const QVariantList &row : rows) {
        AssetRowKey key;
        key.id = row.value(0).toLongLong();
        key.inNullGroup = row.value(1).toInt() != 0;
        for (int i = 2; i < row.size() - 1; ++i)
            key.group << (key.inNullGroup ? QVariant() : row.at(i));
        m_pageStarts.insert(row.constLast().toLongLong(), key);
    }
    return true;
}

std::optional<AssetRowKey> AssetQuery::keyAt(qint64 row, qint64 total, int pageSize)
{
    m_error.clear();
    if (row < 0 || row >= total)
        return std::nullopt;
    if (!def().indexed && !def().group.isEmpty() && def().personAlias.isEmpty()) {
        if (!m_pageStartsLoaded && !loadPageStarts(pageSize))
            return std::nullopt;
        const auto found = m_pageStarts.constFind(row + 1);
        if (found != m_pageStarts.cend())
            return *found;
    }
    const bool asc = m_order == Qt::AscendingOrder;
    if (row <= total / 2)
        return keyAtOffset(asc, row, total);
    return keyAtOffset(!asc, total - 1 - row, total);
}

qint64 AssetQuery::rowOf(qint64 id, qint64 total)
{
    m_error.clear();
    const AssetSortDef &d = def();
    const QString isNull =
        nullable() ? d.nullColumn + QStringLiteral(" IS NULL") : QStringLiteral("0");
    QString columns = isNull;
    for (const QString &g : d.group)
        columns += QStringLiteral(", ") + g;
    bool ok = false;
    const QList<QVariantList> found =
        sql::rows(m_db,
                  QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + FullFrom +
                      filtered(QStringLiteral("a.id = ?")),
                  m_binds + QVariantList{id}, &m_error, &ok);
    if (!ok || found.isEmpty())
        return -1;
    AssetRowKey key;
    key.id = id;
    key.inNullGroup = found.constFirst().value(0).toInt() != 0;
    key.group = found.constFirst().mid(1);

    // Rows before it in ascending order.
    qint64 before = 0;
    const QString idBefore = QStringLiteral("a.id < ?");
    if (d.group.isEmpty()) {
        before = countWhere(QStringLiteral("assets a"), idBefore, {id});
    } else if (key.inNullGroup) {
        before = countWhere(QStringLiteral("assets a"), isNull + QStringLiteral(" AND ") + idBefore,
                            {id});
    } else {
        const qint64 nulls = nullCount();
        const Part same = sameGroupPart(false, key); // "a.id < ?" within the group
        QString earlier =
            tuple(d.group) + QStringLiteral(" < ") + placeholders(int(d.group.size()));
        if (nullable() && d.personAlias.isEmpty())
            earlier = d.nullColumn + QStringLiteral(" IS NOT NULL AND ") + earlier;
        const qint64 groups = countWhere(nonNullFrom(false), earlier, key.group);
        const qint64 within = countWhere(QStringLiteral("assets a"), same.where, same.binds);
        if (nulls < 0 || groups < 0 || within < 0)
            return -1;
        before = nulls + groups + within;
    }
    if (before < 0)
        return -1;
    return m_order == Qt::AscendingOrder ? before : total - 1 - before;
}

} // namespace igw
