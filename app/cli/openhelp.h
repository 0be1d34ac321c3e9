#pragma once

#include "command.h"
#include "workspace/workspace.h"

namespace igw::cli {

int exitCodeFor(OpenError error);

// Opens a workspace only to read it: read-only, no automatic backup, so the file is never
// changed; works while the app has it open.
Workspace::OpenResult openForReading(const QString &path);

// Prints why opening failed (and where the newest automatic backup is); returns the exit
// status for it.
int reportOpenFailure(const Command &command, const Workspace::OpenResult &result);
void reportWarnings(const Command &command, const QStringList &warnings);

} // namespace igw::cli
