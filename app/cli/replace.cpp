#include "replace.h"

#include "exitcode.h"
#include "output.h"

#include <QFile>

namespace igw::cli {

std::unique_ptr<WorkspaceLock> lockForReplacing(const QString &target, const QString &user,
                                                int *exitCode, QString *message)
{
    WorkspaceLock::Result result;
    LockHolder holder;
    QString error;
    auto lock = WorkspaceLock::tryAcquire(target, user, &result, &holder, &error);
    if (lock)
        return lock;
    if (result == WorkspaceLock::Result::HeldElsewhere) {
        *exitCode = exitcode::Locked;
        *message = tr("%1 is open in IG Workbench or another program (%2), so it was not "
                      "replaced. Ask them to close it, or choose another file name.")
                       .arg(target, holder.describe());
    } else {
        *exitCode = exitcode::IoError;
        *message = error;
    }
    return nullptr;
}

bool removeJournals(const QString &target, QString *error)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString path = target + QLatin1String(suffix);
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("Cannot remove %1, which belongs to the file being replaced. Check "
                        "your permissions in that folder.")
                         .arg(path);
            return false;
        }
    }
    return true;
}

} // namespace igw::cli
