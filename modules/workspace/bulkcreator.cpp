#include "workspace/bulkcreator.h"

#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/tr.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace igw {

qint64 referenceNumber(const QString &ref, const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("^([A-Z]+)-(\\d{1,12})$"));
    const auto m = re.match(ref.trimmed());
    if (!m.hasMatch() || m.captured(1) != prefix)
        return 0;
    return m.captured(2).toLongLong();
}

BulkCreator::BulkCreator(Workspace &workspace, const RecordKind &kind)
    : m_ws(workspace)
    , m_kind(kind)
{
}

bool BulkCreator::start(QString *error)
{
    if (m_ws.transactionDepth() == 0) {
        if (error)
            *error = QStringLiteral("BulkCreator needs an open WriteTransaction");
        return false;
    }
    const QSqlDatabase db = m_ws.database();
    bool ok = false;
    const auto counter =
        sql::rows(db, QStringLiteral("SELECT next_value FROM ref_counters WHERE prefix = ?"),
                  {m_kind.refPrefix}, error, &ok);
    if (!ok)
        return false;
    m_nextNumber = counter.isEmpty() ? 1 : counter.constFirst().at(0).toLongLong();
    const auto last =
        sql::rows(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"),
                  {}, error, &ok);
    if (!ok)
        return false;
    m_seq = last.isEmpty() ? 0 : last.constFirst().at(0).toLongLong();
    m_prevHash = last.isEmpty() ? QByteArray(32, '\0') : last.constFirst().at(1).toByteArray();
    m_ownerOrgId = m_ws.selfOrganisationId();
    m_started = true;
    return true;
}

void BulkCreator::reserveUpTo(qint64 number)
{
    m_nextNumber = qMax(m_nextNumber, number + 1);
}

qint64 BulkCreator::add(const QVariantMap &values, const QString &ref, QString *error)
{
    if (!m_started) {
        if (error)
            *error = QStringLiteral("BulkCreator::add before start()");
        return 0;
    }
    const QSqlDatabase db = m_ws.database();
    QString reference = ref;
    if (reference.isEmpty()) {
        reference = m_kind.refPrefix + QLatin1Char('-') +
                    QStringLiteral("%1").arg(m_nextNumber++, 4, 10, QLatin1Char('0'));
    } else {
        m_highestExplicit = qMax(m_highestExplicit, referenceNumber(reference, m_kind.refPrefix));
    }
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = now.toString(Qt::ISODateWithMs);

    QStringList columns{QStringLiteral("uuid"),         QStringLiteral("ref"),
                        QStringLiteral("owner_org_id"), QStringLiteral("created_at"),
                        QStringLiteral("created_by"),   QStringLiteral("updated_at"),
                        QStringLiteral("updated_by")};
    QVariantList binds{
        uuid,           reference,       m_ownerOrgId ? QVariant(m_ownerOrgId) : QVariant(),
        nowText,        m_ws.userName(), nowText,
        m_ws.userName()};
    QJsonObject json;
    for (const QString &f : m_kind.fields) {
        const QVariant v = values.value(f);
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty()))
            continue;
        columns << f;
        binds << v;
        json.insert(f, QJsonValue::fromVariant(v));
    }
    QString marks = QStringLiteral("?");
    for (int i = 1; i < columns.size(); ++i)
        marks += QStringLiteral(",?");
    const qint64 id = sql::insert(db,
                                  QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(m_kind.table, columns.join(QLatin1Char(',')), marks),
                                  binds, error);
    if (id == 0)
        return 0;

    // The search index is filled in one statement by finish(): writing FTS5 row by row
    // inside a transaction makes SQLite flush its pending terms at every statement.
    if (m_firstId == 0)
        m_firstId = id;

    AuditEntry e;
    e.seq = ++m_seq;
    e.at = QDateTime::fromString(nowText, Qt::ISODateWithMs);
    e.user = m_ws.userName();
    e.recordTable = m_kind.table;
    e.recordUuid = uuid;
    e.recordRef = reference;
    e.action = QStringLiteral("create");
    e.newValue = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const QByteArray hash = audit::entryHash(m_prevHash, e);
    if (!sql::exec(db,
                   QStringLiteral("INSERT INTO audit_log (seq, at, user, record_table, record_uuid,"
                                  " record_ref, action, field, old_value, new_value, prev_hash,"
                                  " hash) VALUES (?,?,?,?,?,?,?,NULL,NULL,?,?,?)"),
                   {e.seq, nowText, e.user, e.recordTable, e.recordUuid, e.recordRef, e.action,
                    e.newValue, m_prevHash, hash},
                   error))
        return 0;
    m_prevHash = hash;
    ++m_created;
    return id;
}

bool BulkCreator::finish(QString *error)
{
    if (!m_started)
        return true;
    m_started = false;
    const QSqlDatabase db = m_ws.database();
    if (!m_kind.searchFields.isEmpty() && m_firstId > 0) {
        const QString fields = m_kind.searchFields.join(QLatin1Char(','));
        if (!sql::exec(db,
                       QStringLiteral("INSERT INTO %1_fts (rowid, %2) SELECT id, %2 FROM %1"
                                      " WHERE id >= ?")
                           .arg(m_kind.table, fields),
                       {m_firstId}, error))
            return false;
    }
    const qint64 next = qMax(m_nextNumber, m_highestExplicit + 1);
    if (!sql::exec(db,
                   QStringLiteral("INSERT INTO ref_counters (prefix, next_value) VALUES (?, ?)"
                                  " ON CONFLICT (prefix) DO UPDATE SET next_value ="
                                  " excluded.next_value"),
                   {m_kind.refPrefix, next}, error) ||
        !sql::exec(db,
                   QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {QString::number(m_seq)}, error))
        return false;
    if (m_created > 0)
        m_ws.queueChange(m_kind.table, 0);
    return true;
}

} // namespace igw
