#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

namespace igw {

// Who holds a workspace, as written into its lock file.
struct LockHolder {
    QString user;
    QString host;
    qint64 pid = 0;
    QString application;
    QDateTime since;
    QString describe() const; // "Jane Smith on host pc-12 (process 4242) since 10:02"
};

// Exclusive use of one workspace file across processes: an advisory flock() on
// "<file>.lock" that the OS drops when the holder dies, so a lock file left by a crashed
// process is recognised as stale rather than blocking the user forever.
class WorkspaceLock {
public:
    enum class Result { Acquired, AcquiredStale, HeldElsewhere, Error };

    static QString lockPathFor(const QString &workspacePath);

    // Tries once, never blocks. On HeldElsewhere, *holder says who.
    static std::unique_ptr<WorkspaceLock> tryAcquire(const QString &workspacePath,
                                                     const QString &user, Result *result,
                                                     LockHolder *holder, QString *error);
    ~WorkspaceLock(); // releases and removes the lock file
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

private:
    WorkspaceLock() = default;
    int m_fd = -1;
    QString m_path;
};

} // namespace igw
