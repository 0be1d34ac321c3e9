#include "commands.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"
#include "register/assetcolumns.h"
#include "register/assetimport.h"

#include <QFileInfo>

namespace igw::cli {

namespace {

QCommandLineOption sheetOption()
{
    return {QStringLiteral("sheet"), tr("XLSX: read the sheet called NAME (default: the first)."),
            tr("NAME")};
}
QCommandLineOption mappingOption()
{
    return {QStringLiteral("mapping"),
            tr("Read the column mapping from FILE (saved by the app) instead of matching the "
               "headings automatically."),
            tr("FILE")};
}
QCommandLineOption dryRunOption()
{
    return {QStringLiteral("dry-run"), tr("Check every row and report; write nothing.")};
}
QCommandLineOption createPeopleOption()
{
    return {QStringLiteral("create-people"),
            tr("Add owners and administrators who are not in the people directory.")};
}

void printReport(const ImportReport &r, bool dryRun)
{
    printOut(tr("Rows read: %1").arg(r.rows));
    QStringList mapped;
    for (const AssetColumn &c : assetColumns()) {
        if (r.mapping.contains(c.field))
            mapped << QStringLiteral("  %1 <- \"%2\"").arg(c.heading, r.mapping.value(c.field));
    }
    printOut(tr("Columns:\n%1").arg(mapped.join(QLatin1Char('\n'))));
    if (!r.unmappedHeadings.isEmpty())
        printOut(tr("Not imported (no matching field): %1")
                     .arg(r.unmappedHeadings.join(QStringLiteral(", "))));
    for (const QString &w : r.readerWarnings)
        printOut(tr("Note: %1").arg(w));
    for (const ImportProblem &p : r.problems) {
        const QString where = p.column.isEmpty() ? tr("row %1").arg(p.line)
                                                 : tr("row %1, %2").arg(p.line).arg(p.column);
        printOut(QStringLiteral("%1: %2: %3")
                     .arg(p.error ? tr("error") : tr("warning"), where, p.message));
    }
    if (r.problems.size() < r.errors + r.warnings)
        printOut(tr("... and %1 more problems.").arg(r.errors + r.warnings - r.problems.size()));
    if (!r.createdPeople.isEmpty())
        printOut(tr("Added to the people directory: %1")
                     .arg(r.createdPeople.join(QStringLiteral(", "))));
    printOut(tr("%1 errors, %2 warnings.").arg(r.errors).arg(r.warnings));
    if (r.ok())
        printOut(dryRun
                     ? tr("Dry run: %1 assets would be imported; nothing was written.").arg(r.rows)
                     : tr("Imported %1 assets.").arg(r.imported));
}

int runImport(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("KIND"), tr("FILE"), tr("SOURCE")}, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.at(0) != QLatin1String("assets"))
        return usageError(
            command, tr("\"%1\" cannot be imported yet. The kinds are: assets.").arg(args.at(0)));
    const QString path = QFileInfo(args.at(1)).absoluteFilePath();
    const QString source = QFileInfo(args.at(2)).absoluteFilePath();
    ImportOptions options;
    options.read.sheet = parser.value(sheetOption());
    options.dryRun = parser.isSet(dryRunOption());
    options.createUnknownPeople = parser.isSet(createPeopleOption());
    if (parser.isSet(mappingOption())) {
        QString error;
        if (!loadMapping(parser.value(mappingOption()), &options.mapping, &error))
            return failure(command, error, exitcode::CannotOpen);
    }
    OpenOptions open;
    open.userName = userName(parser);
    open.readOnly = options.dryRun;
    open.backupOnOpen = !options.dryRun; // a backup before every import that writes
    const Workspace::OpenResult result = Workspace::open(path, open);
    if (!result.ok())
        return reportOpenFailure(command, result);
    reportWarnings(command, result.warnings);
    if (!options.dryRun && result.workspace->isReadOnly())
        return failure(command, result.workspace->readOnlyMessage(), exitcode::CannotOpen);
    const ImportReport report = AssetImporter(*result.workspace).run(source, options);
    if (!report.fatal.isEmpty())
        return failure(command, report.fatal, exitcode::CannotOpen);
    printReport(report, options.dryRun);
    if (!report.ok())
        printErr(tr("igw import: nothing was imported: correct the errors above and run the "
                    "import again."));
    return report.ok() ? exitcode::Ok : exitcode::ProblemsFound;
}

} // namespace

Command importCommand()
{
    Command c;
    c.name = QStringLiteral("import");
    c.arguments = tr("KIND FILE SOURCE");
    c.summary = tr("Import an asset register from CSV or XLSX");
    c.description =
        tr("Reads SOURCE (CSV in any common encoding and delimiter, or XLSX), matches its "
           "headings to asset fields (\"IAO\", \"Information Asset Owner\" and \"Owner\" all "
           "mean the owner), checks every row and then imports all rows in one transaction, or "
           "none if any row has an error. Owners are matched by name or email in the people "
           "directory. A backup of the workspace is taken first.");
    c.extraHelp = tr("Kinds: assets\nExit status: 0 imported (or checked, with --dry-run), 1 "
                     "rows had errors and nothing was written.");
    c.options = {sheetOption(), mappingOption(), dryRunOption(), createPeopleOption(),
                 userOption()};
    c.examples = {QStringLiteral("$ igw import assets council.igw register.xlsx --dry-run"),
                  QStringLiteral("$ igw import assets council.igw register.csv --create-people")};
    c.run = runImport;
    return c;
}

} // namespace igw::cli
