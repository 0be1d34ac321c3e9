#include "workspace/workspacelock.h"

#include "workspace/tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace igw {

namespace {

LockHolder parseHolder(const QByteArray &content)
{
    LockHolder h;
    const QJsonObject o = QJsonDocument::fromJson(content).object();
    h.user = o.value(QStringLiteral("user")).toString();
    h.host = o.value(QStringLiteral("host")).toString();
    h.pid = o.value(QStringLiteral("pid")).toInteger();
    h.application = o.value(QStringLiteral("application")).toString();
    h.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return h;
}

QByteArray readAll(int fd)
{
    QByteArray out;
    char buf[4096];
    if (::lseek(fd, 0, SEEK_SET) < 0)
        return out;
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0 || out.size() > 65536)
            break;
        out.append(buf, n);
    }
    return out;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QString LockHolder::describe() const
{
    const QString who = user.isEmpty() ? WorkspaceTr::tr("an unknown user") : user;
    QString text = WorkspaceTr::tr("%1 on %2 (process %3)")
                       .arg(who, host.isEmpty() ? QStringLiteral("?") : host)
                       .arg(pid);
    if (since.isValid())
        text += WorkspaceTr::tr(" since %1")
                    .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
    return text;
}

QString WorkspaceLock::lockPathFor(const QString &workspacePath)
{
    return workspacePath + QStringLiteral(".lock");
}

std::unique_ptr<WorkspaceLock> WorkspaceLock::tryAcquire(const QString &workspacePath,
                                                         const QString &user, Result *result,
                                                         LockHolder *holder, QString *error)
{
    const QString path = lockPathFor(workspacePath);
    const QByteArray native = QFile::encodeName(path);
    // A holder may unlink the file between our open() and flock(); then we hold a lock on
    // an orphaned inode. Re-check that the path still names our inode, and retry.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            *result = Result::Error;
            if (error)
                *error =
                    WorkspaceTr::tr("Cannot create the lock file %1: %2").arg(path, errnoText());
            return nullptr;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int err = errno;
            const QByteArray content = readAll(fd);
            ::close(fd);
            if (err == EWOULDBLOCK) {
                *result = Result::HeldElsewhere;
                if (holder)
                    *holder = parseHolder(content);
                return nullptr;
            }
            *result = Result::Error;
            if (error)
                *error = WorkspaceTr::tr("Cannot lock %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(err)));
            return nullptr;
        }
        struct stat byFd {};
        struct stat byPath {};
        if (::fstat(fd, &byFd) != 0 || ::stat(native.constData(), &byPath) != 0 ||
            byFd.st_ino != byPath.st_ino || byFd.st_dev != byPath.st_dev) {
            ::close(fd);
            continue;
        }
        // We hold it. Content left behind means its previous holder died without closing.
        const QByteArray previous = readAll(fd);
        *result = previous.trimmed().isEmpty() ? Result::Acquired : Result::AcquiredStale;
        if (holder)
            *holder = previous.trimmed().isEmpty() ? LockHolder{} : parseHolder(previous);

        QJsonObject o;
        o.insert(QStringLiteral("user"), user);
        o.insert(QStringLiteral("host"), QSysInfo::machineHostName());
        o.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
        o.insert(QStringLiteral("application"), QCoreApplication::applicationName());
        o.insert(QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, json.constData(), json.size(), 0) < 0) {
            ::close(fd);
            *result = Result::Error;
            if (error)
                *error =
                    WorkspaceTr::tr("Cannot write the lock file %1: %2").arg(path, errnoText());
            return nullptr;
        }
        ::fsync(fd);
        std::unique_ptr<WorkspaceLock> lock(new WorkspaceLock);
        lock->m_fd = fd;
        lock->m_path = path;
        return lock;
    }
    *result = Result::Error;
    if (error)
        *error = WorkspaceTr::tr("The lock file %1 keeps changing; another "
                                 "program is opening this workspace.")
                     .arg(path);
    return nullptr;
}

WorkspaceLock::~WorkspaceLock()
{
    if (m_fd >= 0) {
        // Unlink while still holding the lock so nobody can take the old inode meanwhile.
        ::unlink(QFile::encodeName(m_path).constData());
        ::close(m_fd);
    }
}

} // namespace igw
