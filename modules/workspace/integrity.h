#pragma once

#include <QString>
#include <QStringList>

namespace igw {

// The result of examining a workspace file. Messages are translated and say what is
// wrong, where, and what to do.
struct CheckReport {
    bool ok = false;
    // False when the file could not be examined at all: it is missing, unreadable or not
    // a workspace. Then `problems` holds the one reason and nothing else was checked.
    bool examined = false;
    QStringList problems;
    QStringList passed;
};

// Checks a workspace file without Workspace::open (which refuses damaged files and takes
// the lock), so it also works on a damaged file and while the app has the file open.
// Quick: header, schema, the audit trail's protection and SQLite's quick_check. Full adds
// integrity_check, foreign key links and the audit trail's hash chain.
CheckReport checkWorkspaceFile(const QString &path, bool full);

} // namespace igw
