#include "reports/retentionschedulereport.h"

#include "reports/pdfdocument.h"
#include "reports/reportbuilder.h"
#include "reports/reportstr.h"
#include "retention/retentionclasses.h"
#include "retention/scheduletree.h"
#include "retention/starterschedule.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QLocale>

namespace igw {

namespace {

namespace f = retentionField;
using reports::ReportBuilder;
using reports::ReportTable;

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? ReportsTr::tr("Not recorded") : text.trimmed();
}

// "Statute: Limitation Act 1980 s.5"; the kind alone when no citation is given.
QString authorityText(const Record &c)
{
    const QString kind =
        choices::label(choices::authorityKind(), c.value(f::authorityKind).toString());
    const QString citation = c.value(f::authority).toString().trimmed();
    return citation.isEmpty() ? kind : ReportsTr::tr("%1: %2").arg(kind, citation);
}

} // namespace

bool writeRetentionScheduleReport(Workspace &workspace, const QString &path, QString *error,
                                  const std::function<bool(int, int)> &progress)
{
    const auto self =
        workspace.records().get(kinds::organisation(), workspace.selfOrganisationId());
    const QString organisation = self ? self->title(kinds::organisation()) : QString();
    const QList<ScheduleFunction> tree = scheduleTree(workspace);
    int classes = 0;
    for (const ScheduleFunction &fn : tree)
        for (const ScheduleActivity &a : fn.activities)
            classes += int(a.classes.size());

    reports::PageFurniture furniture;
    furniture.title = ReportsTr::tr("Retention schedule");
    furniture.organisation = organisation;
    furniture.generated = QDateTime::currentDateTime();
    furniture.archival = true;
    furniture.author = organisation;
    furniture.subject = ReportsTr::tr("Retention schedule of %1: %2 classes in %3 functions")
                            .arg(organisation)
                            .arg(classes)
                            .arg(tree.size());
    reports::PdfDocument pdf(furniture);
    if (!pdf.open(path, error))
        return false;
    const int share = int(tree.size()) + 1;
    const auto at = [&](int done) { return !progress || progress(done, 2 * share); };

    ReportBuilder b(pdf.document(), reports::PdfDocument::unitsPerPoint());
    b.keepHeadingsWithNext(true);
    b.title(ReportsTr::tr("Retention schedule"), organisation);
    const QLocale locale;
    QList<std::pair<QString, QString>> facts{
        {ReportsTr::tr("Classes"), locale.toString(classes)},
        {ReportsTr::tr("Functions"), locale.toString(tree.size())},
        {ReportsTr::tr("Date of this edition"),
         locale.toString(furniture.generated.date(), QStringLiteral("d MMMM yyyy"))}};
    const QString starter = installedStarterVersion(workspace);
    if (!starter.isEmpty())
        facts.append({ReportsTr::tr("Based on the starter schedule"), starter});
    b.facts(facts, 35);
    b.paragraph(ReportsTr::tr(
        "The schedule says how long the organisation keeps each kind of record and what happens "
        "to it then. Each class runs from its trigger event (for example the end of a contract "
        "or the closure of a case) for the period shown, after which the records are destroyed "
        "securely, reviewed, or transferred to the archives. Records kept permanently are never "
        "destroyed. The authority is the law, guideline or business need the period rests on. "
        "Records needed for litigation, an inquiry or an information request are held beyond "
        "their period until the matter ends."));
    if (tree.isEmpty())
        b.absent(ReportsTr::tr("The schedule has no classes yet."));
    int done = 0;
    for (const ScheduleFunction &fn : tree) {
        b.heading(fn.name);
        for (const ScheduleActivity &activity : fn.activities) {
            b.subheading(activity.name);
            ReportTable table({{ReportsTr::tr("Ref."), 10},
                               {ReportsTr::tr("Records"), 27},
                               {ReportsTr::tr("Trigger"), 18},
                               {ReportsTr::tr("Period"), 12},
                               {ReportsTr::tr("Action"), 13},
                               {ReportsTr::tr("Authority"), 20}});
            QStringList notes;
            for (const Record &c : activity.classes) {
                table.addRow({c.ref, orNone(c.value(f::description).toString()),
                              orNone(c.value(f::triggerEvent).toString()), periodText(c.values),
                              choices::label(choices::disposalAction(),
                                             c.value(f::disposalAction).toString()),
                              authorityText(c)});
                const QString note = c.value(f::notes).toString().trimmed();
                if (!note.isEmpty())
                    notes << ReportsTr::tr("%1: %2").arg(c.ref, note);
            }
            b.table(table);
            for (const QString &n : std::as_const(notes))
                b.note(n);
        }
        if (!at(++done)) {
            if (error)
                *error = reports::PdfDocument::cancelledMessage(path);
            return false; // pdf's destructor discards the temporary file
        }
    }
    return pdf.finish(error, [&](int page, int pages) {
        return at(share + int(qint64(page) * share / qMax(1, pages)));
    });
}

} // namespace igw
