#include "reports/disposalcertificate.h"

#include "reports/pdfdocument.h"
#include "reports/reportbuilder.h"
#include "reports/reportstr.h"
#include "retention/disposal.h"
#include "retention/retentionclasses.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QLocale>

namespace igw {

namespace {

namespace f = retentionField;

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString blankLine()
{
    return QStringLiteral("________________________________________");
}

} // namespace

bool writeDisposalCertificate(Workspace &workspace, const QString &certificate, const QString &path,
                              QString *error)
{
    const auto entry = disposalByCertificate(workspace, certificate);
    if (!entry) {
        if (error)
            *error = ReportsTr::tr("There is no disposal with certificate %1 in the disposal "
                                   "log.")
                         .arg(certificate.trimmed());
        return false;
    }
    const auto self =
        workspace.records().get(kinds::organisation(), workspace.selfOrganisationId());
    const QString organisation = self ? self->title(kinds::organisation()) : QString();
    const bool transfer = entry->action == retentionAction::transferArchives;
    const QString title = transfer ? ReportsTr::tr("Certificate of transfer to archives")
                                   : ReportsTr::tr("Certificate of destruction");

    reports::PageFurniture furniture;
    furniture.title = ReportsTr::tr("%1 %2").arg(title, entry->certificate);
    furniture.organisation = organisation;
    furniture.generated = QDateTime::currentDateTime();
    furniture.archival = true;
    furniture.author = organisation;
    furniture.subject =
        ReportsTr::tr("%1 for %2 %3, disposed of on %4")
            .arg(title, entry->assetRef, entry->assetName, entry->disposedOn.toString(Qt::ISODate));
    reports::PdfDocument pdf(furniture);
    if (!pdf.open(path, error))
        return false;
    reports::ReportBuilder b(pdf.document(), reports::PdfDocument::unitsPerPoint());
    b.keepHeadingsWithNext(true);
    b.title(title, organisation);
    b.facts(
        {{ReportsTr::tr("Certificate number"), entry->certificate},
         {ReportsTr::tr("Records"), ReportsTr::tr("%1 %2").arg(entry->assetRef, entry->assetName)},
         {ReportsTr::tr("What was done"), choices::label(choices::disposalDone(), entry->action)},
         {ReportsTr::tr("Method"), entry->method},
         {ReportsTr::tr("Date of disposal"), longDate(entry->disposedOn)},
         {ReportsTr::tr("Confirmed by"), entry->confirmedBy}},
        35);

    b.subheading(ReportsTr::tr("Authority for disposal"));
    const QList<Record> classes = workspace.records().list(
        kinds::retentionClass(), {}, QStringLiteral("ref = ?"), {entry->classRef});
    if (classes.isEmpty()) {
        b.facts({{ReportsTr::tr("Retention class"), entry->classRef}}, 35);
        b.note(ReportsTr::tr("The class has since been removed from the schedule."));
    } else {
        const Record &c = classes.constFirst();
        const QString citation = c.value(f::authority).toString().trimmed();
        b.facts({{ReportsTr::tr("Retention class"), ReportsTr::tr("%1 %2 / %3")
                                                        .arg(c.ref, c.value(f::function).toString(),
                                                             c.value(f::activity).toString())},
                 {ReportsTr::tr("Records of the class"), c.value(f::description).toString()},
                 {ReportsTr::tr("Trigger event"), c.value(f::triggerEvent).toString()},
                 {ReportsTr::tr("Retention period"), periodText(c.values)},
                 {ReportsTr::tr("Disposal action"),
                  choices::label(choices::disposalAction(), c.value(f::disposalAction).toString())},
                 {ReportsTr::tr("Authority"),
                  citation.isEmpty() ? choices::label(choices::authorityKind(),
                                                      c.value(f::authorityKind).toString())
                                     : citation}},
                35);
        b.note(ReportsTr::tr("The class as the retention schedule reads on %1.")
                   .arg(longDate(furniture.generated.date())));
    }
    if (!entry->notes.isEmpty()) {
        b.subheading(ReportsTr::tr("Notes"));
        b.paragraph(entry->notes);
    }

    b.subheading(ReportsTr::tr("Declaration"));
    b.paragraph(transfer
                    ? ReportsTr::tr("I certify that the records described above were transferred "
                                    "to the archives on %1 by the method stated, in accordance "
                                    "with the retention schedule of %2.")
                          .arg(longDate(entry->disposedOn), organisation)
                    : ReportsTr::tr("I certify that the records described above were destroyed "
                                    "securely on %1 by the method stated, in accordance with the "
                                    "retention schedule of %2, and that no copies were kept.")
                          .arg(longDate(entry->disposedOn), organisation));
    b.facts({{ReportsTr::tr("Signature"), blankLine()},
             {ReportsTr::tr("Name"), blankLine()},
             {ReportsTr::tr("Role"), blankLine()},
             {ReportsTr::tr("Date"), blankLine()}},
            35);
    b.note(ReportsTr::tr("Recorded in the disposal log of IG Workbench by %1 on %2. The log is "
                         "append-only: this entry cannot be changed or removed.")
               .arg(entry->recordedBy, longDate(entry->recordedAt.toLocalTime().date())));
    return pdf.finish(error);
}

} // namespace igw
