#include "commands.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"
#include "register/assetexport.h"
#include "register/assets.h"

#include <QFileInfo>

namespace igw::cli {

namespace {

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"), tr("csv or xlsx (default: from the output's extension)."),
            tr("FORMAT")};
}
QCommandLineOption outputOption()
{
    return {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE."), tr("FILE")};
}
QCommandLineOption forceOption()
{
    return {QStringLiteral("force"), tr("Replace FILE if it exists.")};
}

int runExport(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("KIND"), tr("FILE")}, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.at(0) != QLatin1String("assets"))
        return usageError(
            command, tr("\"%1\" cannot be exported yet. The kinds are: assets.").arg(args.at(0)));
    if (!parser.isSet(outputOption()))
        return usageError(command, tr("Say where to write with -o FILE."));
    const QString out = QFileInfo(parser.value(outputOption())).absoluteFilePath();
    QString format = parser.value(formatOption()).toLower();
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return usageError(command, tr("Choose --format csv or --format xlsx."));
    if (QFileInfo::exists(out) && !parser.isSet(forceOption()))
        return usageError(command, tr("%1 already exists. Use --force to replace it.").arg(out));
    const Workspace::OpenResult result = openForReading(QFileInfo(args.at(1)).absoluteFilePath());
    if (!result.ok())
        return reportOpenFailure(command, result);
    reportWarnings(command, result.warnings);
    QString error;
    if (!exportAssets(*result.workspace, out, format, {}, {}, &error))
        return failure(command, error, exitcode::IoError);
    printOut(tr("Exported %1 assets to %2.")
                 .arg(result.workspace->records().count(kinds::asset()))
                 .arg(out));
    return exitcode::Ok;
}

} // namespace

Command exportCommand()
{
    Command c;
    c.name = QStringLiteral("export");
    c.arguments = tr("KIND FILE");
    c.summary = tr("Export the asset register as CSV or XLSX");
    c.description = tr("Writes every asset with the headings the import reads, so an export "
                       "imports back unchanged. XLSX has a bold, frozen header row, filters and "
                       "real dates; CSV is UTF-8 for Excel. Reads the workspace without "
                       "changing it.");
    c.extraHelp = tr("Kinds: assets");
    c.options = {formatOption(), outputOption(), forceOption()};
    c.examples = {QStringLiteral("$ igw export assets council.igw --format xlsx -o register.xlsx")};
    c.run = runExport;
    return c;
}

} // namespace igw::cli
