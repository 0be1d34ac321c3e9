#include "workspace/audit.h"

#include "workspace/sql.h"
#include "workspace/tr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace igw::audit {

namespace {

// Length-prefixed fields, with null distinct from empty, so that no two different
// entries serialise to the same bytes.
void put(QByteArray &out, const QString &value)
{
    if (value.isNull()) {
        out += "-;";
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
}

const QString Columns = QStringLiteral(
    "seq, at, user, record_table, record_uuid, record_ref, action, field, old_value, new_value");

AuditEntry fromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.user = q.value(2).toString();
    e.recordTable = q.value(3).toString();
    e.recordUuid = q.value(4).toString();
    e.recordRef = q.value(5).toString();
    e.action = q.value(6).toString();
    e.field = q.value(7).toString();
    e.oldValue = q.value(8).toString();
    e.newValue = q.value(9).toString();
    return e;
}

QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

} // namespace

QByteArray entryHash(const QByteArray &previousHash, const AuditEntry &e)
{
    QByteArray canonical = previousHash;
    put(canonical, QString::number(e.seq));
    put(canonical, e.at.toUTC().toString(Qt::ISODateWithMs));
    put(canonical, e.user);
    put(canonical, e.recordTable);
    put(canonical, e.recordUuid);
    put(canonical, e.recordRef);
    put(canonical, e.action);
    put(canonical, e.field);
    put(canonical, e.oldValue);
    put(canonical, e.newValue);
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256);
}

bool append(const QSqlDatabase &db, AuditEntry entry, QString *error)
{
    bool ok = false;
    const QList<QVariantList> last =
        sql::rows(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"),
                  {}, error, &ok);
    if (!ok)
        return false;
    QByteArray previous(32, '\0');
    entry.seq = 1;
    if (!last.isEmpty()) {
        entry.seq = last.constFirst().at(0).toLongLong() + 1;
        previous = last.constFirst().at(1).toByteArray();
    }
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Stored at millisecond precision; hash exactly what is stored.
    entry.at =
        QDateTime::fromString(entry.at.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    const QByteArray hash = entryHash(previous, entry);
    if (!sql::exec(db,
                   QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {QString::number(entry.seq)}, error))
        return false;
    return sql::exec(db,
                     QStringLiteral("INSERT INTO audit_log (") + Columns +
                         QStringLiteral(", prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                     {entry.seq, entry.at.toUTC().toString(Qt::ISODateWithMs), entry.user,
                      entry.recordTable, entry.recordUuid, nullable(entry.recordRef), entry.action,
                      nullable(entry.field), nullable(entry.oldValue), nullable(entry.newValue),
                      previous, hash},
                     error);
}

Verification verify(const QSqlDatabase &db)
{
    Verification v;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString error;
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + Columns +
                       QStringLiteral(", prev_hash, hash FROM audit_log ORDER BY seq"),
                   {}, &error)) {
        v.ok = false;
        v.reason = WorkspaceTr::tr("The audit trail cannot be read: %1").arg(error);
        return v;
    }
    QByteArray previous(32, '\0');
    qint64 expectedSeq = 1;
    while (q.next()) {
        const AuditEntry e = fromQuery(q);
        const QByteArray storedPrev = q.value(10).toByteArray();
        const QByteArray storedHash = q.value(11).toByteArray();
        ++v.entries;
        QString reason;
        if (e.seq != expectedSeq)
            reason = WorkspaceTr::tr("entry %1 is missing (the next entry is %2)")
                         .arg(expectedSeq)
                         .arg(e.seq);
        else if (storedPrev != previous)
            reason = WorkspaceTr::tr("entry %1 does not link to the entry before it").arg(e.seq);
        else if (entryHash(previous, e) != storedHash)
            reason = WorkspaceTr::tr("entry %1 (%2) was altered after it was written")
                         .arg(e.seq)
                         .arg(QStringList{e.action, e.recordRef, e.field}
                                  .filter(QRegularExpression(QStringLiteral(".")))
                                  .join(QLatin1Char(' ')));
        if (!reason.isEmpty()) {
            v.ok = false;
            v.firstBrokenSeq = e.seq == expectedSeq ? e.seq : expectedSeq;
            v.reason = reason;
            return v;
        }
        previous = storedHash;
        ++expectedSeq;
    }
    // The head is also kept in meta, so cutting entries off the end is noticed.
    const QVariant head = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = "
                                                         "'audit_head'"));
    if (head.isValid() && !head.isNull() && head.toString() != QString::number(v.entries)) {
        v.ok = false;
        v.firstBrokenSeq = v.entries + 1;
        v.reason =
            WorkspaceTr::tr("the audit trail should hold %1 entries but holds %2; entries were "
                            "removed from its end")
                .arg(head.toString())
                .arg(v.entries);
    }
    return v;
}

QList<AuditEntry> history(const QSqlDatabase &db, const QString &recordUuid)
{
    QList<AuditEntry> out;
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + Columns +
                       QStringLiteral(" FROM audit_log WHERE record_uuid = ? ORDER BY seq"),
                   {recordUuid}))
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

} // namespace igw::audit
