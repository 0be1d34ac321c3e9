#include "commands.h"
#include "dpia/cnilpia.h"
#include "dpia/cnilstructure.h"
#include "dpia/dpiarecords.h"
#include "exchange/packageimport.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"
#include "register/assetcolumns.h"
#include "register/assetimport.h"
#include "retention/retentioncolumns.h"
#include "retention/retentionimport.h"
#include "ropa/ropacolumns.h"
#include "ropa/ropaimport.h"

#include <QFileInfo>

namespace igw::cli {

namespace {

QCommandLineOption sheetOption()
{
    return {QStringLiteral("sheet"),
            tr("XLSX: read the sheet called NAME (default: assets the first sheet, ropa every "
               "sheet with ROPA headings)."),
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

void printRopaReport(const RopaImportReport &r, const QString &source, bool dryRun)
{
    for (const RopaImportSheet &sheet : r.sheets) {
        const QString table = sheet.name.isEmpty() ? QFileInfo(source).fileName()
                                                   : tr("Sheet \"%1\"").arg(sheet.name);
        printOut(tr("%1: headings in row %2, rows read: %3.")
                     .arg(table)
                     .arg(sheet.headerLine)
                     .arg(sheet.rows));
        // Only the columns read under another heading than ours; the rest match exactly.
        QStringList renamed;
        for (const RopaColumn &c : ropaColumns()) {
            const QString heading = sheet.mapping.value(c.id);
            if (!heading.isEmpty() && normaliseHeading(heading) != normaliseHeading(c.heading))
                renamed << QStringLiteral("  %1 <- \"%2\"").arg(c.heading, heading);
        }
        printOut(tr("Columns read: %1.").arg(sheet.mapping.size()));
        if (!renamed.isEmpty())
            printOut(renamed.join(QLatin1Char('\n')));
        if (!sheet.unmappedHeadings.isEmpty())
            printOut(tr("Not imported (no matching field): %1")
                         .arg(sheet.unmappedHeadings.join(QStringLiteral(", "))));
    }
    for (const QString &note : r.skippedSheets)
        printOut(tr("Note: %1").arg(note));
    for (const QString &w : r.readerWarnings)
        printOut(tr("Note: %1").arg(w));
    for (const RopaImportProblem &p : r.problems)
        printOut(QStringLiteral("%1: %2: %3")
                     .arg(p.error ? tr("error") : tr("warning"), p.where(), p.message));
    if (r.problems.size() < r.errors + r.warnings)
        printOut(tr("... and %1 more problems.").arg(r.errors + r.warnings - r.problems.size()));
    printOut(tr("%1 errors, %2 warnings.").arg(r.errors).arg(r.warnings));
    if (!r.ok())
        return;
    if (dryRun)
        printOut(tr("Dry run: %1 processing activities would be created, %2 updated and %3 "
                    "left unchanged; nothing was written.")
                     .arg(r.created)
                     .arg(r.updated)
                     .arg(r.unchanged));
    else
        printOut(tr("Imported the record of processing activities: %1 created, %2 updated, %3 "
                    "unchanged.")
                     .arg(r.created)
                     .arg(r.updated)
                     .arg(r.unchanged));
}

void printCnilReport(const CnilPiaReport &r, bool dryRun)
{
    QString status = r.status;
    for (const auto &[key, label] : choices::dpiaStatus()) {
        if (key == r.status)
            status = label;
    }
    printOut(tr("PIA \"%1\" (%2 in the CNIL's PIA tool): a DPIA with status \"%3\" on the "
                "CNIL's 4 x 4 risk matrix.")
                 .arg(r.title, cnil::piaStatusLabel(r.cnilStatus), status));
    printOut(tr("Answers: %1 (%2 to questions, %3 to risks, %4 to the imported notes, %5 empty).")
                 .arg(r.answers)
                 .arg(r.answersToQuestions)
                 .arg(r.answersToRisks)
                 .arg(r.answersToNotes)
                 .arg(r.emptyAnswers));
    printOut(tr("Where each CNIL answer and evaluation goes:"));
    for (const cnil::MappingRow &row : r.mapping) {
        const QString label =
            row.label.size() > 60 ? row.label.left(59) + QChar(0x2026) : row.label;
        printOut(QStringLiteral("  %1 %2 -> %3").arg(row.cnil, label, row.target));
    }
    printOut(tr("Risks: %1. Measures: %2 (%3 in the action plan). Evaluations: %4. Comments: %5.")
                 .arg(r.risks)
                 .arg(r.measures)
                 .arg(r.actionPlanMeasures)
                 .arg(r.evaluations)
                 .arg(r.comments));
    if (!r.importedNotes.isEmpty())
        printOut(tr("Kept in the DPIA's imported notes (%1):\n  %2")
                     .arg(r.importedNotes.size())
                     .arg(r.importedNotes.join(QStringLiteral("\n  "))));
    for (const cnil::Problem &p : r.problems) {
        const QString kind = p.error ? tr("error") : tr("warning");
        printOut(p.where.isEmpty() ? QStringLiteral("%1: %2").arg(kind, p.message)
                                   : QStringLiteral("%1: %2: %3").arg(kind, p.where, p.message));
    }
    printOut(tr("%1 errors, %2 warnings.").arg(r.errors).arg(r.warnings));
    if (!r.ok())
        return;
    if (dryRun)
        printOut(tr("Dry run: the DPIA \"%1\" would be created with %2 risks and %3 measures; "
                    "nothing was written.")
                     .arg(r.title)
                     .arg(r.risks)
                     .arg(r.measures));
    else
        printOut(tr("Imported the PIA as %1 \"%2\" with %3 risks and %4 measures.")
                     .arg(r.dpiaRef, r.title)
                     .arg(r.risks)
                     .arg(r.measures));
}

// Opens the workspace an import writes to: read-only for a dry run, otherwise after a
// backup, so every import that writes can be undone from the backup folder.
int openForImport(const Command &command, const QCommandLineParser &parser, const QString &path,
                  bool dryRun, Workspace::OpenResult *result)
{
    OpenOptions open;
    open.userName = userName(parser);
    open.readOnly = dryRun;
    open.backupOnOpen = !dryRun;
    *result = Workspace::open(path, open);
    if (!result->ok())
        return reportOpenFailure(command, *result);
    reportWarnings(command, result->warnings);
    if (!dryRun && result->workspace->isReadOnly())
        return failure(command, result->workspace->readOnlyMessage(), exitcode::CannotOpen);
    return exitcode::Ok;
}

int runRopaImport(const Command &command, const QCommandLineParser &parser, const QString &path,
                  const QString &source)
{
    if (parser.isSet(mappingOption()) || parser.isSet(createPeopleOption()))
        return usageError(command, tr("--mapping and --create-people are for assets; the ROPA "
                                      "import matches the ICO template's headings itself."));
    RopaImportOptions options;
    options.read.sheet = parser.value(sheetOption());
    options.dryRun = parser.isSet(dryRunOption());
    Workspace::OpenResult result;
    if (const int code = openForImport(command, parser, path, options.dryRun, &result))
        return code;
    const RopaImportReport report = RopaImporter(*result.workspace).run(source, options);
    if (!report.fatal.isEmpty())
        return failure(command, report.fatal, exitcode::CannotOpen);
    printRopaReport(report, source, options.dryRun);
    if (!report.ok())
        printErr(tr("igw import: nothing was imported: correct the errors above and run the "
                    "import again."));
    return report.ok() ? exitcode::Ok : exitcode::ProblemsFound;
}

void printRetentionReport(const RetentionImportReport &r, bool dryRun)
{
    printOut(tr("Rows read: %1").arg(r.rows));
    QStringList mapped;
    for (const RetentionColumn &c : retentionColumns()) {
        if (r.mapping.contains(c.field))
            mapped << QStringLiteral("  %1 <- \"%2\"").arg(c.heading, r.mapping.value(c.field));
    }
    printOut(tr("Columns:\n%1").arg(mapped.join(QLatin1Char('\n'))));
    if (!r.unmappedHeadings.isEmpty())
        printOut(tr("Not imported (no matching field): %1")
                     .arg(r.unmappedHeadings.join(QStringLiteral(", "))));
    for (const QString &w : r.readerWarnings)
        printOut(tr("Note: %1").arg(w));
    for (const RetentionImportProblem &p : r.problems)
        printOut(QStringLiteral("%1: %2: %3")
                     .arg(p.error ? tr("error") : tr("warning"), p.where(), p.message));
    if (r.problems.size() < r.errors + r.warnings)
        printOut(tr("... and %1 more problems.").arg(r.errors + r.warnings - r.problems.size()));
    printOut(tr("%1 errors, %2 warnings.").arg(r.errors).arg(r.warnings));
    if (!r.ok())
        return;
    if (dryRun)
        printOut(tr("Dry run: %1 retention classes would be created, %2 updated and %3 left "
                    "unchanged; nothing was written.")
                     .arg(r.created)
                     .arg(r.updated)
                     .arg(r.unchanged));
    else
        printOut(tr("Imported the retention schedule: %1 classes created, %2 updated, %3 "
                    "unchanged.")
                     .arg(r.created)
                     .arg(r.updated)
                     .arg(r.unchanged));
}

int runRetentionImport(const Command &command, const QCommandLineParser &parser,
                       const QString &path, const QString &source)
{
    if (parser.isSet(mappingOption()) || parser.isSet(createPeopleOption()))
        return usageError(command, tr("--mapping and --create-people are for assets; the "
                                      "retention import matches a schedule's headings itself, "
                                      "and owners must be in the people directory."));
    RetentionImportOptions options;
    options.read.sheet = parser.value(sheetOption());
    options.dryRun = parser.isSet(dryRunOption());
    Workspace::OpenResult result;
    if (const int code = openForImport(command, parser, path, options.dryRun, &result))
        return code;
    const RetentionImportReport report = RetentionImporter(*result.workspace).run(source, options);
    if (!report.fatal.isEmpty())
        return failure(command, report.fatal, exitcode::CannotOpen);
    printRetentionReport(report, options.dryRun);
    if (!report.ok())
        printErr(tr("igw import: nothing was imported: correct the errors above and run the "
                    "import again."));
    return report.ok() ? exitcode::Ok : exitcode::ProblemsFound;
}

int runCnilImport(const Command &command, const QCommandLineParser &parser, const QString &path,
                  const QString &source)
{
    if (parser.isSet(sheetOption()) || parser.isSet(mappingOption()) ||
        parser.isSet(createPeopleOption()))
        return usageError(command, tr("--sheet, --mapping and --create-people are for "
                                      "spreadsheets; a CNIL PIA is one JSON file."));
    CnilPiaOptions options;
    options.dryRun = parser.isSet(dryRunOption());
    Workspace::OpenResult result;
    if (const int code = openForImport(command, parser, path, options.dryRun, &result))
        return code;
    const CnilPiaReport report = CnilPiaImporter(*result.workspace).run(source, options);
    if (!report.fatal.isEmpty())
        return failure(command, report.fatal, exitcode::CannotOpen);
    printCnilReport(report, options.dryRun);
    if (!report.writeError.isEmpty())
        return failure(command, tr("nothing was imported: %1").arg(report.writeError),
                       exitcode::IoError);
    if (!report.ok())
        printErr(tr("igw import: nothing was imported: the file is not what the CNIL's PIA tool "
                    "writes (errors above)."));
    return report.ok() ? exitcode::Ok : exitcode::ProblemsFound;
}

// A partner's signed package: every check of `igw verify`, then all of it in one
// transaction or nothing.
int runPackageImport(const Command &command, const QCommandLineParser &parser, const QString &path,
                     const QString &source)
{
    if (parser.isSet(mappingOption()) || parser.isSet(createPeopleOption()) ||
        parser.isSet(sheetOption()))
        return usageError(command, tr("--sheet, --mapping and --create-people do not apply to "
                                      "a package."));
    const bool dryRun = parser.isSet(dryRunOption());
    Workspace::OpenResult result;
    if (const int opened = openForImport(command, parser, path, dryRun, &result))
        return opened;
    if (dryRun) {
        const exchange::ReadResult read = exchange::readPackageFile(*result.workspace, source);
        if (!read.ok())
            return failure(command, read.message, exitcode::ProblemsFound);
        exchange::Refusal refusal = exchange::Refusal::None;
        QString message;
        const auto state =
            exchange::checkSequence(*result.workspace, *read.package, &refusal, &message);
        if (!state)
            return failure(command, message, exitcode::ProblemsFound);
        printOut(tr("Package %1 from %2 passed every check: %3 record(s), %4 signature(s). "
                    "Nothing was written (--dry-run).")
                     .arg(read.package->manifest.sequence)
                     .arg(read.package->key.orgName)
                     .arg(read.package->records.size())
                     .arg(read.package->signatures.size()));
        return exitcode::Ok;
    }
    const exchange::ImportResult r = exchange::importPackageFile(*result.workspace, source);
    if (!r.ok)
        return failure(command, r.message,
                       r.refusal == exchange::Refusal::Unreadable ? exitcode::CannotOpen
                                                                  : exitcode::ProblemsFound);
    printOut(r.message);
    if (r.removed > 0)
        printOut(
            tr("%1 no longer shares %n record(s); they were removed.", r.removed).arg(r.partner));
    if (r.signaturesRecorded > 0)
        printOut(tr("Recorded %n signature(s) of %1 on your agreements.", r.signaturesRecorded)
                     .arg(r.partner));
    for (const QString &ref : r.activated)
        printOut(tr("%1 is now active: every party has signed it.").arg(ref));
    if (r.keyRotated)
        printOut(tr("%1 announced a new signing key in this package; it is now trusted in place "
                    "of the old one.")
                     .arg(r.partner));
    for (const QString &note : r.notes)
        printOut(tr("Note: %1").arg(note));
    return exitcode::Ok;
}

int runImport(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("KIND"), tr("FILE"), tr("SOURCE")}, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.at(0) != QLatin1String("assets") && args.at(0) != QLatin1String("ropa") &&
        args.at(0) != QLatin1String("cnil-pia") && args.at(0) != QLatin1String("retention") &&
        args.at(0) != QLatin1String("package"))
        return usageError(command, tr("\"%1\" cannot be imported yet. The kinds are: assets, "
                                      "ropa, cnil-pia, retention, package.")
                                       .arg(args.at(0)));
    const QString path = QFileInfo(args.at(1)).absoluteFilePath();
    if (args.at(0) == QLatin1String("package"))
        return runPackageImport(command, parser, path, QFileInfo(args.at(2)).absoluteFilePath());
    if (args.at(0) == QLatin1String("ropa"))
        return runRopaImport(command, parser, path, QFileInfo(args.at(2)).absoluteFilePath());
    if (args.at(0) == QLatin1String("cnil-pia"))
        return runCnilImport(command, parser, path, QFileInfo(args.at(2)).absoluteFilePath());
    if (args.at(0) == QLatin1String("retention"))
        return runRetentionImport(command, parser, path, QFileInfo(args.at(2)).absoluteFilePath());
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
    Workspace::OpenResult result;
    if (const int opened = openForImport(command, parser, path, options.dryRun, &result))
        return opened;
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
    c.summary = tr("Import an asset register, a ROPA or a retention schedule from CSV or XLSX, "
                   "or a CNIL PIA");
    c.description =
        tr("Reads SOURCE (CSV in any common encoding and delimiter, or XLSX; for cnil-pia the "
           "CNIL tool's JSON), matches its headings to fields, checks every row and then "
           "imports all rows in one transaction, or none if any row has an error. A backup of "
           "the workspace is taken first.\n\n"
           "assets: headings such as \"IAO\", \"Information Asset Owner\" and \"Owner\" all "
           "mean the owner; owners are matched by name or email in the people directory.\n\n"
           "ropa: a record of processing activities kept in the ICO's template (or exported by "
           "igw). The heading row is found below the template's title rows; every sheet with "
           "ROPA headings is read. A row whose Reference exists updates that activity; other "
           "rows create activities. Lawful bases, Article 9 conditions and Schedule 1 "
           "paragraphs may be written as labels or citations (\"Public task\", \"6(1)(e)\", "
           "\"Sch 1 para 6\"). Linked assets are found by reference; recipients that name an "
           "organisation in the workspace become links.\n\n"
           "cnil-pia: a PIA exported by the CNIL's PIA tool (JSON) becomes one DPIA on the "
           "CNIL's 4 x 4 risk matrix: its answers go to the matching DPIA questions, its three "
           "feared events become risks, its measures keep their evaluations (improvable ones "
           "form the action plan), with the DPO's and individuals' opinions, sign-off names and "
           "status. What has no place is kept in the DPIA's imported notes. The report lists "
           "where each CNIL answer went.\n\n"
           "retention: a retention schedule, one class per row, with function, activity and "
           "records columns (headings such as \"Service area\", \"Record series\" and "
           "\"Action at end of retention\" are understood). The period may be given in years, "
           "months and days columns or in words (\"6 years\", \"31 days\", \"Permanent\", "
           "\"Until superseded\"). A row whose Reference (RC-0001) exists updates that class; "
           "other rows add classes. Owners are matched by name or email in the people "
           "directory.\n\n"
           "package: a partner's signed package (SOURCE and SOURCE.minisig), checked as `igw "
           "verify` does: the signature against your trust list first, then the archive, the "
           "manifest, every member and the sequence. Then the partner's shared records replace "
           "those of its previous package (kept apart from yours, read-only), its signatures on "
           "your agreements are recorded, and a key it announces replaces the one that signed. "
           "Any refusal imports nothing.");
    c.extraHelp = tr("Kinds: assets, ropa, cnil-pia, retention, package\nExit status: 0 imported "
                     "(or checked, with "
                     "--dry-run), 1 rows (or, for cnil-pia, values) had errors and nothing was "
                     "written, 3 the source or workspace cannot be read or the source is not of "
                     "that kind.");
    c.options = {sheetOption(), mappingOption(), dryRunOption(), createPeopleOption(),
                 userOption()};
    c.examples = {QStringLiteral("$ igw import assets council.igw register.xlsx --dry-run"),
                  QStringLiteral("$ igw import assets council.igw register.csv --create-people"),
                  QStringLiteral("$ igw import ropa council.igw ropa.xlsx --dry-run"),
                  QStringLiteral("$ igw import cnil-pia council.igw captoo.json --dry-run"),
                  QStringLiteral("$ igw import retention council.igw schedule.xlsx --dry-run"),
                  QStringLiteral("$ igw import package council.igw inbox/trust-7.tar")};
    c.run = runImport;
    return c;
}

} // namespace igw::cli
