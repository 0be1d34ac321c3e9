#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace igw::backup {

// "<dir>/<name>.igw" keeps its rolling backups in "<dir>/<name>.igw-backups/".
QString directoryFor(const QString &workspacePath);

// Copies a consistent snapshot of `source` (it may be open and in use in WAL mode) to
// `destination` with the SQLite backup API: into a temporary file beside it, switched to
// a self-contained rollback journal, fsync'd, quick_check'ed, then renamed into place.
// Opens its own connection, so it may run on a worker thread.
bool copyDatabase(const QString &source, const QString &destination, QString *error);

// A new timestamped backup in directoryFor(source); keeps only the newest `keep`.
QString rollingBackup(const QString &source, int keep, QString *error);

// Backups of a workspace, newest first.
QStringList list(const QString &workspacePath);
QString newest(const QString &workspacePath);

// Replaces the (damaged) workspace with a backup: the damaged file is kept beside it as
// "<name>.igw.damaged-<time>" rather than deleted.
bool restore(const QString &backupPath, const QString &workspacePath, QString *error);

} // namespace igw::backup
