#include "workspace/workspace.h"

#include "workspace/backup.h"
#include "workspace/directory.h"
#include "workspace/fileprobe.h"
#include "workspace/migrations.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace igw {

namespace {

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// Checks run on every existing file before we trust it.
bool quickCheckPasses(const QSqlDatabase &db, QString *detail)
{
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("PRAGMA quick_check"), {}, detail))
        return false;
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (problems.isEmpty() && q.lastError().isValid()) {
        *detail = q.lastError().text();
        return false;
    }
    if (!problems.isEmpty())
        *detail = problems.mid(0, 3).join(QStringLiteral("; "));
    return problems.isEmpty();
}

} // namespace

int Workspace::currentSchemaVersion()
{
    return Migrator().latestVersion();
}

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}

Workspace::~Workspace()
{
    m_records.reset();
    sql::dropCache(m_connection);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
    m_lock.reset();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

RecordStore &Workspace::records()
{
    return *m_records;
}

qint64 Workspace::selfOrganisationId() const
{
    if (m_selfOrgId == 0)
        m_selfOrgId = sql::scalar(database(),
                                  QStringLiteral("SELECT id FROM organisations WHERE is_self = 1"))
                          .toLongLong();
    return m_selfOrgId;
}

QString Workspace::readOnlyMessage() const
{
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return WorkspaceTr::tr(
            "This workspace is open read-only: you can look but not change anything.");
    case ReadOnlyReason::NewerSchema:
        return WorkspaceTr::tr(
                   "This workspace was saved by a newer version of IG Workbench (file format "
                   "%1; this version understands up to %2). It is open read-only; install the "
                   "newer version to change it.")
            .arg(m_fileVersion)
            .arg(currentSchemaVersion());
    case ReadOnlyReason::LockedElsewhere:
        return WorkspaceTr::tr(
                   "Someone else is using this workspace (%1). It is open read-only; you can "
                   "edit once they have closed it.")
            .arg(m_lockHolder.describe());
    case ReadOnlyReason::FileNotWritable:
        return WorkspaceTr::tr(
            "You do not have permission to change this file, so it is open read-only. "
            "Use Save a Copy As to work on your own copy.");
    }
    return {};
}

bool Workspace::applyPragmas(QString *error)
{
    const QSqlDatabase db = database();
    // Defensive mode stops a hostile file's schema from corrupting itself through us.
    if (sqlite3 *h = rawHandle(db))
        sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // A 32 MB page cache keeps a large import's transaction from spilling pages to the WAL.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA trusted_schema = OFF"),
                        QStringLiteral("PRAGMA cache_size = -32768")};
    if (!isReadOnly()) {
        // WAL needs shared memory that network file systems cannot provide safely; there a
        // rollback journal is the correct choice (see docs/architecture.md).
        pragmas << (m_networkFs ? QStringLiteral("PRAGMA journal_mode = DELETE")
                                : QStringLiteral("PRAGMA journal_mode = WAL"))
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &p : std::as_const(pragmas)) {
        if (!sql::exec(db, p, {}, error))
            return false;
    }
    return true;
}

Workspace::OpenResult Workspace::create(const QString &path, const QString &organisationName,
                                        const OpenOptions &options)
{
    return openImpl(path, options, true, organisationName);
}

Workspace::OpenResult Workspace::open(const QString &path, const OpenOptions &options)
{
    return openImpl(path, options, false, QString());
}

Workspace::OpenResult Workspace::openImpl(const QString &path, const OpenOptions &options,
                                          bool creating, const QString &organisationName)
{
    OpenResult r;
    const QFileInfo info(path);
    const QString abs = info.absoluteFilePath();
    const auto fail = [&r](OpenError e, const QString &message) {
        r.error = e;
        r.errorString = message;
        r.workspace.reset();
        return std::move(r);
    };

    if (creating) {
        if (organisationName.trimmed().isEmpty())
            return fail(OpenError::IoError,
                        WorkspaceTr::tr("Enter the organisation's name for the new "
                                        "workspace."));
        if (info.exists())
            return fail(
                OpenError::AlreadyExists,
                WorkspaceTr::tr("%1 already exists. Choose another name, or open it instead.")
                    .arg(abs));
        if (!QFileInfo(info.absolutePath()).isDir())
            return fail(OpenError::NotFound,
                        WorkspaceTr::tr("The folder %1 does not exist.").arg(info.absolutePath()));
    } else {
        QString detail;
        switch (fileprobe::probe(abs, &detail)) {
        case fileprobe::Kind::Missing:
            return fail(OpenError::NotFound, WorkspaceTr::tr("There is no file at %1.").arg(abs));
        case fileprobe::Kind::Unreadable:
            return fail(OpenError::IoError,
                        WorkspaceTr::tr("Cannot read %1: %2.").arg(abs, detail));
        case fileprobe::Kind::NotSqlite:
        case fileprobe::Kind::OtherSqlite:
            r.newestBackup = backup::newest(abs);
            return fail(
                OpenError::NotAWorkspace,
                WorkspaceTr::tr("%1 is not an IG Workbench workspace: %2.").arg(abs, detail));
        case fileprobe::Kind::Truncated:
            r.newestBackup = backup::newest(abs);
            return fail(
                OpenError::Corrupt,
                WorkspaceTr::tr("%1 is damaged: %2. Restore the newest automatic backup, or "
                                "ask your IT team for a copy from the file server's backups.")
                    .arg(abs, detail));
        case fileprobe::Kind::Workspace:
            break;
        }
    }

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = abs;
    ws->m_userName = options.userName.isEmpty() ? osUserName() : options.userName;
    ws->m_backupsToKeep = options.backupsToKeep;
    QByteArray fsType;
    ws->m_networkFs = fileprobe::isOnNetworkFileSystem(abs, &fsType);
    if (ws->m_networkFs)
        r.warnings << WorkspaceTr::tr(
                          "%1 is on a network drive (%2). Several people opening it at once "
                          "can damage it; keep workspaces on a local disk and exchange "
                          "packages with partners instead.")
                          .arg(abs, QString::fromLatin1(fsType));

    if (!creating && !info.isWritable())
        ws->m_readOnlyReason = ReadOnlyReason::FileNotWritable;

    // The lock is taken even for a read-only request, just to learn whether someone holds
    // it; a read-only session then lets it go so the holder's colleagues are not blocked.
    if (ws->m_readOnlyReason == ReadOnlyReason::None) {
        WorkspaceLock::Result result;
        LockHolder holder;
        QString error;
        ws->m_lock = WorkspaceLock::tryAcquire(abs, ws->m_userName, &result, &holder, &error);
        if (result == WorkspaceLock::Result::HeldElsewhere) {
            if (!options.readOnly) {
                r.lockHolder = holder;
                return fail(
                    OpenError::Locked,
                    WorkspaceTr::tr("%1 is already open: %2. You can open it read-only, or ask "
                                    "them to close it.")
                        .arg(abs, holder.describe()));
            }
            ws->m_readOnlyReason = ReadOnlyReason::LockedElsewhere;
            ws->m_lockHolder = holder;
        } else if (result == WorkspaceLock::Result::Error) {
            return fail(OpenError::IoError, error);
        } else if (result == WorkspaceLock::Result::AcquiredStale) {
            r.warnings << WorkspaceTr::tr(
                              "The last session with this workspace (%1) ended without closing "
                              "it, for example after a crash. Its lock was cleared; no committed "
                              "change is lost.")
                              .arg(holder.describe());
        }
        if (options.readOnly && ws->m_readOnlyReason == ReadOnlyReason::None) {
            ws->m_readOnlyReason = ReadOnlyReason::Requested;
            ws->m_lock.reset();
        }
    }

    ws->m_connection = QStringLiteral("igw-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connection);
        db.setDatabaseName(abs);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (ws->isReadOnly())
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return fail(creating ? OpenError::IoError : OpenError::Corrupt,
                        WorkspaceTr::tr("Cannot open %1: %2").arg(abs, db.lastError().text()));
    }
    sql::enableCache(ws->m_connection);
    QString error;
    if (!ws->applyPragmas(&error)) {
        r.newestBackup = backup::newest(abs);
        // Damage to the schema pages shows up here already, before quick_check runs.
        if (error.contains(QLatin1String("malformed")))
            return fail(OpenError::Corrupt,
                        WorkspaceTr::tr("%1 is damaged: %2. Restore the newest automatic backup, "
                                        "or ask your IT team for a copy from the file server's "
                                        "backups.")
                            .arg(abs, error));
        return fail(OpenError::Corrupt, WorkspaceTr::tr("%1 cannot be used: %2").arg(abs, error));
    }
    ws->m_records = std::make_unique<RecordStore>(*ws);
    // No QSqlDatabase copy is kept here: closing ws on a failure path must be the last user.
    const auto db = [&ws] { return ws->database(); };

    if (creating) {
        Migrator migrator;
        if (!sql::exec(db(), QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), {},
                       &error) ||
            !migrator.migrate(db(), 0, migrator.latestVersion(), &error)) {
            ws.reset();
            QFile::remove(abs);
            return fail(OpenError::IoError,
                        WorkspaceTr::tr("Cannot create %1: %2").arg(abs, error));
        }
        ws->m_fileVersion = migrator.latestVersion();
        QVariantMap profile{{orgField::name, organisationName.trimmed()},
                            {orgField::isSelf, 1},
                            {orgField::orgType, QStringLiteral("council")}};
        const auto self = ws->records().create(kinds::organisation(), profile, &error);
        if (!self ||
            !sql::exec(db(),
                       QStringLiteral("UPDATE organisations SET owner_org_id = id WHERE id = ?"),
                       {self->id}, &error)) {
            ws.reset();
            QFile::remove(abs);
            return fail(OpenError::IoError,
                        WorkspaceTr::tr("Cannot create %1: %2").arg(abs, error));
        }
        sql::exec(db(),
                  QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                 "('created_with', ?)"),
                  {QStringLiteral(IGW_VERSION)});
        // Move the new header (application_id) into the main file now, so that another
        // process probing the file sees a workspace even before the first checkpoint.
        sql::exec(db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        r.workspace = std::move(ws);
        return r;
    }

    QString detail;
    if (!quickCheckPasses(db(), &detail)) {
        ws.reset();
        r.newestBackup = backup::newest(abs);
        return fail(
            OpenError::Corrupt,
            WorkspaceTr::tr("%1 is damaged (%2). Restore the newest automatic backup, or ask your "
                            "IT team for a copy from the file server's backups.")
                .arg(abs, detail));
    }
    const int version = sql::scalar(db(), QStringLiteral("PRAGMA user_version")).toInt();
    ws->m_fileVersion = version;
    if (version <= 0) {
        ws.reset();
        r.newestBackup = backup::newest(abs);
        return fail(OpenError::Corrupt,
                    WorkspaceTr::tr("%1 was never finished being created (it has no "
                                    "schema). Create the workspace again.")
                        .arg(abs));
    }
    if (version > currentSchemaVersion()) {
        ws->m_readOnlyReason = ReadOnlyReason::NewerSchema;
        ws->m_lock.reset();
    } else if (version < currentSchemaVersion() && !ws->isReadOnly()) {
        // Keep the file exactly as it was before touching its schema.
        const QString dir = backup::directoryFor(abs);
        QDir().mkpath(dir);
        const QString before =
            dir + QLatin1Char('/') + info.completeBaseName() +
            QStringLiteral("-before-v%1-upgrade.igw").arg(currentSchemaVersion());
        if (!backup::copyDatabase(abs, before, &error))
            return fail(
                OpenError::MigrationFailed,
                WorkspaceTr::tr("Could not take a backup before upgrading %1, so it was left "
                                "unchanged: %2")
                    .arg(abs, error));
        if (!Migrator().migrate(db(), version, currentSchemaVersion(), &error)) {
            ws.reset();
            return fail(
                OpenError::MigrationFailed,
                WorkspaceTr::tr("Upgrading %1 failed and was rolled back; the file is unchanged. "
                                "Details: %2")
                    .arg(abs, error));
        }
        ws->m_fileVersion = currentSchemaVersion();
        sql::exec(db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        r.warnings << WorkspaceTr::tr(
                          "The workspace was upgraded from format %1 to %2. A copy of the old "
                          "file is in %3.")
                          .arg(version)
                          .arg(currentSchemaVersion())
                          .arg(before);
    }
    if (ws->isReadOnly())
        sql::exec(db(), QStringLiteral("PRAGMA query_only = ON"));

    if (options.backupOnOpen && !ws->isReadOnly()) {
        if (ws->backupNow(&error).isEmpty())
            r.warnings << WorkspaceTr::tr("The automatic backup failed: %1").arg(error);
    }
    r.workspace = std::move(ws);
    return r;
}

QString Workspace::backupNow(QString *error)
{
    const QString path = backup::rollingBackup(m_path, m_backupsToKeep, error);
    if (!path.isEmpty())
        noteBackupTaken(path);
    return path;
}

void Workspace::noteBackupTaken(const QString &path)
{
    m_lastBackup = QDateTime::currentDateTime();
    emit backupTaken(path);
}

QString Workspace::backupDirectory() const
{
    return backup::directoryFor(m_path);
}

bool Workspace::saveCopyAs(const QString &destination, QString *error)
{
    if (QFileInfo(destination).absoluteFilePath() == m_path) {
        if (error)
            *error = WorkspaceTr::tr("Choose a different file from the open workspace.");
        return false;
    }
    return backup::copyDatabase(m_path, destination, error);
}

void Workspace::queueChange(const QString &table, qint64 id)
{
    m_pending.append({table, id});
}

void Workspace::flushChanges()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &change : pending)
        emit recordChanged(change.first, change.second);
}

void Workspace::dropChanges()
{
    m_pending.clear();
}

} // namespace igw
