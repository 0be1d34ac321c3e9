#include "commands.h"
#include "dpia/demodpia.h"
#include "exitcode.h"
#include "kinds.h"
#include "openhelp.h"
#include "output.h"
#include "register/demoregister.h"
#include "replace.h"
#include "retention/demoretention.h"
#include "ropa/demoropa.h"
#include "sharing/demosharing.h"
#include "workspace/backup.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/fileprobe.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace igw::cli {

namespace {

// Builds the demo workspace at `path`; on success *summary describes it.
int buildDemo(const Command &command, const QString &path, const QString &user, QString *summary)
{
    OpenOptions options;
    options.userName = user;
    const Workspace::OpenResult result = Workspace::create(path, demoOrganisationName(), options);
    if (!result.ok())
        return reportOpenFailure(command, result);
    Workspace &ws = *result.workspace;
    QString error;
    if (!addDemoDirectory(ws, &error) || !addDemoRegister(ws, &error) || !addDemoRopa(ws, &error) ||
        !addDemoDpias(ws, &error) || !addDemoAgreements(ws, &error) ||
        !addDemoRetention(ws, &error))
        return failure(command, tr("Cannot add the demo data: %1").arg(error), exitcode::IoError);
    const auto self = ws.records().get(kinds::organisation(), ws.selfOrganisationId());
    QStringList counts;
    for (const CliKind &k : cliKinds())
        counts << QStringLiteral("%1 %2").arg(ws.records().count(*k.kind)).arg(k.kind->listName);
    *summary = tr("%1 (%2)").arg(self ? self->title(kinds::organisation()) : QString(),
                                 counts.join(QStringLiteral(", ")));
    return exitcode::Ok;
}

// The replaced file goes into its automatic-backup folder, named like the app's own
// backups so that IG Workbench offers it for restoring.
int keepPreviousCopy(const Command &command, const QString &path)
{
    if (fileprobe::probe(path) != fileprobe::Kind::Workspace)
        return exitcode::Ok; // not a workspace: nothing the app could restore
    const QString folder = backup::directoryFor(path);
    const QString copy = QDir(folder).filePath(
        QFileInfo(path).completeBaseName() + QLatin1Char('-') +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) +
        QStringLiteral(".igw"));
    QString error;
    if (!QDir().mkpath(folder) || !backup::copyDatabase(path, copy, &error))
        return failure(command,
                       tr("Could not keep a copy of %1 before replacing it (%2), so it was left "
                          "unchanged. Move it away yourself if you no longer need it.")
                           .arg(path, error.isEmpty() ? folder : error),
                       exitcode::IoError);
    printErr(tr("igw %1: the previous %2 was kept as %3.").arg(command.name, path, copy));
    return exitcode::Ok;
}

int runDemo(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("FILE")}, &code))
        return code;
    const QString path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    const QString user = userName(parser);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return failure(command,
                       tr("The folder %1 does not exist. Create it first, or choose another "
                          "place.")
                           .arg(QFileInfo(path).absolutePath()),
                       exitcode::CannotOpen);

    // Held from before building until the new file is in place, so the app cannot open
    // the old file meanwhile.
    std::unique_ptr<WorkspaceLock> lock;
    const bool replacing = QFileInfo::exists(path);
    if (replacing) {
        if (!parser.isSet(QStringLiteral("force")))
            return usageError(command, tr("%1 already exists and was left unchanged. Choose "
                                          "another name, or add --force to replace it.")
                                           .arg(path));
        QString message;
        lock = lockForReplacing(path, user, &code, &message);
        if (!lock)
            return failure(command, message, code);
    }

    // Built aside and then copied into place, so a failure never leaves half a file.
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return failure(command,
                       tr("Cannot create a temporary folder: %1").arg(scratch.errorString()),
                       exitcode::IoError);
    const QString built = scratch.filePath(QStringLiteral("demo.igw"));
    QString summary;
    if ((code = buildDemo(command, built, user, &summary)) != exitcode::Ok)
        return code;

    QString error;
    if (replacing) {
        if ((code = keepPreviousCopy(command, path)) != exitcode::Ok)
            return code;
        if (!removeJournals(path, &error))
            return failure(command, error, exitcode::IoError);
    }
    if (!backup::copyDatabase(built, path, &error))
        return failure(command, error, exitcode::IoError);
    printOut(tr("Created the demo workspace %1 for %2.").arg(path, summary));
    return exitcode::Ok;
}

} // namespace

Command demoCommand()
{
    Command c;
    c.name = QStringLiteral("demo");
    c.arguments = tr("FILE [--force]");
    c.summary = tr("Create a workspace filled with a fictional council");
    c.description = tr("Creates a workspace for Kingsmere Borough Council, a fictional council, "
                       "with its people and partner organisations, for training and trying "
                       "things out. Everyone and everything in it is invented.");
    c.options = {QCommandLineOption({QStringLiteral("f"), QStringLiteral("force")},
                                    tr("Replace FILE if it exists, keeping a copy of the old "
                                       "workspace in its backup folder. Never replaces a file "
                                       "that a program has open.")),
                 userOption()};
    c.examples = {QStringLiteral("$ igw demo kingsmere.igw"),
                  tr("Created the demo workspace /home/jo/kingsmere.igw for Kingsmere Borough "
                     "Council (15 people, 9 organisations).")};
    c.run = runDemo;
    return c;
}

} // namespace igw::cli
