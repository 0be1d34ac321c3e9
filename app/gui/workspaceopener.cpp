#include "gui/workspaceopener.h"

#include "gui/shelltr.h"
#include "widgets/dialogs.h"
#include "workspace/backup.h"

#include <QFileInfo>
#include <QLocale>

namespace igw::opener {

namespace {

Outcome fromResult(Workspace::OpenResult &&result)
{
    Outcome outcome;
    outcome.error = result.error;
    outcome.warnings = result.warnings;
    outcome.workspace = std::move(result.workspace);
    return outcome;
}

QString backupDescription(const QString &backupPath)
{
    const QFileInfo info(backupPath);
    return ShellTr::tr("%1, saved %2")
        .arg(info.fileName(), QLocale().toString(info.lastModified(), QLocale::ShortFormat));
}

} // namespace

Outcome open(QWidget *parent, const QString &path, OpenOptions options)
{
    Workspace::OpenResult result = Workspace::open(path, options);
    const QString fileName = QFileInfo(path).fileName();

    if (result.error == OpenError::Locked) {
        const int choice = Dialogs::choose(
            parent, ShellTr::tr("Workspace In Use"),
            ShellTr::tr("%1 is already open by %2.\n\nYou can open it read-only to look at it, "
                        "or ask them to close it and try again.")
                .arg(fileName, result.lockHolder.describe()),
            {ShellTr::tr("Open Read-Only"), ShellTr::tr("Cancel")}, QMessageBox::Warning);
        if (choice != 0)
            return fromResult(std::move(result));
        options.readOnly = true;
        result = Workspace::open(path, options);
    } else if ((result.error == OpenError::NotAWorkspace || result.error == OpenError::Corrupt) &&
               !result.newestBackup.isEmpty()) {
        const QString backupPath = result.newestBackup;
        const int choice = Dialogs::choose(
            parent, ShellTr::tr("Cannot Open Workspace"),
            ShellTr::tr("%1\n\nThe newest automatic backup is %2. Restoring it replaces the "
                        "damaged file, which is kept beside it so nothing is thrown away.")
                .arg(result.errorString, backupDescription(backupPath)),
            {ShellTr::tr("Restore Newest Backup"), ShellTr::tr("Cancel")}, QMessageBox::Critical);
        if (choice != 0)
            return fromResult(std::move(result));
        QString error;
        if (!backup::restore(backupPath, path, &error)) {
            Dialogs::critical(parent, ShellTr::tr("Restore Failed"),
                              ShellTr::tr("The backup could not be restored: %1").arg(error));
            return fromResult(std::move(result));
        }
        result = Workspace::open(path, options);
        if (result.ok())
            result.warnings.prepend(
                ShellTr::tr("Restored from the backup %1. Changes made after it was taken are "
                            "not in this workspace.")
                    .arg(QFileInfo(backupPath).fileName()));
    }

    if (!result.ok())
        Dialogs::critical(parent, ShellTr::tr("Cannot Open Workspace"), result.errorString);
    return fromResult(std::move(result));
}

Outcome create(QWidget *parent, const QString &path, const QString &organisationName,
               const OpenOptions &options)
{
    Workspace::OpenResult result = Workspace::create(path, organisationName, options);
    if (!result.ok())
        Dialogs::critical(parent, ShellTr::tr("Cannot Create Workspace"), result.errorString);
    return fromResult(std::move(result));
}

} // namespace igw::opener
