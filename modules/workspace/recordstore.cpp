#include "workspace/recordstore.h"

#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/tr.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace igw {

namespace {

const QStringList CommonColumns = {QStringLiteral("id"),         QStringLiteral("uuid"),
                                   QStringLiteral("ref"),        QStringLiteral("owner_org_id"),
                                   QStringLiteral("created_at"), QStringLiteral("created_by"),
                                   QStringLiteral("updated_at"), QStringLiteral("updated_by")};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Blank text is stored as NULL so "empty" has one meaning in queries and completeness checks.
QVariant normalised(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())
        return QVariant();
    return value;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const QVariant na = normalised(a);
    const QVariant nb = normalised(b);
    if (na.isNull() || nb.isNull())
        return na.isNull() && nb.isNull();
    return na.toString() == nb.toString();
}

QString valuesJson(const QVariantMap &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!normalised(it.value()).isNull())
            o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString columnList(const RecordKind &kind)
{
    QString out = (CommonColumns + kind.fields).join(QStringLiteral(", "));
    // Ordered in a subquery so the joined ids come out sorted.
    for (const LinkSet &l : kind.links)
        out += QStringLiteral(", (SELECT group_concat(t, ';') FROM (SELECT %1 AS t FROM %2"
                              " WHERE %3 = %4.id ORDER BY %1))")
                   .arg(l.targetColumn, l.table, l.ownerColumn, kind.table);
    return out;
}

bool writeLinks(const QSqlDatabase &db, const LinkSet &link, qint64 owner, const QVariant &value,
                QString *error)
{
    if (!sql::exec(db,
                   QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(link.table, link.ownerColumn),
                   {owner}, error))
        return false;
    const QString insert = QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)")
                               .arg(link.table, link.ownerColumn, link.targetColumn);
    for (qint64 target : linkIds(value)) {
        if (!sql::exec(db, insert, {owner, target}, error))
            return false;
    }
    return true;
}

// A foreign key refusal is the one constraint users meet in normal work: say what to do.
QString explain(const QString &error, const RecordKind &kind, const QString &ref)
{
    if (error.contains(QStringLiteral("FOREIGN KEY constraint failed")))
        return WorkspaceTr::tr(
                   "%1 is still referred to by other records (for example as an owner, a "
                   "contact, a profile role, the end of a flow or an asset or recipient of a "
                   "processing activity). Change those records first, then try again.")
            .arg(ref.isEmpty() ? kind.table : ref);
    return error;
}

} // namespace

QList<qint64> linkIds(const QVariant &value)
{
    QList<qint64> ids;
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &v : value.toList())
            ids << v.toLongLong();
    } else {
        const QStringList parts = value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &p : parts)
            ids << p.trimmed().toLongLong();
    }
    ids.removeAll(0);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QString linkValue(QList<qint64> ids)
{
    ids.removeAll(0);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        parts << QString::number(id);
    return parts.join(QLatin1Char(';'));
}

bool RecordKind::hasField(const QString &name) const
{
    return fields.contains(name) || link(name) != nullptr;
}

const LinkSet *RecordKind::link(const QString &name) const
{
    for (const LinkSet &l : links) {
        if (l.field == name)
            return &l;
    }
    return nullptr;
}

QString auditText(const QVariant &value)
{
    if (normalised(value).isNull())
        return QString();
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

RecordStore::RecordStore(Workspace &workspace)
    : m_ws(workspace)
{
}

QString RecordStore::nextRef(const QString &prefix, QString *error)
{
    const QSqlDatabase db = m_ws.database();
    QVariant next =
        sql::scalar(db, QStringLiteral("SELECT next_value FROM ref_counters WHERE prefix = ?"),
                    {prefix}, error);
    qint64 n = next.isValid() ? next.toLongLong() : 1;
    if (!sql::exec(
            db,
            QStringLiteral("INSERT INTO ref_counters (prefix, next_value) VALUES (?, ?)"
                           " ON CONFLICT (prefix) DO UPDATE SET next_value = excluded.next_value"),
            {prefix, n + 1}, error))
        return {};
    return prefix + QLatin1Char('-') + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
}

bool RecordStore::indexForSearch(const RecordKind &kind, const Record &record, bool removeOld,
                                 QString *error)
{
    if (kind.searchFields.isEmpty())
        return true;
    const QString fts = kind.table + QStringLiteral("_fts");
    if (removeOld &&
        !sql::exec(m_ws.database(), QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(fts),
                   {record.id}, error))
        return false;
    QVariantList binds{record.id};
    QStringList marks{QStringLiteral("?")};
    for (const QString &f : kind.searchFields) {
        binds << (f == QLatin1String("ref") ? QVariant(record.ref) : record.values.value(f));
        marks << QStringLiteral("?");
    }
    return sql::exec(
        m_ws.database(),
        QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (%3)")
            .arg(fts, kind.searchFields.join(QStringLiteral(", ")), marks.join(QLatin1Char(','))),
        binds, error);
}

std::optional<Record> RecordStore::create(const RecordKind &kind, const QVariantMap &values,
                                          QString *error, qint64 ownerOrgId)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!kind.hasField(it.key())) {
            if (error)
                *error = WorkspaceTr::tr("Unknown field %1 for %2.").arg(it.key(), kind.table);
            return std::nullopt;
        }
    }
    WriteTransaction tx(m_ws);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return std::nullopt;
    }
    Record r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.ref = nextRef(kind.refPrefix, error);
    if (r.ref.isEmpty())
        return std::nullopt;
    r.ownerOrgId = ownerOrgId ? ownerOrgId : m_ws.selfOrganisationId();
    r.createdAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    r.createdBy = r.updatedBy = m_ws.userName();
    for (const QString &f : kind.fields)
        r.values.insert(f, normalised(values.value(f)));

    // Only given values are inserted, so column defaults apply to the rest.
    QStringList columns = CommonColumns.mid(1);
    QVariantList binds{r.uuid,
                       r.ref,
                       r.ownerOrgId ? QVariant(r.ownerOrgId) : QVariant(),
                       r.createdAt.toString(Qt::ISODateWithMs),
                       r.createdBy,
                       r.updatedAt.toString(Qt::ISODateWithMs),
                       r.updatedBy};
    for (const QString &f : kind.fields) {
        if (!r.values.value(f).isNull()) {
            columns << f;
            binds << r.values.value(f);
        }
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QString insertError;
    r.id = sql::insert(
        m_ws.database(),
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(kind.table, columns.join(QStringLiteral(", ")), marks.join(QLatin1Char(','))),
        binds, &insertError);
    if (r.id == 0) {
        if (error)
            *error = explain(insertError, kind, r.ref);
        return std::nullopt;
    }
    for (const LinkSet &l : kind.links) {
        if (!writeLinks(m_ws.database(), l, r.id, values.value(l.field), error)) {
            if (error)
                *error = explain(*error, kind, r.ref);
            return std::nullopt;
        }
    }
    // Column defaults may have filled fields the caller left out.
    if (const auto stored = get(kind, r.id))
        r.values = stored->values;
    AuditEntry e;
    e.user = m_ws.userName();
    e.recordTable = kind.table;
    e.recordUuid = r.uuid;
    e.recordRef = r.ref;
    e.action = QStringLiteral("create");
    e.newValue = valuesJson(r.values);
    if (!audit::append(m_ws.database(), e, error))
        return std::nullopt;
    if (!indexForSearch(kind, r, false, error))
        return std::nullopt;
    m_ws.queueChange(kind.table, r.id);
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return std::nullopt;
    }
    return r;
}

bool RecordStore::restore(const RecordKind &kind, const Record &record, QString *error)
{
    WriteTransaction tx(m_ws);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    QStringList marks;
    for (int i = 0; i < CommonColumns.size() + kind.fields.size(); ++i)
        marks << QStringLiteral("?");
    QVariantList binds{record.id,
                       record.uuid,
                       record.ref,
                       record.ownerOrgId ? QVariant(record.ownerOrgId) : QVariant(),
                       record.createdAt.toUTC().toString(Qt::ISODateWithMs),
                       record.createdBy,
                       nowText(),
                       m_ws.userName()};
    QStringList columns = CommonColumns;
    for (const QString &f : kind.fields) {
        if (!normalised(record.values.value(f)).isNull()) {
            columns << f;
            binds << record.values.value(f);
        }
    }
    marks = marks.mid(0, columns.size());
    if (!sql::exec(
            m_ws.database(),
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(kind.table, columns.join(QStringLiteral(", ")), marks.join(QLatin1Char(','))),
            binds, error)) {
        if (error)
            *error = explain(*error, kind, record.ref);
        return false;
    }
    for (const LinkSet &l : kind.links) {
        if (!writeLinks(m_ws.database(), l, record.id, record.values.value(l.field), error)) {
            if (error)
                *error = explain(*error, kind, record.ref);
            return false;
        }
    }
    AuditEntry e;
    e.user = m_ws.userName();
    e.recordTable = kind.table;
    e.recordUuid = record.uuid;
    e.recordRef = record.ref;
    e.action = QStringLiteral("restore");
    e.newValue = valuesJson(record.values);
    if (!audit::append(m_ws.database(), e, error))
        return false;
    if (!indexForSearch(kind, record, false, error))
        return false;
    m_ws.queueChange(kind.table, record.id);
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

bool RecordStore::update(const RecordKind &kind, qint64 id, const QVariantMap &changes,
                         QString *error)
{
    const std::optional<Record> current = get(kind, id);
    if (!current) {
        if (error)
            *error = WorkspaceTr::tr("The %1 record %2 no longer exists.").arg(kind.table).arg(id);
        return false;
    }
    QStringList sets;
    QVariantList binds;
    QList<AuditEntry> entries;
    QList<QPair<const LinkSet *, QVariant>> linkChanges;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!kind.hasField(it.key())) {
            if (error)
                *error = WorkspaceTr::tr("Unknown field %1 for %2.").arg(it.key(), kind.table);
            return false;
        }
        const QVariant old = current->values.value(it.key());
        if (const LinkSet *l = kind.link(it.key())) {
            const QString now = linkValue(linkIds(it.value()));
            if (linkValue(linkIds(old)) == now)
                continue;
            linkChanges.append({l, now});
        } else {
            if (sameValue(old, it.value()))
                continue;
            sets << it.key() + QStringLiteral(" = ?");
            binds << normalised(it.value());
        }
        AuditEntry e;
        e.user = m_ws.userName();
        e.recordTable = kind.table;
        e.recordUuid = current->uuid;
        e.recordRef = current->ref;
        e.action = QStringLiteral("update");
        e.field = it.key();
        e.oldValue = auditText(old);
        e.newValue = kind.link(it.key()) ? linkValue(linkIds(it.value())) : auditText(it.value());
        entries << e;
    }
    if (entries.isEmpty())
        return true;
    WriteTransaction tx(m_ws);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
    binds << nowText() << m_ws.userName() << id;
    if (!sql::exec(m_ws.database(),
                   QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                       .arg(kind.table, sets.join(QStringLiteral(", "))),
                   binds, error)) {
        if (error)
            *error = explain(*error, kind, current->ref);
        return false;
    }
    for (const auto &[link, value] : std::as_const(linkChanges)) {
        if (!writeLinks(m_ws.database(), *link, id, value, error)) {
            if (error)
                *error = explain(*error, kind, current->ref);
            return false;
        }
    }
    for (const AuditEntry &e : std::as_const(entries)) {
        if (!audit::append(m_ws.database(), e, error))
            return false;
    }
    if (!kind.searchFields.isEmpty()) {
        Record updated = *current;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            updated.values.insert(it.key(), normalised(it.value()));
        if (!indexForSearch(kind, updated, true, error))
            return false;
    }
    m_ws.queueChange(kind.table, id);
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

bool RecordStore::remove(const RecordKind &kind, qint64 id, QString *error)
{
    const std::optional<Record> current = get(kind, id);
    if (!current) {
        if (error)
            *error = WorkspaceTr::tr("The %1 record %2 no longer exists.").arg(kind.table).arg(id);
        return false;
    }
    WriteTransaction tx(m_ws);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    if (!sql::exec(m_ws.database(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(kind.table),
                   {id}, error)) {
        if (error)
            *error = explain(*error, kind, current->ref);
        return false;
    }
    AuditEntry e;
    e.user = m_ws.userName();
    e.recordTable = kind.table;
    e.recordUuid = current->uuid;
    e.recordRef = current->ref;
    e.action = QStringLiteral("delete");
    e.oldValue = valuesJson(current->values);
    if (!audit::append(m_ws.database(), e, error))
        return false;
    if (!kind.searchFields.isEmpty() &&
        !sql::exec(m_ws.database(),
                   QStringLiteral("DELETE FROM %1_fts WHERE rowid = ?").arg(kind.table), {id},
                   error))
        return false;
    m_ws.queueChange(kind.table, id);
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

Record RecordStore::fromRow(const RecordKind &kind, const QVariantList &row)
{
    Record r;
    r.id = row.at(0).toLongLong();
    r.uuid = row.at(1).toString();
    r.ref = row.at(2).toString();
    r.ownerOrgId = row.at(3).toLongLong();
    r.createdAt = QDateTime::fromString(row.at(4).toString(), Qt::ISODateWithMs);
    r.createdBy = row.at(5).toString();
    r.updatedAt = QDateTime::fromString(row.at(6).toString(), Qt::ISODateWithMs);
    r.updatedBy = row.at(7).toString();
    for (int i = 0; i < kind.fields.size(); ++i)
        r.values.insert(kind.fields.at(i), row.value(CommonColumns.size() + i));
    const qsizetype linkStart = CommonColumns.size() + kind.fields.size();
    for (int i = 0; i < kind.links.size(); ++i)
        r.values.insert(kind.links.at(i).field, row.value(linkStart + i).toString());
    return r;
}

std::optional<Record> RecordStore::get(const RecordKind &kind, qint64 id) const
{
    const QList<Record> found = list(kind, {}, QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Record>(found.constFirst());
}

std::optional<Record> RecordStore::findByRef(const RecordKind &kind, const QString &ref) const
{
    const QList<Record> found = list(kind, {}, QStringLiteral("ref = ?"), {ref});
    return found.isEmpty() ? std::nullopt : std::optional<Record>(found.constFirst());
}

std::optional<Record> RecordStore::findByUuid(const RecordKind &kind, const QString &uuid) const
{
    const QList<Record> found = list(kind, {}, QStringLiteral("uuid = ?"), {uuid});
    return found.isEmpty() ? std::nullopt : std::optional<Record>(found.constFirst());
}

QList<Record> RecordStore::list(const RecordKind &kind, const QString &orderBy,
                                const QString &where, const QVariantList &binds,
                                QString *error) const
{
    QList<Record> out;
    QString statement = QStringLiteral("SELECT %1 FROM %2").arg(columnList(kind), kind.table);
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where;
    // Only known columns may be used for ordering: the name is pasted into SQL.
    const QString order =
        (kind.fields + CommonColumns).contains(orderBy) ? orderBy : QStringLiteral("ref");
    statement += QStringLiteral(" ORDER BY %1 COLLATE NOCASE, id").arg(order);
    const QList<QVariantList> rows = sql::rows(m_ws.database(), statement, binds, error);
    out.reserve(rows.size());
    for (const QVariantList &row : rows)
        out.append(fromRow(kind, row));
    return out;
}

qint64 RecordStore::count(const RecordKind &kind, QString *error) const
{
    const QVariant n = sql::scalar(
        m_ws.database(), QStringLiteral("SELECT count(*) FROM %1").arg(kind.table), {}, error);
    return n.isValid() ? n.toLongLong() : -1;
}

} // namespace igw
