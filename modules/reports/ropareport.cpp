#include "reports/ropareport.h"

#include "reports/pdfdocument.h"
#include "reports/reportbuilder.h"
#include "reports/reportstr.h"
#include "reports/ropafigures.h"
#include "ropa/activities.h"
#include "ropa/ropa.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QLocale>

namespace igw {

namespace {

namespace af = activityField;
using reports::ReportBuilder;
using reports::ReportTable;

// One scale for the whole job so a progress bar never runs backwards: the gaps section and
// the activities table take one step per activity each, painting the pages a third share.
class Steps {
public:
    Steps(const reports::Progress &progress, qsizetype activities)
        : m_progress(progress)
        , m_share(int(activities) + 1)
    {
    }
    int total() const { return 3 * m_share; }
    int share() const { return m_share; }
    bool at(int done) const { return !m_progress || m_progress(done, total()); }

private:
    const reports::Progress &m_progress;
    int m_share;
};

QString number(int n)
{
    return QLocale().toString(n);
}

QString orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? ReportsTr::tr("Not recorded") : text;
}

QString missingCount(int n)
{
    // "3 missing" reads correctly for every count, so no plural forms are needed.
    return n == 0 ? ReportsTr::tr("Complete") : ReportsTr::tr("%1 missing").arg(number(n));
}

QString activityTitle(const ActivityView &a)
{
    const QString function = a.value(af::businessFunction).trimmed();
    const QString name = a.value(af::name);
    return function.isEmpty() ? ReportsTr::tr("%1: %2").arg(a.record.ref, name)
                              : ReportsTr::tr("%1: %2 (%3)").arg(a.record.ref, name, function);
}

// The Senior Information Risk Owner named in the organisation profile, if any.
QString siroName(Workspace &ws)
{
    const auto self = ws.records().get(kinds::organisation(), ws.selfOrganisationId());
    if (!self)
        return {};
    const auto siro =
        ws.records().get(kinds::person(), self->value(orgField::siroPersonId).toLongLong());
    return siro ? siro->value(personField::name).toString() : QString();
}

void titleBlock(ReportBuilder &b, const Ropa &ropa, const QString &siro, const QDateTime &when)
{
    const RopaHeader &h = ropa.header;
    b.title(ReportsTr::tr("Record of processing activities"),
            ReportsTr::tr("Report to the board and the Senior Information Risk Owner"));
    QString dpo = orNotRecorded(h.dpoName);
    if (!h.dpoName.isEmpty() && !h.dpoContact.isEmpty())
        dpo = ReportsTr::tr("%1 (%2)").arg(h.dpoName, h.dpoContact);
    b.facts({{ReportsTr::tr("Organisation"), orNotRecorded(h.controllerName)},
             {ReportsTr::tr("ICO registration number"), orNotRecorded(h.icoRegistration)},
             {ReportsTr::tr("Data protection officer"), dpo},
             {ReportsTr::tr("Senior Information Risk Owner"), orNotRecorded(siro)},
             {ReportsTr::tr("Date of report"),
              QLocale().toString(when.date(), QStringLiteral("d MMMM yyyy"))}});
}

QString dpiaSummary(const RopaFigures &f)
{
    if (f.dpiaRequired == 0)
        return ReportsTr::tr("None");
    QStringList parts;
    const auto add = [&parts](int n, const QString &text) {
        if (n > 0)
            parts << text.arg(number(n));
    };
    add(f.dpiaComplete, ReportsTr::tr("%1 complete"));
    add(f.dpiaInProgress, ReportsTr::tr("%1 in progress"));
    add(f.dpiaNotStarted, ReportsTr::tr("%1 not started"));
    add(f.dpiaProgressNotRecorded, ReportsTr::tr("%1 with no progress recorded"));
    return ReportsTr::tr("%1: %2").arg(number(f.dpiaRequired), parts.join(QStringLiteral(", ")));
}

void summary(ReportBuilder &b, const Ropa &ropa, const RopaFigures &f)
{
    b.heading(ReportsTr::tr("1. Summary"));
    if (f.activities == 0)
        b.keyMessage(ReportsTr::tr("There are no processing activities in the record yet. "
                                   "UK GDPR Art. 30 asks for one entry for each."));
    else
        b.keyMessage(ReportsTr::tr("The record is %1% complete: %2 of %3 required items are "
                                   "recorded, and %4 of %5 processing activities have every "
                                   "required item.")
                         .arg(f.percentComplete)
                         .arg(number(f.requiredItems - f.missingItems), number(f.requiredItems),
                              number(f.completeActivities), number(f.activities)));
    b.facts({
        {ReportsTr::tr("Processing activities"), number(f.activities)},
        {ReportsTr::tr("As controller (Art. 30(1))"), number(f.asController)},
        {ReportsTr::tr("As processor (Art. 30(2))"), number(f.asProcessor)},
        {ReportsTr::tr("Required items recorded (Art. 30, DPA 2018 Sch. 1)"),
         ReportsTr::tr("%1% (%2 of %3)")
             .arg(f.percentComplete)
             .arg(number(f.requiredItems - f.missingItems), number(f.requiredItems))},
        {ReportsTr::tr("Activities with every required item"),
         ReportsTr::tr("%1 of %2").arg(number(f.completeActivities), number(f.activities))},
        {ReportsTr::tr("Record header (our details and the DPO's)"),
         missingCount(int(ropa.header.gaps.size()))},
        {ReportsTr::tr("Activities with special category or criminal offence data"),
         number(f.specialOrCriminal)},
        {ReportsTr::tr("DPIAs required"), dpiaSummary(f)},
        {ReportsTr::tr("Activities where the need for a DPIA is not yet decided"),
         number(f.dpiaNotDecided)},
        {ReportsTr::tr("Activities with transfers outside the UK"),
         number(f.internationalTransfers)},
        {ReportsTr::tr("Activities with a personal data breach recorded"), number(f.breaches)},
    });
}

bool gapsSection(ReportBuilder &b, const Ropa &ropa, const RopaFigures &f, const Steps &steps)
{
    b.heading(ReportsTr::tr("2. What is missing"), true);
    if (f.missingItems == 0) {
        b.paragraph(ReportsTr::tr("Nothing is missing: every required item is recorded."));
        return steps.at(steps.share());
    }
    const int headerGaps = int(ropa.header.gaps.size());
    const QString activities = number(f.activities - f.completeActivities);
    b.paragraph(
        (headerGaps == 0
             ? ReportsTr::tr("%1 required items are missing across %2 processing activities.")
                   .arg(number(f.missingItems), activities)
             : ReportsTr::tr("%1 required items are missing: %2 in the record's header and the "
                             "rest across %3 processing activities.")
                   .arg(number(f.missingItems), number(headerGaps), activities)) +
        QLatin1Char(' ') +
        ReportsTr::tr("Each row names the item and the provision that asks for it."));
    ReportTable table({{ReportsTr::tr("Missing item"), 60}, {ReportsTr::tr("Required by"), 40}});
    if (!ropa.header.gaps.isEmpty()) {
        table.addGroupRow(ReportsTr::tr("Record header: our organisation and its DPO"));
        for (const RopaGap &g : ropa.header.gaps)
            table.addRow({g.item, g.citation});
    }
    for (qsizetype i = 0; i < ropa.activities.size(); ++i) {
        if (!steps.at(int(i)))
            return false;
        const ActivityView &a = ropa.activities.at(i);
        if (a.gaps.isEmpty())
            continue;
        table.addGroupRow(
            ReportsTr::tr("%1 — %2").arg(activityTitle(a), missingCount(int(a.gaps.size()))));
        for (const RopaGap &g : a.gaps)
            table.addRow({g.item, g.citation});
    }
    b.table(table);
    return steps.at(steps.share());
}

QString lawfulBasisText(const ActivityView &a)
{
    const QString basis = a.value(af::lawfulBasis);
    if (basis.isEmpty())
        return a.isProcessor() ? ReportsTr::tr("Not needed as processor")
                               : ReportsTr::tr("Not recorded");
    // The basis's name without its citation ("Public task — UK GDPR Art. 6(1)(e)"): the
    // column is narrow and the notes say the bases are those of Art. 6(1).
    return activityDisplayValue(af::lawfulBasis, basis).section(QStringLiteral(" — "), 0, 0);
}

QString sensitiveText(const ActivityView &a)
{
    if (a.specialCategory && a.criminalOffence)
        return ReportsTr::tr("Special category and criminal offence");
    if (a.specialCategory)
        return ReportsTr::tr("Special category");
    if (a.criminalOffence)
        return ReportsTr::tr("Criminal offence");
    return ReportsTr::tr("No");
}

QString dpiaText(const ActivityView &a)
{
    const QString required = a.value(af::dpiaRequired);
    if (required.isEmpty())
        return ReportsTr::tr("Not decided");
    if (required != QLatin1String("yes"))
        return ReportsTr::tr("Not required");
    const QString progress = a.value(af::dpiaProgress);
    return progress.isEmpty()
               ? ReportsTr::tr("Required; progress not recorded")
               : ReportsTr::tr("Required: %1")
                     .arg(activityDisplayValue(af::dpiaProgress, progress).toLower());
}

bool activitiesSection(ReportBuilder &b, const Ropa &ropa, const Steps &steps)
{
    b.heading(ReportsTr::tr("3. Processing activities"), true);
    if (ropa.activities.isEmpty()) {
        b.paragraph(ReportsTr::tr("There are no processing activities yet."));
        return steps.at(2 * steps.share());
    }
    b.paragraph(ReportsTr::tr("All %1 processing activities in name order. “Complete” means "
                              "every required item is recorded; otherwise the number of missing "
                              "items is given and section 2 lists them.")
                    .arg(number(int(ropa.activities.size()))));
    ReportTable table({{ReportsTr::tr("Ref."), 10},
                       {ReportsTr::tr("Processing activity"), 21},
                       {ReportsTr::tr("Business function"), 13},
                       {ReportsTr::tr("Role"), 10},
                       {ReportsTr::tr("Lawful basis"), 13},
                       {ReportsTr::tr("Special or criminal data"), 11},
                       {ReportsTr::tr("DPIA"), 12},
                       {ReportsTr::tr("Status"), 10}});
    for (qsizetype i = 0; i < ropa.activities.size(); ++i) {
        if (!steps.at(steps.share() + int(i)))
            return false;
        const ActivityView &a = ropa.activities.at(i);
        table.addRow({a.record.ref, a.value(af::name), a.value(af::businessFunction),
                      a.isProcessor() ? ReportsTr::tr("Processor") : ReportsTr::tr("Controller"),
                      lawfulBasisText(a), sensitiveText(a), dpiaText(a),
                      missingCount(int(a.gaps.size()))});
    }
    b.table(table);
    return steps.at(2 * steps.share());
}

void methodSection(ReportBuilder &b, Workspace &ws)
{
    b.heading(ReportsTr::tr("4. Notes on method"));
    b.bullets({
        ReportsTr::tr(
            "Required items are those UK GDPR Art. 30 and DPA 2018 Sch. 1 para 41 ask "
            "for. For an activity as controller: purpose, categories of individuals "
            "and of personal data, recipients, transfers outside the UK, retention and "
            "security measures (Art. 30(1)(b)–(g)), and the lawful basis (Art. 6(1)). For "
            "an activity as processor: the controllers, the categories of processing, "
            "transfers and security measures (Art. 30(2)(a)–(d)). The record's header "
            "counts too: our name and contact details and the DPO's (Art. 30(1)(a))."),
        ReportsTr::tr("Some items count only where they apply: safeguards and destinations when "
                      "data goes outside the UK; the legitimate interests pursued when that is "
                      "the lawful basis; the Art. 9 condition for special category data; and "
                      "the Schedule 1 record (condition, retention and erasure policy, whether "
                      "it was followed) when special category or criminal offence data relies "
                      "on a Schedule 1 condition."),
        ReportsTr::tr("The percentage is the recorded required items over all required items, "
                      "rounded down, so 100% means nothing is missing. Optional columns of the "
                      "ICO template, such as links to DPIAs, consent and breach records, are "
                      "not counted."),
        ReportsTr::tr("Categories of individuals and personal data, and whether special "
                      "category or criminal offence data is involved, come from the information "
                      "assets each activity uses, less terms struck out and plus terms added "
                      "for the activity."),
        ReportsTr::tr("The figures describe what is recorded in the workspace %1; they do not "
                      "show that the record is accurate. Made with IG Workbench %2.")
            .arg(QFileInfo(ws.path()).fileName(), QStringLiteral(IGW_VERSION)),
    });
}

} // namespace

bool writeRopaReport(Workspace &workspace, const QString &path, QString *error,
                     const std::function<bool(int, int)> &progress)
{
    reports::PageFurniture furniture;
    furniture.title = ReportsTr::tr("Record of processing activities");
    furniture.generated = QDateTime::currentDateTime();
    QString e;
    std::optional<Ropa> ropa = loadRopa(workspace, &e);
    if (!ropa) {
        if (error)
            *error = ReportsTr::tr("Cannot read the record of processing activities: %1").arg(e);
        return false;
    }
    furniture.organisation = ropa->header.controllerName;
    reports::PdfDocument pdf(furniture);
    if (!pdf.open(path, error))
        return false;

    const Steps steps(progress, ropa->activities.size());
    const RopaFigures figures = ropaFigures(*ropa);
    ReportBuilder b(pdf.document(), reports::PdfDocument::unitsPerPoint());
    titleBlock(b, *ropa, siroName(workspace), furniture.generated);
    summary(b, *ropa, figures);
    if (!gapsSection(b, *ropa, figures, steps) || !activitiesSection(b, *ropa, steps)) {
        if (error)
            *error = reports::PdfDocument::cancelledMessage(path);
        return false; // pdf's destructor discards the temporary file
    }
    methodSection(b, workspace);

    const int base = 2 * steps.share();
    return pdf.finish(error, [&steps, base](int page, int pages) {
        return steps.at(base + int(qint64(page) * steps.share() / qMax(1, pages)));
    });
}

} // namespace igw
