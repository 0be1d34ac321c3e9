#include "openhelp.h"

#include "exitcode.h"
#include "output.h"

namespace igw::cli {

int exitCodeFor(OpenError error)
{
    switch (error) {
    case OpenError::None:
        return exitcode::Ok;
    case OpenError::AlreadyExists:
        return exitcode::Usage;
    case OpenError::NotFound:
    case OpenError::NotAWorkspace:
    case OpenError::Corrupt:
        return exitcode::CannotOpen;
    case OpenError::Locked:
        return exitcode::Locked;
    case OpenError::MigrationFailed:
    case OpenError::IoError:
        return exitcode::IoError;
    }
    return exitcode::IoError;
}

Workspace::OpenResult openForReading(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    options.backupOnOpen = false;
    return Workspace::open(path, options);
}

int reportOpenFailure(const Command &command, const Workspace::OpenResult &result)
{
    QString message = result.errorString;
    // The library's text says what is wrong; add what to do where it does not.
    if (result.error == OpenError::NotFound)
        message += QLatin1Char(' ') + tr("Check the file name and folder.");
    else if (result.error == OpenError::NotAWorkspace)
        message += QLatin1Char(' ') + tr("Check that you chose the right file.");
    const int code = failure(command, message, exitCodeFor(result.error));
    if (!result.newestBackup.isEmpty())
        printErr(
            tr("The newest automatic backup of this workspace is %1.").arg(result.newestBackup));
    return code;
}

void reportWarnings(const Command &command, const QStringList &warnings)
{
    for (const QString &warning : warnings)
        printErr(tr("igw %1: warning: %2").arg(command.name, warning));
}

} // namespace igw::cli
