#include "workspace/migrations.h"

#include "workspace/sql.h"
#include "workspace/tr.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace igw {

namespace {

bool runAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &s : statements) {
        if (!sql::exec(db, s, {}, error))
            return false;
    }
    return true;
}

// Columns every record table carries (see RecordStore).
QString commonColumns()
{
    return QStringLiteral("id INTEGER PRIMARY KEY,"
                          " uuid TEXT NOT NULL UNIQUE,"
                          " ref TEXT NOT NULL UNIQUE,"
                          " owner_org_id INTEGER REFERENCES organisations(id),"
                          " created_at TEXT NOT NULL,"
                          " created_by TEXT NOT NULL,"
                          " updated_at TEXT NOT NULL,"
                          " updated_by TEXT NOT NULL,");
}

// Version 1: metadata, reference counters, the audit trail and the organisation profile.
bool toVersion1(const QSqlDatabase &db, QString *error)
{
    return runAll(
        db,
        {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
         QStringLiteral("CREATE TABLE ref_counters (prefix TEXT PRIMARY KEY,"
                        " next_value INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY,"
                        " at TEXT NOT NULL, user TEXT NOT NULL, record_table TEXT NOT NULL,"
                        " record_uuid TEXT NOT NULL, record_ref TEXT, action TEXT NOT NULL,"
                        " field TEXT, old_value TEXT, new_value TEXT,"
                        " prev_hash BLOB NOT NULL, hash BLOB NOT NULL)"),
         QStringLiteral("CREATE INDEX audit_log_record ON audit_log (record_uuid, seq)"),
         QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                        " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
         QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                        " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
         QStringLiteral("CREATE TABLE organisations (") + commonColumns() +
             QStringLiteral(" name TEXT NOT NULL, ico_registration TEXT, address TEXT,"
                            " is_self INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)))"),
         QStringLiteral("CREATE UNIQUE INDEX organisations_one_self ON organisations (is_self)"
                        " WHERE is_self = 1")},
        error);
}

// Version 2: the people directory, partner organisation details and the profile's roles.
bool toVersion2(const QSqlDatabase &db, QString *error)
{
    return runAll(
        db,
        {QStringLiteral("CREATE TABLE people (") + commonColumns() +
             QStringLiteral(" name TEXT NOT NULL, role TEXT, team TEXT, email TEXT, phone TEXT,"
                            " organisation_id INTEGER REFERENCES organisations(id), notes TEXT)"),
         QStringLiteral("CREATE INDEX people_name ON people (name COLLATE NOCASE, id)"),
         QStringLiteral("CREATE INDEX people_organisation ON people (organisation_id)"),
         QStringLiteral("CREATE INDEX organisations_owner ON organisations (owner_org_id)"),
         QStringLiteral("CREATE INDEX people_owner ON people (owner_org_id)"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN org_type TEXT"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN email TEXT"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN phone TEXT"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN notes TEXT"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN dpo_person_id INTEGER"
                        " REFERENCES people(id)"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN siro_person_id INTEGER"
                        " REFERENCES people(id)"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN caldicott_person_id INTEGER"
                        " REFERENCES people(id)"),
         QStringLiteral("UPDATE organisations SET org_type = 'council' WHERE is_self = 1"
                        " AND org_type IS NULL")},
        error);
}

} // namespace

QList<MigrationStep> Migrator::standardSteps()
{
    return {{1, toVersion1}, {2, toVersion2}};
}

Migrator::Migrator(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
{
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().to;
}

bool Migrator::migrate(const QSqlDatabase &db, int from, int to, QString *error) const
{
    if (from == to)
        return true;
    if (from > to || to > latestVersion()) {
        if (error)
            *error = WorkspaceTr::tr("Cannot migrate from version %1 to %2.").arg(from).arg(to);
        return false;
    }
    if (!sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
        return false;
    bool ok = true;
    for (const MigrationStep &step : m_steps) {
        if (step.to <= from || step.to > to)
            continue;
        QString stepError;
        if (!step.apply(db, &stepError)) {
            if (error)
                *error = WorkspaceTr::tr("Upgrading to version %1 failed: %2")
                             .arg(step.to)
                             .arg(stepError);
            ok = false;
            break;
        }
    }
    // Foreign keys cannot be switched off inside a transaction, so check what the steps
    // left behind before committing.
    if (ok) {
        QSqlQuery fk(db);
        if (!sql::exec(fk, QStringLiteral("PRAGMA foreign_key_check"), {}, error)) {
            ok = false;
        } else if (fk.next()) {
            ok = false;
            if (error)
                *error = WorkspaceTr::tr("The upgrade left a broken link in "
                                         "table %1.")
                             .arg(fk.value(0).toString());
        }
    }
    if (ok)
        ok = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to), {}, error) &&
             sql::exec(db, QStringLiteral("COMMIT"), {}, error);
    if (!ok) {
        QString ignored;
        sql::exec(db, QStringLiteral("ROLLBACK"), {}, &ignored);
    }
    return ok;
}

} // namespace igw
