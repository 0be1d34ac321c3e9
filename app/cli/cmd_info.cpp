#include "commands.h"
#include "exitcode.h"
#include "kinds.h"
#include "openhelp.h"
#include "output.h"
#include "workspace/backup.h"
#include "workspace/directory.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace igw::cli {

namespace {

QString access(const Workspace &ws)
{
    // info always opens read-only itself; the reason tells whether anyone else could write.
    if (ws.readOnlyReason() == Workspace::ReadOnlyReason::Requested)
        return tr("not in use; it can be changed");
    return tr("read-only. %1").arg(ws.readOnlyMessage());
}

QString lastBackup(const QString &path)
{
    const QString newest = backup::newest(path);
    if (newest.isEmpty())
        return tr("none yet");
    const QDateTime when = QFileInfo(newest).lastModified();
    return tr("%1 (%2)").arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm")), newest);
}

int runInfo(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("FILE")}, &code))
        return code;
    const QString path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    const Workspace::OpenResult result = openForReading(path);
    if (!result.ok())
        return reportOpenFailure(command, result);
    reportWarnings(command, result.warnings);
    Workspace &ws = *result.workspace;

    const auto self = ws.records().get(kinds::organisation(), ws.selfOrganisationId());
    const QString ico = self ? self->value(orgField::icoRegistration).toString() : QString();
    QList<QPair<QString, QString>> rows{
        {tr("Organisation"), self ? self->title(kinds::organisation()) : tr("(no profile)")},
        {tr("ICO registration"), ico.isEmpty() ? tr("not recorded") : ico},
        {tr("File"), ws.path()},
        {tr("Format version"), tr("%1 (this program: %2)")
                                   .arg(ws.fileSchemaVersion())
                                   .arg(Workspace::currentSchemaVersion())},
        {tr("Access"), access(ws)},
        {tr("Last automatic backup"), lastBackup(ws.path())}};
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size() + 1);
    QStringList lines;
    for (const auto &row : std::as_const(rows))
        lines << QString(row.first + QLatin1Char(':')).leftJustified(width + 1) + row.second;

    lines << tr("Records:");
    // The longest kind name sets the column, so the counts line up whatever kinds exist.
    qsizetype kindWidth = 0;
    for (const CliKind &k : cliKinds())
        kindWidth = std::max(kindWidth, k.kind->listName.size());
    for (const CliKind &k : cliKinds())
        lines << QStringLiteral("  ") + k.kind->listName.leftJustified(kindWidth + 2) +
                     QString::number(ws.records().count(*k.kind));
    printOut(lines.join(QLatin1Char('\n')));
    return exitcode::Ok;
}

} // namespace

Command infoCommand()
{
    Command c;
    c.name = QStringLiteral("info");
    c.arguments = tr("FILE");
    c.summary = tr("Show a workspace's organisation, format and record counts");
    c.description = tr("Shows the organisation, its ICO registration number, the file's "
                       "format version, whether it is in use, the number of records of each "
                       "kind and the last automatic backup. Reads the file without changing "
                       "it, also while IG Workbench has it open.");
    c.examples = {QStringLiteral("$ igw info council.igw"),
                  QStringLiteral("Organisation:          Kingsmere Borough Council"),
                  QStringLiteral("ICO registration:      ZX104729"),
                  QStringLiteral("File:                  /home/jo/council.igw"),
                  QStringLiteral("Format version:        2 (this program: 2)"),
                  QStringLiteral("Access:                not in use; it can be changed"),
                  QStringLiteral("Last automatic backup: none yet"),
                  QStringLiteral("Records:"),
                  QStringLiteral("  people         15"),
                  QStringLiteral("  organisations  9")};
    c.run = runInfo;
    return c;
}

} // namespace igw::cli
