#include "commands.h"
#include "dpia/dpiarecords.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"
#include "register/assetexport.h"
#include "register/assets.h"
#include "reports/agreementreport.h"
#include "reports/disposalcertificate.h"
#include "reports/dpiareport.h"
#include "reports/retentionschedulereport.h"
#include "reports/ropareport.h"
#include "retention/disposal.h"
#include "retention/retentionclasses.h"
#include "retention/retentionexport.h"
#include "ropa/activities.h"
#include "ropa/ropaexport.h"
#include "sharing/agreements.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace igw::cli {

namespace {

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"),
            tr("csv or xlsx; for ropa and retention also pdf; for dpia and agreement pdf or odt; "
               "for certificate pdf (default: from the output's extension)."),
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

// The formats a kind can be written in.
QStringList formatsFor(const QString &kind)
{
    if (kind == QLatin1String("ropa") || kind == QLatin1String("retention"))
        return {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf")};
    if (kind == QLatin1String("certificate"))
        return {QStringLiteral("pdf")};
    if (kind == QLatin1String("dpia") || kind == QLatin1String("agreement"))
        return {QStringLiteral("pdf"), QStringLiteral("odt")};
    return {QStringLiteral("csv"), QStringLiteral("xlsx")};
}

// Reports need fonts, so a QGuiApplication (on the offscreen platform in a terminal).
bool canWriteReports()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString noReportsMessage()
{
    return tr("This igw cannot write reports (it started without Qt's offscreen platform). "
              "Make the report in IG Workbench.");
}

// One DPIA, by its reference, as the archival PDF or an ODT to edit.
int exportDpiaTo(const Command &command, Workspace &workspace, const QString &ref,
                 const QString &out, const QString &format)
{
    const auto dpia = workspace.records().findByRef(kinds::dpia(), ref.trimmed().toUpper());
    if (!dpia) {
        const QList<Record> all = workspace.records().list(kinds::dpia(), QStringLiteral("ref"));
        if (all.isEmpty())
            return usageError(command,
                              tr("There is no DPIA %1: the workspace has no DPIAs.").arg(ref));
        QStringList known;
        for (const Record &r : all.mid(0, 20))
            known << r.ref;
        if (all.size() > 20)
            known << tr("… (%1 in all; igw list dpias shows them)").arg(all.size());
        return usageError(
            command,
            tr("There is no DPIA %1. Known DPIAs: %2.").arg(ref, known.join(QStringLiteral(", "))));
    }
    if (!canWriteReports())
        return failure(command, noReportsMessage(), exitcode::IoError);
    QString error;
    if (!writeDpiaReport(workspace, dpia->id, out, format, &error))
        return failure(command, error, exitcode::IoError);
    printOut(tr("Exported DPIA %1 to %2.").arg(dpia->ref, out));
    return exitcode::Ok;
}

// One information sharing agreement, by its reference, as the archival PDF to sign or an ODT
// to edit.
int exportAgreementTo(const Command &command, Workspace &workspace, const QString &ref,
                      const QString &out, const QString &format)
{
    const auto agreement =
        workspace.records().findByRef(kinds::agreement(), ref.trimmed().toUpper());
    if (!agreement) {
        const QList<Record> all =
            workspace.records().list(kinds::agreement(), QStringLiteral("ref"));
        if (all.isEmpty())
            return usageError(command, tr("There is no agreement %1: the workspace has no "
                                          "information sharing agreements.")
                                           .arg(ref));
        QStringList known;
        for (const Record &r : all.mid(0, 20))
            known << r.ref;
        if (all.size() > 20)
            known << tr("… (%1 in all; igw list agreements shows them)").arg(all.size());
        return usageError(command, tr("There is no agreement %1. Known agreements: %2.")
                                       .arg(ref, known.join(QStringLiteral(", "))));
    }
    if (!canWriteReports())
        return failure(command, noReportsMessage(), exitcode::IoError);
    QString error;
    if (!writeAgreementReport(workspace, agreement->id, out, format, &error))
        return failure(command, error, exitcode::IoError);
    printOut(tr("Exported agreement %1 (version %2) to %3.")
                 .arg(agreement->ref)
                 .arg(qMax(1, agreement->value(agreementField::version).toInt()))
                 .arg(out));
    return exitcode::Ok;
}

// The ROPA: the ICO-layout workbook, the flat CSV or the board report as PDF.
int exportRopaTo(const Command &command, Workspace &workspace, const QString &out,
                 const QString &format)
{
    QString error;
    if (format == QLatin1String("pdf")) {
        if (!canWriteReports())
            return failure(command,
                           tr("This igw cannot write PDF reports (it started without Qt's "
                              "offscreen platform). Export as xlsx or csv, or make the PDF in "
                              "IG Workbench."),
                           exitcode::IoError);
        if (!writeRopaReport(workspace, out, &error))
            return failure(command, error, exitcode::IoError);
    } else if (!exportRopa(workspace, out, format, &error)) {
        return failure(command, error, exitcode::IoError);
    }
    // No %n: the command line has no catalogue with English plural forms.
    printOut(tr("Exported the record of processing activities to %1 (activities: %2).")
                 .arg(out)
                 .arg(workspace.records().count(kinds::activity())));
    return exitcode::Ok;
}

// The retention schedule: the spreadsheet the import reads back, or the PDF to publish.
int exportRetentionTo(const Command &command, Workspace &workspace, const QString &out,
                      const QString &format)
{
    QString error;
    if (format == QLatin1String("pdf")) {
        if (!canWriteReports())
            return failure(command,
                           tr("This igw cannot write PDF reports (it started without Qt's "
                              "offscreen platform). Export as xlsx or csv, or make the PDF in "
                              "IG Workbench."),
                           exitcode::IoError);
        if (!writeRetentionScheduleReport(workspace, out, &error))
            return failure(command, error, exitcode::IoError);
    } else if (!exportRetentionSchedule(workspace, out, format, &error)) {
        return failure(command, error, exitcode::IoError);
    }
    printOut(tr("Exported the retention schedule to %1 (classes: %2).")
                 .arg(out)
                 .arg(workspace.records().count(kinds::retentionClass())));
    return exitcode::Ok;
}

// The certificate of destruction (or transfer) of one disposal, by its number.
int exportCertificateTo(const Command &command, Workspace &workspace, const QString &number,
                        const QString &out)
{
    const auto entry = disposalByCertificate(workspace, number);
    if (!entry) {
        const QList<DisposalEntry> log = disposalLog(workspace);
        if (log.isEmpty())
            return usageError(command, tr("There is no certificate %1: the disposal log is "
                                          "empty.")
                                           .arg(number));
        QStringList known;
        for (const DisposalEntry &e : log.mid(0, 20))
            known << e.certificate;
        if (log.size() > 20)
            known << tr("… (%1 in all)").arg(log.size());
        return usageError(command, tr("There is no certificate %1. Known certificates: %2.")
                                       .arg(number, known.join(QStringLiteral(", "))));
    }
    if (!canWriteReports())
        return failure(command, noReportsMessage(), exitcode::IoError);
    QString error;
    if (!writeDisposalCertificate(workspace, entry->certificate, out, &error))
        return failure(command, error, exitcode::IoError);
    printOut(tr("Exported certificate %1 (%2 %3) to %4.")
                 .arg(entry->certificate, entry->assetRef, entry->assetName, out));
    return exitcode::Ok;
}

int runExport(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    const QString kind = parser.positionalArguments().value(0);
    // A DPIA is exported one at a time, named by its reference after the workspace.
    const bool dpia = kind == QLatin1String("dpia");
    const bool agreement = kind == QLatin1String("agreement");
    const bool certificate = kind == QLatin1String("certificate");
    QStringList names{tr("KIND"), tr("FILE")};
    if (dpia || agreement || certificate)
        names << tr("REF");
    if (!expectArguments(command, parser, names, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (kind != QLatin1String("assets") && kind != QLatin1String("ropa") &&
        kind != QLatin1String("retention") && !dpia && !agreement && !certificate)
        return usageError(command, tr("\"%1\" cannot be exported yet. The kinds are: assets, "
                                      "ropa, dpia, agreement, retention, certificate.")
                                       .arg(kind));
    if (!parser.isSet(outputOption()))
        return usageError(command, tr("Say where to write with -o FILE."));
    const QString out = QFileInfo(parser.value(outputOption())).absoluteFilePath();
    QString format = parser.value(formatOption()).toLower();
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    const QStringList formats = formatsFor(kind);
    if (!formats.contains(format))
        return usageError(command, tr("Choose --format %1 for %2.")
                                       .arg(formats.join(QStringLiteral(", --format ")), kind));
    if (QFileInfo::exists(out) && !parser.isSet(forceOption()))
        return usageError(command, tr("%1 already exists. Use --force to replace it.").arg(out));
    const Workspace::OpenResult result = openForReading(QFileInfo(args.at(1)).absoluteFilePath());
    if (!result.ok())
        return reportOpenFailure(command, result);
    reportWarnings(command, result.warnings);
    if (kind == QLatin1String("ropa"))
        return exportRopaTo(command, *result.workspace, out, format);
    if (dpia)
        return exportDpiaTo(command, *result.workspace, args.at(2), out, format);
    if (agreement)
        return exportAgreementTo(command, *result.workspace, args.at(2), out, format);
    if (kind == QLatin1String("retention"))
        return exportRetentionTo(command, *result.workspace, out, format);
    if (certificate)
        return exportCertificateTo(command, *result.workspace, args.at(2), out);
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
    c.arguments = tr("KIND FILE [REF]");
    c.summary = tr("Export the asset register, the ROPA, a DPIA, a sharing agreement, the "
                   "retention schedule or a certificate of destruction");
    c.description =
        tr("Writes every asset, or the whole record of processing activities (ropa), with the "
           "headings the import reads, so an export imports back unchanged. Asset XLSX has a "
           "bold, frozen header row, filters and real dates; the ROPA's XLSX is laid out like "
           "the ICO's controller and processor templates, required columns marked. CSV is "
           "UTF-8 for Excel; the ROPA can also be written as the PDF board report. A DPIA, named "
           "by its reference (DP-0001), is written as an archival PDF (PDF/A-1b) or as an "
           "OpenDocument text to edit; so is an information sharing agreement (ISA-0001), with its "
           "numbered clauses, signature blocks and schedule of data items. The retention schedule "
           "(retention) is written as a spreadsheet the import reads back, or as the PDF to "
           "publish, by function and activity; a disposal's certificate of destruction or "
           "transfer (certificate, named by its number DC-0001) as an archival PDF. Reads the "
           "workspace without changing it.");
    c.extraHelp = tr("Kinds: assets (csv, xlsx), ropa (xlsx, csv, pdf), dpia REF (pdf, odt), "
                     "agreement REF (pdf, odt), retention (xlsx, csv, pdf), certificate REF "
                     "(pdf)");
    c.options = {formatOption(), outputOption(), forceOption()};
    c.examples = {QStringLiteral("$ igw export assets council.igw --format xlsx -o register.xlsx"),
                  QStringLiteral("$ igw export ropa council.igw -o ropa.xlsx"),
                  QStringLiteral("$ igw export dpia council.igw DP-0003 -o cctv-dpia.pdf"),
                  QStringLiteral("$ igw export agreement council.igw ISA-0002 --format pdf -o "
                                 "mash-isa.pdf"),
                  QStringLiteral("$ igw export retention council.igw --format pdf -o "
                                 "retention-schedule.pdf"),
                  QStringLiteral("$ igw export certificate council.igw DC-0001 -o dc-0001.pdf")};
    c.run = runExport;
    return c;
}

} // namespace igw::cli
