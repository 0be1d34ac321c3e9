#pragma once

#include <QString>

namespace igw::fileprobe {

enum class Kind { Missing, Unreadable, NotSqlite, OtherSqlite, Workspace, Truncated };

// Looks at the 100-byte SQLite header without opening the database: magic string,
// application_id at offset 68, page size and the in-header page count against the file
// size (a truncated file is refused before SQLite reads garbage).
Kind probe(const QString &path, QString *detail = nullptr);

// True for file systems where SQLite's WAL shared memory is unsafe (NFS, SMB/CIFS,
// sshfs and other FUSE network mounts, 9p...).
bool isNetworkFileSystemType(const QByteArray &fsType);
bool isOnNetworkFileSystem(const QString &path, QByteArray *fsType = nullptr);

} // namespace igw::fileprobe
