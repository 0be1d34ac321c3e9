#include "workspace/fileprobe.h"

#include "workspace/tr.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace igw::fileprobe {

namespace {

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
}

} // namespace

Kind probe(const QString &path, QString *detail)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Kind::Missing;
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        if (detail)
            *detail = file.errorString();
        return Kind::Unreadable;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        if (detail)
            *detail = header.isEmpty() ? WorkspaceTr::tr("the file is empty")
                                       : WorkspaceTr::tr("the file is not an SQLite database");
        return Kind::NotSqlite;
    }
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    if (be32(h + 68) != Workspace::ApplicationId) {
        if (detail)
            *detail =
                WorkspaceTr::tr("the database was not written by IG Workbench (application id %1)")
                    .arg(be32(h + 68), 8, 16, QLatin1Char('0'));
        return Kind::OtherSqlite;
    }
    quint32 pageSize = (quint32(h[16]) << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        if (detail)
            *detail = WorkspaceTr::tr("the header's page size (%1) is invalid").arg(pageSize);
        return Kind::Truncated;
    }
    const qint64 size = info.size();
    // The in-header page count is valid when the change counter matches "version valid for".
    const quint32 pages = be32(h + 28);
    const bool countValid = be32(h + 24) == be32(h + 92) && pages > 0;
    const bool hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (size % pageSize != 0 || (countValid && !hasWal && size < qint64(pages) * pageSize)) {
        if (detail)
            *detail =
                WorkspaceTr::tr("the file is %1 bytes long but its header describes %2 pages of %3 "
                                "bytes; it has been cut short")
                    .arg(size)
                    .arg(pages)
                    .arg(pageSize);
        return Kind::Truncated;
    }
    return Kind::Workspace;
}

bool isNetworkFileSystemType(const QByteArray &fsType)
{
    static const QList<QByteArray> network = {
        "nfs",       "nfs4",   "cifs",       "smb",         "smb2",        "smb3",
        "smbfs",     "ncpfs",  "afs",        "9p",          "ceph",        "glusterfs",
        "lustre",    "davfs",  "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.glusterfs",
        "fuse.s3fs", "webdav", "afpfs",      "coda"};
    const QByteArray type = fsType.toLower();
    return network.contains(type) || type.startsWith("nfs") || type.startsWith("smb");
}

bool isOnNetworkFileSystem(const QString &path, QByteArray *fsType)
{
    const QFileInfo info(path);
    const QStorageInfo storage(info.exists() ? info.absoluteFilePath() : info.absolutePath());
    const QByteArray type = storage.fileSystemType();
    if (fsType)
        *fsType = type;
    return isNetworkFileSystemType(type);
}

} // namespace igw::fileprobe
