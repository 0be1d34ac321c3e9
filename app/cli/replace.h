#pragma once

#include "workspace/workspacelock.h"

#include <QString>

#include <memory>

namespace igw::cli {

// Holds the workspace lock of `target` while a new file replaces it, so IG Workbench
// cannot open the old one meanwhile. Null when someone has it open or it cannot be
// locked; then *exitCode and *message say why.
std::unique_ptr<WorkspaceLock> lockForReplacing(const QString &target, const QString &user,
                                                int *exitCode, QString *message);

// Removes the old file's -wal, -shm and -journal: SQLite would replay them into the file
// that replaces it and damage it.
bool removeJournals(const QString &target, QString *error);

} // namespace igw::cli
