#include "workspace/backup.h"

#include "workspace/fileprobe.h"
#include "workspace/tr.h"
#include "workspace/workspacelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace igw::backup {

namespace {

// Owns a raw sqlite3 handle: this file talks to SQLite directly so it can run on any
// thread without Qt's per-thread connection rules.
struct Handle {
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool quickCheck(sqlite3 *db, QString *detail)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) != SQLITE_OK) {
        *detail = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    bool ok = false;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        ok = text && std::strcmp(text, "ok") == 0;
        if (!ok)
            *detail = QString::fromUtf8(text ? text : "");
    } else {
        *detail = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    return ok;
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
}

} // namespace

QString directoryFor(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral("-backups");
}

bool copyDatabase(const QString &source, const QString &destination, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Handle src;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &src.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return fail(WorkspaceTr::tr("Cannot read %1: %2").arg(source, src.error()));
    sqlite3_busy_timeout(src.db, 10000);

    const QString temp =
        destination + QStringLiteral(".tmp-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        Handle dst;
        if (sqlite3_open_v2(QFile::encodeName(temp).constData(), &dst.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return fail(WorkspaceTr::tr("Cannot create %1: %2").arg(temp, dst.error()));
        sqlite3_backup *b = sqlite3_backup_init(dst.db, "main", src.db, "main");
        if (!b) {
            const QString message = WorkspaceTr::tr("Cannot copy %1: %2").arg(source, dst.error());
            QFile::remove(temp);
            return fail(message);
        }
        const int rc = sqlite3_backup_step(b, -1);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE) {
            const QString message = WorkspaceTr::tr("Copying %1 failed: %2")
                                        .arg(source, QString::fromUtf8(sqlite3_errstr(rc)));
            QFile::remove(temp);
            return fail(message);
        }
        // A copy must stand alone: no -wal or -shm files beside it.
        QString detail;
        if (sqlite3_exec(dst.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) !=
                SQLITE_OK ||
            !quickCheck(dst.db, &detail)) {
            QFile::remove(temp);
            return fail(
                WorkspaceTr::tr("The copy of %1 failed its integrity check (%2); nothing was "
                                "written.")
                    .arg(source, detail));
        }
    }
    if (!fsyncPath(temp, false)) {
        QFile::remove(temp);
        return fail(WorkspaceTr::tr("Cannot flush %1 to disk.").arg(temp));
    }
    if (std::rename(QFile::encodeName(temp).constData(),
                    QFile::encodeName(destination).constData()) != 0) {
        const QString message = WorkspaceTr::tr("Cannot move the copy into place at %1: %2")
                                    .arg(destination, QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(temp);
        return fail(message);
    }
    fsyncPath(QFileInfo(destination).absolutePath(), true);
    return true;
}

QString rollingBackup(const QString &source, int keep, QString *error)
{
    const QString dir = directoryFor(source);
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = WorkspaceTr::tr("Cannot create the backup folder %1.").arg(dir);
        return {};
    }
    const QString name =
        QFileInfo(source).completeBaseName() + QLatin1Char('-') + stamp() + QStringLiteral(".igw");
    const QString path = dir + QLatin1Char('/') + name;
    if (!copyDatabase(source, path, error))
        return {};
    const QStringList all = list(source);
    for (int i = qMax(keep, 1); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return path;
}

QStringList list(const QString &workspacePath)
{
    const QString dir = directoryFor(workspacePath);
    const QString prefix = QFileInfo(workspacePath).completeBaseName() + QLatin1Char('-');
    QStringList out;
    const QStringList names =
        QDir(dir).entryList({prefix + QStringLiteral("*.igw")}, QDir::Files, QDir::Name);
    // Timestamps sort as text; newest last in `names`.
    for (auto it = names.crbegin(); it != names.crend(); ++it)
        out << dir + QLatin1Char('/') + *it;
    return out;
}

QString newest(const QString &workspacePath)
{
    for (const QString &candidate : list(workspacePath)) {
        if (fileprobe::probe(candidate) == fileprobe::Kind::Workspace)
            return candidate;
    }
    return {};
}

bool restore(const QString &backupPath, const QString &workspacePath, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (fileprobe::probe(backupPath) != fileprobe::Kind::Workspace)
        return fail(WorkspaceTr::tr("%1 is not a usable workspace backup.").arg(backupPath));
    WorkspaceLock::Result result;
    LockHolder holder;
    QString lockError;
    const auto lock =
        WorkspaceLock::tryAcquire(workspacePath, QString(), &result, &holder, &lockError);
    if (!lock) {
        if (result == WorkspaceLock::Result::HeldElsewhere)
            return fail(
                WorkspaceTr::tr("%1 is open in another window or program (%2). Close it there "
                                "first.")
                    .arg(workspacePath, holder.describe()));
        return fail(lockError);
    }
    // Keep the damaged file (and any journal beside it, which belongs to it and must not
    // be replayed into the restored copy) instead of deleting evidence.
    const QString aside = workspacePath + QStringLiteral(".damaged-") + stamp();
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(workspacePath + suffix) &&
            !QFile::rename(workspacePath + suffix, aside + suffix))
            return fail(WorkspaceTr::tr("Cannot move the damaged file %1 aside.")
                            .arg(workspacePath + suffix));
    }
    return copyDatabase(backupPath, workspacePath, error);
}

} // namespace igw::backup
