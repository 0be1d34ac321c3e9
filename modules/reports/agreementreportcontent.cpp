#include "reports/agreementreportcontent.h"

#include "reports/agreementreportdata.h"
#include "reports/reportstr.h"
#include "reports/richtext.h"
#include "sharing/agreements.h"

#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace igw {

namespace {

namespace af = agreementField;
using reports::ReportTable;

const QString signaturesSection = QStringLiteral("signatures");

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString dateText(const QString &iso, const QString &none)
{
    if (iso.trimmed().isEmpty())
        return none;
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? longDate(date) : iso;
}

QString orNone(const QString &text, const QString &none)
{
    return text.trimmed().isEmpty() ? none : text;
}

QString roleText(const QString &role)
{
    return choices::label(choices::partyRole(),
                          role.isEmpty() ? QStringLiteral("controller") : role);
}

// A line to sign or write on.
QString blankLine()
{
    return QStringLiteral("________________________________________");
}

} // namespace

AgreementReportContent::AgreementReportContent(const AgreementReportData &data,
                                               QTextDocument *document, bool pageNumbers,
                                               const QDateTime &generated)
    : m_data(data)
    , m_pageNumbers(pageNumbers)
    , m_generated(generated)
    , m_b(document, reports::PdfDocument::unitsPerPoint())
{
    m_b.keepHeadingsWithNext(true);
    for (const DraftSection &s : m_data.sections)
        m_entries.append({ReportsTr::tr("%1. %2").arg(s.number, s.title)});
    const bool hasSignatures =
        std::any_of(m_data.sections.cbegin(), m_data.sections.cend(),
                    [](const DraftSection &s) { return s.id == signaturesSection; });
    if (!hasSignatures)
        m_entries.append({ReportsTr::tr("Signatures")});
    m_entries.append({ReportsTr::tr("Schedule: data items shared")});
}

int AgreementReportContent::steps() const
{
    return int(m_data.sections.size()) + 2;
}

bool AgreementReportContent::build(const reports::Progress &progress)
{
    int done = 0;
    const auto step = [&] { return !progress || progress(++done, steps()); };
    coverPage();
    contentsPage();
    if (!step())
        return false;
    for (int i = 0; i < m_data.sections.size(); ++i) {
        section(i);
        if (!step())
            return false;
    }
    if (m_entries.size() == m_data.sections.size() + 2) {
        m_entries[m_entries.size() - 2].position =
            m_b.heading(m_entries.at(m_entries.size() - 2).title, true);
        signatureBlocks();
    }
    schedule();
    return step();
}

void AgreementReportContent::coverPage()
{
    const AgreementView &v = m_data.view;
    const QString status = v.status();
    const int version = v.version();
    m_b.title(orNone(m_data.value(af::title), v.agreement.ref),
              ReportsTr::tr("Information sharing agreement"));
    const QString end = dateText(m_data.value(af::endDate), QString());
    QString message;
    if (status == agreementStatus::active)
        message = ReportsTr::tr("Active — version %1 signed by every party").arg(version);
    else if (status == agreementStatus::reviewDue)
        message =
            ReportsTr::tr("Active — version %1 signed by every party; review overdue since %2")
                .arg(version)
                .arg(dateText(m_data.value(af::reviewDate), QString()));
    else if (status == agreementStatus::outForSignature)
        message = ReportsTr::tr("Version %1 out for signature — signed by %2 of %3 parties")
                      .arg(version)
                      .arg(m_data.signatures.size())
                      .arg(v.parties.size());
    else if (status == agreementStatus::expired)
        message = ReportsTr::tr("Expired on %1 — no longer in force").arg(end);
    else if (status == agreementStatus::terminated)
        message = ReportsTr::tr("Terminated on %1 — no longer in force").arg(end);
    else
        message = ReportsTr::tr("Draft version %1 — not yet sent for signature").arg(version);
    m_b.keyMessage(message);

    const QString notSet = ReportsTr::tr("Not set");
    QList<std::pair<QString, QString>> facts{
        {ReportsTr::tr("Reference"), v.agreement.ref},
        {ReportsTr::tr("Version"), QString::number(version)},
        {ReportsTr::tr("Status"), choices::label(choices::agreementStatus(), status)},
        {ReportsTr::tr("Start date"),
         dateText(m_data.value(af::startDate), ReportsTr::tr("When every party has signed"))},
        {ReportsTr::tr("Review date"), dateText(m_data.value(af::reviewDate), notSet)},
        {ReportsTr::tr("End date"), dateText(m_data.value(af::endDate), notSet)}};
    if (status == agreementStatus::terminated)
        facts.append({ReportsTr::tr("Reason for termination"),
                      orNone(m_data.value(af::terminatedReason), ReportsTr::tr("Not recorded"))});
    facts.append(
        {ReportsTr::tr("Clause library"),
         m_data.missingLibrary.isEmpty()
             ? ReportsTr::tr("%1 (version %2)").arg(m_data.libraryTitle, m_data.libraryVersion)
             : ReportsTr::tr("Version %1, which this workspace does not hold; the "
                             "wording shown is that of version %2")
                   .arg(m_data.missingLibrary, m_data.libraryVersion)});
    facts.append({ReportsTr::tr("Date of this copy"), longDate(m_generated.date())});
    m_b.facts(facts, 30);

    m_b.subheading(ReportsTr::tr("The parties"));
    if (v.parties.isEmpty()) {
        m_b.absent(ReportsTr::tr("No parties have been added."));
        return;
    }
    ReportTable parties({{ReportsTr::tr("Party"), 34},
                         {ReportsTr::tr("Role"), 24},
                         {ReportsTr::tr("ICO registration"), 16},
                         {ReportsTr::tr("Signatory"), 26}});
    for (const AgreementPartyView &p : v.parties) {
        QString signatory = p.signatoryName;
        if (!p.signatoryRole.isEmpty())
            signatory = signatory.isEmpty()
                            ? p.signatoryRole
                            : ReportsTr::tr("%1, %2").arg(signatory, p.signatoryRole);
        parties.addRow({p.address.trimmed().isEmpty() ? p.name : p.name + u'\n' + p.address,
                        roleText(p.role), orNone(p.icoRegistration, ReportsTr::tr("Not recorded")),
                        orNone(signatory, ReportsTr::tr("Not named"))});
    }
    m_b.table(parties);
}

void AgreementReportContent::contentsPage()
{
    m_b.heading(ReportsTr::tr("Contents"), true);
    QStringList titles;
    for (const Entry &e : m_entries)
        titles << e.title;
    m_contents = m_b.contents(titles, m_pageNumbers);
}

void AgreementReportContent::fillPageNumbers(const reports::PdfDocument &pdf)
{
    // All pages first: each number written into the contents moves the positions after it.
    QList<int> pages;
    for (const Entry &e : m_entries)
        pages << (e.position >= 0 ? pdf.pageOf(e.position) : 0);
    for (int i = 0; i < pages.size(); ++i)
        if (pages.at(i) > 0)
            reports::ReportBuilder::setPageNumber(m_contents, i, pages.at(i));
}

void AgreementReportContent::section(int index)
{
    const DraftSection &s = m_data.sections.at(index);
    // The agreement proper starts on its own page; the signatures too, so the blocks stay
    // together.
    m_entries[index].position =
        m_b.heading(m_entries.at(index).title, index == 0 || s.id == signaturesSection);
    for (const DraftClause &c : s.clauses)
        m_b.clause(c.number, c.text, c.level);
    const reports::RichText addition = reports::RichText::fromAnswer(s.addition);
    if (!addition.isEmpty()) {
        m_b.label(ReportsTr::tr("Further provisions agreed by the parties"));
        m_b.richText(addition);
        if (addition.truncated)
            m_b.note(ReportsTr::tr("The rest of this text is too long for the document; it is in "
                                   "the workspace."));
    }
    if (s.id == signaturesSection)
        signatureBlocks();
}

void AgreementReportContent::signatureBlocks()
{
    const AgreementView &v = m_data.view;
    if (v.parties.isEmpty()) {
        m_b.absent(ReportsTr::tr("No parties have been added, so there is no one to sign."));
        return;
    }
    m_b.introduction(ReportsTr::tr("Signed on behalf of each party to version %1 of this "
                                   "agreement. A signature given to an earlier version does not "
                                   "count for this one.")
                         .arg(v.version()));
    for (const AgreementPartyView &p : v.parties) {
        m_b.subheading(ReportsTr::tr("For and on behalf of %1").arg(p.name));
        if (const AgreementSignature *s = m_data.signatureOf(p.party.id)) {
            m_b.facts({{ReportsTr::tr("Signed by"), s->name},
                       {ReportsTr::tr("Role"), s->role},
                       {ReportsTr::tr("Date signed"), longDate(s->signedOn)},
                       {ReportsTr::tr("Version signed"), QString::number(s->version)}},
                      30);
            m_b.note(ReportsTr::tr("Signature recorded in IG Workbench by %1 on %2.")
                         .arg(s->recordedBy, longDate(s->recordedAt.toLocalTime().date())));
            continue;
        }
        m_b.facts({{ReportsTr::tr("Signature"), blankLine()},
                   {ReportsTr::tr("Name"), blankLine()},
                   {ReportsTr::tr("Role"), blankLine()},
                   {ReportsTr::tr("Date"), blankLine()}},
                  30);
        if (!p.signatoryName.isEmpty())
            m_b.note(p.signatoryRole.isEmpty()
                         ? ReportsTr::tr("To be signed by %1.").arg(p.signatoryName)
                         : ReportsTr::tr("To be signed by %1, %2.")
                               .arg(p.signatoryName, p.signatoryRole));
    }
}

void AgreementReportContent::schedule()
{
    Entry &entry = m_entries.last();
    entry.position = m_b.heading(entry.title, true);
    if (m_data.schedule.isEmpty()) {
        m_b.absent(ReportsTr::tr("No information flows or assets are linked to this agreement, "
                                 "so the data items shared are not yet specified."));
        return;
    }
    m_b.introduction(ReportsTr::tr("The personal data shared under this agreement, flow by flow "
                                   "as recorded in the information asset register, and the "
                                   "assets it comes from."));
    const QString none = ReportsTr::tr("Not recorded");
    ReportTable table({{ReportsTr::tr("Flow or asset"), 30},
                       {ReportsTr::tr("Data categories"), 25},
                       {ReportsTr::tr("Data subjects"), 19},
                       {ReportsTr::tr("Method"), 14},
                       {ReportsTr::tr("Frequency"), 12}});
    for (const ScheduleRow &r : m_data.schedule)
        table.addRow({r.source, orNone(r.dataCategories, none), orNone(r.subjects, none),
                      r.method.isEmpty() ? QStringLiteral("—") : r.method,
                      r.frequency.isEmpty() ? QStringLiteral("—") : r.frequency});
    m_b.table(table);
    const QStringList subjects = m_data.view.dataSubjects();
    if (!subjects.isEmpty())
        m_b.facts({{ReportsTr::tr("Data subjects named in the agreement"),
                    subjects.join(QStringLiteral("; "))}},
                  30);
}

} // namespace igw
