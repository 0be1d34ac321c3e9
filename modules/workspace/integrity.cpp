#include "workspace/integrity.h"

#include "workspace/audit.h"
#include "workspace/backup.h"
#include "workspace/fileprobe.h"
#include "workspace/sql.h"
#include "workspace/tr.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace igw {

namespace {

// Tables every workspace of at least `since` format holds.
struct RequiredTable {
    const char *name;
    int since;
};
constexpr RequiredTable RequiredTables[] = {{"meta", 1},
                                            {"ref_counters", 1},
                                            {"audit_log", 1},
                                            {"organisations", 1},
                                            {"people", 2},
                                            {"assets", 3},
                                            {"flows", 3},
                                            {"vocabulary", 3},
                                            {"activities", 4},
                                            {"activity_assets", 4},
                                            {"activity_recipients", 4},
                                            {"activity_controllers", 4},
                                            {"dpias", 5},
                                            {"screenings", 5},
                                            {"risks", 5},
                                            {"measures", 5},
                                            {"dpia_versions", 5},
                                            {"agreements", 6},
                                            {"agreement_assets", 6},
                                            {"agreement_flows", 6},
                                            {"agreement_activities", 6},
                                            {"agreement_parties", 6},
                                            {"agreement_signatures", 6},
                                            {"agreement_versions", 6},
                                            {"retention_classes", 7},
                                            {"disposal_log", 7},
                                            {"exchange_keys", 8},
                                            {"exchange_trust", 8},
                                            {"exchange_senders", 8},
                                            {"exchange_log", 8},
                                            {"partner_records", 8},
                                            {"exchange_signatures", 8}};
constexpr const char *AuditTriggers[] = {"audit_log_no_update", "audit_log_no_delete"};
// Record tables that are append-only like the audit trail (triggers `<table>_no_update` and
// `<table>_no_delete`): frozen versions, signatures, the disposal log.
constexpr RequiredTable AppendOnlyTables[] = {
    {"dpia_versions", 5}, {"agreement_signatures", 6}, {"agreement_versions", 6},
    {"disposal_log", 7},  {"exchange_log", 8},         {"exchange_signatures", 8}};
constexpr int MaxListed = 10;

// Its own read-only connection: the check must not write to, lock or repair the file.
class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(QStringLiteral("igw-check-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

QString restoreAdvice(const QString &path)
{
    const QString newest = backup::newest(path);
    if (!newest.isEmpty())
        return WorkspaceTr::tr(
                   "Restore the newest automatic backup, %1, in IG Workbench, or copy it over "
                   "this file while nobody has the workspace open.")
            .arg(newest);
    return WorkspaceTr::tr(
        "Restore a copy made with `igw backup` or by IG Workbench, or ask your IT team "
        "for a copy from the file server's backups.");
}

QString limitedList(const QStringList &lines)
{
    QString text = lines.mid(0, MaxListed).join(QStringLiteral("; "));
    if (lines.size() > MaxListed)
        text += QLatin1Char(' ') +
                WorkspaceTr::tr("(and %n more)", nullptr, int(lines.size() - MaxListed));
    return text;
}

QStringList schemaNames(const QSqlDatabase &db, const QString &type, QString *error)
{
    QStringList names;
    bool ok = false;
    const auto rows = sql::rows(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = ?"),
                                {type}, error, &ok);
    for (const QVariantList &row : rows)
        names << row.value(0).toString();
    return names;
}

class Checker {
public:
    Checker(const QString &path, bool full, CheckReport &report)
        : m_path(path)
        , m_full(full)
        , m_report(report)
    {
    }

    void run(const QSqlDatabase &db)
    {
        if (!checkVersion(db))
            return;
        checkPages(db);
        checkSchema(db);
        if (m_full) {
            checkForeignKeys(db);
            checkAuditChain(db);
        }
    }

private:
    void fail(const QString &problem) { m_report.problems << problem; }
    void pass(const QString &text) { m_report.passed << text; }

    // Also the first read of the file, so an unreadable image stops the check here.
    bool checkVersion(const QSqlDatabase &db)
    {
        QString error;
        const QVariant value = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, &error);
        if (!value.isValid()) {
            // A read-only connection cannot roll back a crashed writer's journal; that is
            // recovery the app does on opening, not damage.
            const QString journal = m_path + QStringLiteral("-journal");
            if (QFileInfo(journal).size() > 0)
                fail(WorkspaceTr::tr(
                         "%1 has an unfinished change (%2) left by a program that stopped "
                         "while writing, so it cannot be read yet (%3). Open the workspace "
                         "once in IG Workbench to roll the change back, then check it again.")
                         .arg(m_path, journal, error));
            else
                fail(WorkspaceTr::tr("SQLite cannot read %1: %2. The file is damaged. %3")
                         .arg(m_path, error, restoreAdvice(m_path)));
            return false;
        }
        m_version = value.toInt();
        const int current = Workspace::currentSchemaVersion();
        if (m_version <= 0)
            fail(
                WorkspaceTr::tr("%1 has no schema: it was never finished being created. Create the "
                                "workspace again.")
                    .arg(m_path));
        else if (m_version > current)
            pass(WorkspaceTr::tr(
                     "Format version %1, newer than this program understands (%2); checks of "
                     "parts added since may be missing. Install the newer version to check "
                     "it fully.")
                     .arg(m_version)
                     .arg(current));
        else if (m_version < current)
            pass(WorkspaceTr::tr(
                     "Format version %1; IG Workbench upgrades it to %2 when it next opens it "
                     "for editing.")
                     .arg(m_version)
                     .arg(current));
        else
            pass(WorkspaceTr::tr("Format version %1, the current one.").arg(m_version));
        return m_version > 0;
    }

    void checkPages(const QSqlDatabase &db)
    {
        const QString pragma =
            m_full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
        QString error;
        bool ok = false;
        const auto rows = sql::rows(db, QStringLiteral("PRAGMA ") + pragma, {}, &error, &ok);
        QStringList findings;
        for (const QVariantList &row : rows) {
            const QString line = row.value(0).toString();
            if (line != QLatin1String("ok"))
                findings << line;
        }
        if (!ok)
            fail(WorkspaceTr::tr("SQLite's %1 could not run on %2: %3. The file is damaged. %4")
                     .arg(pragma, m_path, error, restoreAdvice(m_path)));
        else if (!findings.isEmpty())
            fail(WorkspaceTr::tr("SQLite's %1 found damage in %2: %3. %4")
                     .arg(pragma, m_path, limitedList(findings), restoreAdvice(m_path)));
        else
            pass(WorkspaceTr::tr("SQLite's %1 found no damage.").arg(pragma));
    }

    void checkSchema(const QSqlDatabase &db)
    {
        QString error;
        const QStringList tables = schemaNames(db, QStringLiteral("table"), &error);
        QStringList missing;
        for (const RequiredTable &t : RequiredTables) {
            if (t.since <= m_version && !tables.contains(QLatin1String(t.name)))
                missing << QString::fromLatin1(t.name);
        }
        if (!missing.isEmpty()) {
            fail(WorkspaceTr::tr(
                     "%1 lacks the table(s) %2: it was damaged or edited outside IG Workbench. "
                     "%3")
                     .arg(m_path, missing.join(QStringLiteral(", ")), restoreAdvice(m_path)));
            return;
        }
        pass(WorkspaceTr::tr("All expected tables are present."));

        const QStringList triggers = schemaNames(db, QStringLiteral("trigger"), &error);
        QStringList gone;
        for (const char *name : AuditTriggers) {
            if (!triggers.contains(QLatin1String(name)))
                gone << QString::fromLatin1(name);
        }
        if (gone.isEmpty())
            pass(
                WorkspaceTr::tr("The audit trail is protected against changes (its triggers are in "
                                "place)."));
        else if (m_full)
            fail(WorkspaceTr::tr(
                     "The trigger(s) %1 that keep the audit trail append-only are missing from "
                     "%2: someone edited the file outside IG Workbench. Keep this file as "
                     "evidence.")
                     .arg(gone.join(QStringLiteral(", ")), m_path));
        else
            fail(WorkspaceTr::tr(
                     "The trigger(s) %1 that keep the audit trail append-only are missing from "
                     "%2: someone edited the file outside IG Workbench. Run `igw check --full` "
                     "to see whether entries were changed, and keep this file as evidence.")
                     .arg(gone.join(QStringLiteral(", ")), m_path));

        QStringList unguarded;
        for (const RequiredTable &t : AppendOnlyTables) {
            if (t.since > m_version)
                continue;
            const QString table = QString::fromLatin1(t.name);
            for (const QString &suffix :
                 {QStringLiteral("_no_update"), QStringLiteral("_no_delete")}) {
                if (!triggers.contains(table + suffix))
                    unguarded << table + suffix;
            }
        }
        if (unguarded.isEmpty())
            pass(WorkspaceTr::tr("Frozen versions, signatures and the disposal log are protected "
                                 "against changes (their triggers are in place)."));
        else
            fail(WorkspaceTr::tr("The trigger(s) %1 that keep signed, frozen and disposal records "
                                 "append-only are missing from %2: someone edited the file "
                                 "outside IG Workbench. Keep this file as evidence. %3")
                     .arg(unguarded.join(QStringLiteral(", ")), m_path, restoreAdvice(m_path)));

        const QVariant selfCount = sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM organisations WHERE is_self = 1"), {}, &error);
        if (!selfCount.isValid())
            fail(WorkspaceTr::tr("The organisation profile in %1 cannot be read: %2. %3")
                     .arg(m_path, error, restoreAdvice(m_path)));
        else if (selfCount.toInt() != 1)
            fail(WorkspaceTr::tr(
                     "%1 has %2 own-organisation profiles instead of one: it was edited outside "
                     "IG Workbench. %3")
                     .arg(m_path)
                     .arg(selfCount.toInt())
                     .arg(restoreAdvice(m_path)));
        else
            pass(WorkspaceTr::tr("The organisation profile is present."));
    }

    void checkForeignKeys(const QSqlDatabase &db)
    {
        QString error;
        bool ok = false;
        const auto rows =
            sql::rows(db, QStringLiteral("PRAGMA foreign_key_check"), {}, &error, &ok);
        if (!ok) {
            fail(WorkspaceTr::tr("The links between records in %1 could not be checked: %2")
                     .arg(m_path, error));
            return;
        }
        if (rows.isEmpty()) {
            pass(WorkspaceTr::tr("Every link between records points to an existing record."));
            return;
        }
        QStringList broken;
        for (const QVariantList &row : rows) {
            // table, rowid, parent table, index into foreign_key_list(table)
            const QString table = row.value(0).toString();
            const qint64 rowid = row.value(1).toLongLong();
            const QString parent = row.value(2).toString();
            broken << WorkspaceTr::tr("%1 row %2%3: %4 names a record in %5 that does not exist")
                          .arg(table)
                          .arg(rowid)
                          .arg(refSuffix(db, table, rowid),
                               fromColumn(db, table, row.value(3).toInt()), parent);
        }
        fail(WorkspaceTr::tr(
                 "%1 has %n broken link(s) between records: %2. Open these records in IG "
                 "Workbench and choose valid values, or %3",
                 nullptr, int(broken.size()))
                 .arg(m_path, limitedList(broken), lowerFirst(restoreAdvice(m_path))));
    }

    void checkAuditChain(const QSqlDatabase &db)
    {
        const audit::Verification v = audit::verify(db);
        if (v.ok)
            pass(WorkspaceTr::tr("The audit trail's %n entries form an unbroken hash chain.",
                                 nullptr, int(v.entries)));
        else if (v.firstBrokenSeq > 0)
            fail(WorkspaceTr::tr(
                     "The audit trail in %1 is broken at entry %2: %3. Someone changed the file "
                     "outside IG Workbench, so entries from %2 onwards cannot be trusted. Keep "
                     "this file as evidence and compare it with a backup taken before the "
                     "change.")
                     .arg(m_path)
                     .arg(v.firstBrokenSeq)
                     .arg(v.reason));
        else
            fail(WorkspaceTr::tr("The audit trail in %1 could not be verified: %2")
                     .arg(m_path, v.reason));
    }

    static QString fromColumn(const QSqlDatabase &db, const QString &table, int fkid)
    {
        // The table name comes from SQLite itself, not from the user; quote it anyway.
        const auto rows = sql::rows(
            db, QStringLiteral("SELECT id, \"from\" FROM pragma_foreign_key_list(?)"), {table});
        for (const QVariantList &row : rows) {
            if (row.value(0).toInt() == fkid)
                return row.value(1).toString();
        }
        return WorkspaceTr::tr("a link");
    }

    static QString refSuffix(const QSqlDatabase &db, const QString &table, qint64 rowid)
    {
        QString ignored;
        const QVariant ref =
            sql::scalar(db,
                        QStringLiteral("SELECT ref FROM \"%1\" WHERE rowid = ?")
                            .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\""))),
                        {rowid}, &ignored);
        return ref.isValid() && !ref.isNull()
                   ? QStringLiteral(" (") + ref.toString() + QLatin1Char(')')
                   : QString();
    }

    static QString lowerFirst(QString text)
    {
        if (!text.isEmpty())
            text[0] = text.at(0).toLower();
        return text;
    }

    QString m_path;
    bool m_full = false;
    CheckReport &m_report;
    int m_version = 0;
};

} // namespace

CheckReport checkWorkspaceFile(const QString &path, bool full)
{
    CheckReport report;
    const QString abs = QFileInfo(path).absoluteFilePath();
    QString detail;
    switch (fileprobe::probe(abs, &detail)) {
    case fileprobe::Kind::Missing:
        report.problems
            << WorkspaceTr::tr("There is no file at %1. Check the name and folder.").arg(abs);
        return report;
    case fileprobe::Kind::Unreadable:
        report.problems << WorkspaceTr::tr(
                               "Cannot read %1: %2. Check that you have permission to read it.")
                               .arg(abs, detail);
        return report;
    case fileprobe::Kind::NotSqlite:
    case fileprobe::Kind::OtherSqlite:
        report.problems << WorkspaceTr::tr(
                               "%1 is not an IG Workbench workspace: %2. Check that you chose "
                               "the right file.")
                               .arg(abs, detail);
        return report;
    case fileprobe::Kind::Truncated:
        report.examined = true;
        report.problems
            << WorkspaceTr::tr("%1 is damaged: %2. %3").arg(abs, detail, restoreAdvice(abs));
        return report;
    case fileprobe::Kind::Workspace:
        break;
    }
    report.examined = true;
    report.passed << WorkspaceTr::tr("The file is an IG Workbench workspace.");
    {
        const ReadOnlyConnection connection(abs);
        if (!connection.error().isEmpty()) {
            report.problems << WorkspaceTr::tr("SQLite cannot open %1: %2. %3")
                                   .arg(abs, connection.error(), restoreAdvice(abs));
            return report;
        }
        // A damaged or hostile file's schema must not run functions with side effects.
        const QSqlDatabase db = connection.db();
        sql::exec(db, QStringLiteral("PRAGMA trusted_schema = OFF"));
        sql::exec(db, QStringLiteral("PRAGMA query_only = ON"));
        Checker(abs, full, report).run(db);
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace igw
