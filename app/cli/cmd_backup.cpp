#include "commands.h"
#include "exitcode.h"
#include "output.h"
#include "replace.h"
#include "workspace/backup.h"
#include "workspace/fileprobe.h"

#include <QDir>
#include <QFileInfo>

namespace igw::cli {

namespace {

// Only a sound workspace is worth copying; a damaged one needs restoring, not backing up.
int checkSource(const Command &command, const QString &source)
{
    QString detail;
    switch (fileprobe::probe(source, &detail)) {
    case fileprobe::Kind::Workspace:
        return exitcode::Ok;
    case fileprobe::Kind::Missing:
        return failure(command,
                       tr("There is no file at %1. Check the file name and folder.").arg(source),
                       exitcode::CannotOpen);
    case fileprobe::Kind::Unreadable:
        return failure(command, tr("Cannot read %1: %2.").arg(source, detail),
                       exitcode::CannotOpen);
    case fileprobe::Kind::NotSqlite:
    case fileprobe::Kind::OtherSqlite:
        return failure(command, tr("%1 is not an IG Workbench workspace: %2.").arg(source, detail),
                       exitcode::CannotOpen);
    case fileprobe::Kind::Truncated:
        return failure(command,
                       tr("%1 is damaged (%2), so it was not copied. Run `igw check` on it and "
                          "restore a backup instead.")
                           .arg(source, detail),
                       exitcode::CannotOpen);
    }
    return exitcode::CannotOpen;
}

int runBackup(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("FILE"), tr("DEST")}, &code))
        return code;
    const QString source = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    QString dest = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    if ((code = checkSource(command, source)) != exitcode::Ok)
        return code;
    // Like cp: a folder as DEST means a file of the same name inside it.
    if (QFileInfo(dest).isDir())
        dest = QDir(dest).filePath(QFileInfo(source).fileName());
    if (QFileInfo(dest).canonicalFilePath() == QFileInfo(source).canonicalFilePath())
        return usageError(command, tr("The copy must go to a different file from %1.").arg(source));
    const QString folder = QFileInfo(dest).absolutePath();
    if (!QFileInfo(folder).isDir())
        return failure(command,
                       tr("The folder %1 does not exist. Create it first, or choose another "
                          "destination.")
                           .arg(folder),
                       exitcode::CannotOpen);

    std::unique_ptr<WorkspaceLock> lock;
    if (QFileInfo::exists(dest)) {
        if (!parser.isSet(QStringLiteral("force")))
            return usageError(command, tr("%1 already exists and was left unchanged. Choose "
                                          "another name, or add --force to replace it.")
                                           .arg(dest));
        QString message;
        lock = lockForReplacing(dest, QString(), &code, &message);
        if (!lock)
            return failure(command, message, code);
        if (!removeJournals(dest, &message))
            return failure(command, message, exitcode::IoError);
    }
    QString error;
    if (!backup::copyDatabase(source, dest, &error))
        return failure(command, error, exitcode::IoError);
    printOut(tr("Copied %1 to %2; the copy passed SQLite's integrity check.").arg(source, dest));
    return exitcode::Ok;
}

} // namespace

Command backupCommand()
{
    Command c;
    c.name = QStringLiteral("backup");
    c.arguments = tr("FILE DEST");
    c.summary = tr("Copy a workspace safely, even while it is open");
    c.description = tr("Copies a consistent snapshot of the workspace to DEST with SQLite's "
                       "backup API, so it is safe while IG Workbench has the file open. DEST "
                       "may be a folder. An existing DEST is replaced only with --force, and "
                       "never while a program has it open.");
    c.options = {QCommandLineOption({QStringLiteral("f"), QStringLiteral("force")},
                                    tr("Replace DEST if it exists."))};
    c.examples = {QStringLiteral("$ igw backup council.igw /media/usb/council-2025-06-30.igw"),
                  tr("Copied /home/jo/council.igw to /media/usb/council-2025-06-30.igw; the "
                     "copy passed SQLite's integrity check.")};
    c.run = runBackup;
    return c;
}

} // namespace igw::cli
