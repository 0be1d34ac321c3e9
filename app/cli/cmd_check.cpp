#include "commands.h"
#include "exitcode.h"
#include "output.h"
#include "workspace/integrity.h"

#include <QFileInfo>

namespace igw::cli {

namespace {

int runCheck(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("FILE")}, &code))
        return code;
    const bool full = parser.isSet(QStringLiteral("full"));
    const QString path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    const CheckReport report = checkWorkspaceFile(path, full);
    if (!report.examined)
        return failure(command, report.problems.value(0), exitcode::CannotOpen);

    QStringList lines{full ? tr("Full check of %1:").arg(path)
                           : tr("Quick check of %1:").arg(path)};
    for (const QString &passed : report.passed)
        lines << tr("  passed: %1").arg(passed);
    for (const QString &problem : report.problems)
        lines << tr("  FAILED: %1").arg(problem);
    if (report.ok)
        lines << (full ? tr("All checks passed.")
                       : tr("All checks passed. Run `igw check --full` to also check the "
                            "links between records and the audit trail's hash chain."));
    else
        lines << tr("%n problem(s) found.", int(report.problems.size()));
    printOut(lines.join(QLatin1Char('\n')));
    return report.ok ? exitcode::Ok : exitcode::ProblemsFound;
}

} // namespace

Command checkCommand()
{
    Command c;
    c.name = QStringLiteral("check");
    c.arguments = tr("[--full] FILE");
    c.summary = tr("Check a workspace file for damage and tampering");
    c.description =
        tr("Checks the file without opening it as a workspace, so it also works on a damaged "
           "file and while IG Workbench has it open; it never changes the file. The quick check "
           "looks at the format, the tables, the audit trail's protection and SQLite's page "
           "structure. Exits with status 0 when every check passes and 1 when one fails.");
    c.options = {QCommandLineOption(QStringLiteral("full"),
                                    tr("Also check every page, the links between records and "
                                       "the audit trail's hash chain (slower)."))};
    c.examples = {QStringLiteral("$ igw check --full council.igw"),
                  QStringLiteral("Full check of /home/jo/council.igw:"),
                  QStringLiteral("  passed: The file is an IG Workbench workspace."),
                  QStringLiteral("  ..."), QStringLiteral("All checks passed.")};
    c.run = runCheck;
    return c;
}

} // namespace igw::cli
