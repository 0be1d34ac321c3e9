#pragma once

#include "workspace/workspacelock.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace igw {

class RecordStore;

// Why an open or create failed; the user-facing text is in OpenResult::errorString.
enum class OpenError {
    None,
    NotFound,        // no file at the path (open) or the folder does not exist (create)
    AlreadyExists,   // create: a file is already there
    NotAWorkspace,   // not SQLite, or SQLite with another application_id
    Corrupt,         // quick_check failed or SQLite reported a malformed image
    Locked,          // another process holds the workspace; see lockHolder
    MigrationFailed, // upgrade rolled back; the file is unchanged
    IoError,
};

struct OpenOptions {
    bool readOnly = false;    // the user chose read-only (e.g. after a Locked refusal)
    bool backupOnOpen = true; // take a rolling backup once the file is open
    int backupsToKeep = 10;
    QString userName; // recorded in the audit trail; empty means the OS account
};

// One open .igw workspace: a SQLite connection with our pragmas, the exclusive lock,
// schema migration and backups. Not copyable; lives on one thread.
class Workspace : public QObject {
    Q_OBJECT
public:
    // "IGW1" at header offset 68, so `file` and the app can recognise a workspace.
    static constexpr quint32 ApplicationId = 0x49475731;
    static constexpr char FileSuffix[] = "igw";
    static int currentSchemaVersion();

    enum class ReadOnlyReason { None, Requested, NewerSchema, LockedElsewhere, FileNotWritable };

    struct OpenResult {
        std::unique_ptr<Workspace> workspace;
        OpenError error = OpenError::None;
        QString errorString;   // what went wrong and what to do, translated
        LockHolder lockHolder; // filled when error == Locked
        QStringList warnings;  // e.g. network file system, stale lock recovered, migrated
        QString newestBackup;  // for NotAWorkspace/Corrupt: the newest automatic backup
        bool ok() const { return workspace != nullptr; }
    };

    static OpenResult create(const QString &path, const QString &organisationName,
                             const OpenOptions &options = {});
    static OpenResult open(const QString &path, const OpenOptions &options = {});

    ~Workspace() override;
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    QString userName() const { return m_userName; }
    int fileSchemaVersion() const { return m_fileVersion; }

    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    QString readOnlyMessage() const; // banner text, empty when writable
    bool onNetworkFileSystem() const { return m_networkFs; }

    RecordStore &records();
    qint64 selfOrganisationId() const; // the workspace's own organisation row

    // Backups (see backup.h). Returns the new backup's path or empty with *error set.
    QString backupNow(QString *error = nullptr);
    QString backupDirectory() const;
    QDateTime lastBackupTime() const { return m_lastBackup; }
    // Records a backup taken elsewhere (e.g. backup::rollingBackup on a worker thread).
    void noteBackupTaken(const QString &path);
    bool saveCopyAs(const QString &destination, QString *error);

    // Used by WriteTransaction: notifications are held until the outermost commit.
    void queueChange(const QString &table, qint64 id);
    void flushChanges();
    void dropChanges();
    int &transactionDepth() { return m_txDepth; }

signals:
    // A record was created, changed or deleted (id 0: many records of that table).
    void recordChanged(const QString &table, qint64 id);
    void backupTaken(const QString &path);

private:
    explicit Workspace(QObject *parent = nullptr);
    static OpenResult openImpl(const QString &path, const OpenOptions &options, bool creating,
                               const QString &organisationName);
    bool applyPragmas(QString *error);

    QString m_path;
    QString m_connection;
    QString m_userName;
    int m_fileVersion = 0;
    int m_backupsToKeep = 10;
    bool m_networkFs = false;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QDateTime m_lastBackup;
    std::unique_ptr<WorkspaceLock> m_lock;
    std::unique_ptr<RecordStore> m_records;
    mutable qint64 m_selfOrgId = 0;
    int m_txDepth = 0;
    QList<QPair<QString, qint64>> m_pending;
    LockHolder m_lockHolder;
};

} // namespace igw
