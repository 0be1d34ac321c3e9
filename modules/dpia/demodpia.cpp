#include "dpia/demodpia.h"

#include "dpia/dpiaanswers.h"
#include "dpia/dpiarecords.h"
#include "dpia/screening.h"
#include "dpia/workflow.h"
#include "ropa/activities.h"
#include "workspace/directory.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace igw {

namespace {

struct DemoMeasure {
    const char *title;
    const char *description;
    const char *effect; // eliminate | reduce | accept
    const char *owner;  // a demo person's name
    int dueInDays;      // negative: already due
    bool approved;
    const char *status; // planned | in_progress | done
};

struct DemoRisk {
    const char *title;
    const char *impact;
    int likelihood, severity;                 // inherent, 1-3 on the ICO matrix
    int residualLikelihood, residualSeverity; // 0: not yet scored
    QList<DemoMeasure> measures;
};

struct DemoSignoff {
    const char *role;
    const char *person;
    int daysAgo;
};

// Everything here is fictional, like the rest of the demo council.
class Builder {
public:
    Builder(Workspace &workspace, QString *error)
        : m_ws(workspace)
        , m_error(error)
    {
        for (const Record &p : m_ws.records().list(kinds::person()))
            m_people.insert(p.value(personField::name).toString(), p);
        for (const Record &a : m_ws.records().list(kinds::activity()))
            m_activities.insert(a.value(activityField::name).toString(), a.id);
    }

    qint64 activity(const char *name) const { return m_activities.value(QString::fromUtf8(name)); }

    qint64 screen(const char *activityName, const screening::Answers &own)
    {
        const qint64 id = activity(activityName);
        if (id == 0)
            return fail(QStringLiteral("The demo activity \u201c%1\u201d is missing.")
                            .arg(QString::fromUtf8(activityName)));
        // What the ROPA suggests, confirmed, then the officer's own answers.
        screening::Answers answers;
        // The officer has looked into what the ROPA left open: "unsure" becomes "no"
        // unless the demo says otherwise below.
        for (const screening::Proposal &p : screening::propose(m_ws, id))
            answers.insert(p.questionId, p.answer == screening::unsure ? screening::no : p.answer);
        for (auto it = own.begin(); it != own.end(); ++it)
            answers.insert(it.key(), it.value());
        for (const screening::Question &q : screening::questions())
            if (!answers.contains(q.id))
                answers.insert(q.id, screening::no);
        const auto r = saveScreening(m_ws, id, answers, {}, m_error);
        return r ? r->id : 0;
    }

    qint64 startDpia(qint64 screeningId, const char *title, const char *owner, const char *summary,
                     const QList<QPair<const char *, const char *>> &answers)
    {
        const auto dpia = startDpiaFromScreening(m_ws, screeningId, m_error);
        if (!dpia)
            return 0;
        DpiaAnswers merged = parseAnswers(dpia->value(dpiaField::answers));
        for (const auto &a : answers)
            merged.insert(QString::fromLatin1(a.first), plainToHtml(QString::fromUtf8(a.second)));
        if (!m_ws.records().update(kinds::dpia(), dpia->id,
                                   {{dpiaField::title, QString::fromUtf8(title)},
                                    {dpiaField::ownerPersonId, personId(owner)},
                                    {dpiaField::summary, QString::fromUtf8(summary)},
                                    {dpiaField::answers, answersToJson(merged)}},
                                   m_error))
            return 0;
        return dpia->id;
    }

    bool addRisks(qint64 dpiaId, const QList<DemoRisk> &risks)
    {
        int order = 0;
        for (const DemoRisk &r : risks) {
            QVariantMap v{{riskField::dpiaId, dpiaId},
                          {riskField::title, QString::fromUtf8(r.title)},
                          {riskField::impact, QString::fromUtf8(r.impact)},
                          {riskField::likelihood, r.likelihood},
                          {riskField::severity, r.severity},
                          {riskField::sortOrder, ++order}};
            if (r.residualLikelihood > 0) {
                v.insert(riskField::residualLikelihood, r.residualLikelihood);
                v.insert(riskField::residualSeverity, r.residualSeverity);
            }
            const auto risk = m_ws.records().create(kinds::risk(), v, m_error);
            if (!risk)
                return false;
            for (const DemoMeasure &m : r.measures)
                if (!m_ws.records().create(
                        kinds::measure(),
                        {{measureField::dpiaId, dpiaId},
                         {measureField::riskId, risk->id},
                         {measureField::title, QString::fromUtf8(m.title)},
                         {measureField::description, QString::fromUtf8(m.description)},
                         {measureField::effect, QString::fromLatin1(m.effect)},
                         {measureField::ownerPersonId, personId(m.owner)},
                         {measureField::dueDate,
                          QDate::currentDate().addDays(m.dueInDays).toString(Qt::ISODate)},
                         {measureField::approved, m.approved ? 1 : 0},
                         {measureField::status, QString::fromLatin1(m.status)}},
                        m_error))
                    return false;
        }
        return true;
    }

    QString signoffs(const QList<DemoSignoff> &list) const
    {
        QJsonObject out;
        for (const DemoSignoff &s : list) {
            const Record p = m_people.value(QString::fromUtf8(s.person));
            out.insert(
                QLatin1String(s.role),
                QJsonObject{{QStringLiteral("name"), p.value(personField::name).toString()},
                            {QStringLiteral("position"), p.value(personField::role).toString()},
                            {QStringLiteral("date"),
                             QDate::currentDate().addDays(-s.daysAgo).toString(Qt::ISODate)}});
        }
        return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
    }

    bool update(qint64 dpiaId, const QVariantMap &changes)
    {
        return m_ws.records().update(kinds::dpia(), dpiaId, changes, m_error);
    }

    bool moveTo(qint64 dpiaId, const QStringList &statuses)
    {
        for (const QString &s : statuses)
            if (!workflow::transition(m_ws, dpiaId, s, {}, m_error))
                return false;
        return true;
    }

private:
    qint64 personId(const char *name) const { return m_people.value(QString::fromUtf8(name)).id; }
    qint64 fail(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return 0;
    }

    Workspace &m_ws;
    QString *m_error;
    QHash<QString, Record> m_people;
    QHash<QString, qint64> m_activities;
};

screening::Answers answers(std::initializer_list<std::pair<const char *, const char *>> list)
{
    screening::Answers out;
    for (const auto &a : list)
        out.insert(QString::fromLatin1(a.first), QString::fromLatin1(a.second));
    return out;
}

const QList<DemoRisk> cctvRisks{
    {"Cameras capture neighbouring homes and the public footpath on Market Street",
     "Intrusion into the privacy of neighbours and passers-by who have no dealings with the "
     "council",
     2,
     2,
     1,
     2,
     {{"Privacy masking on cameras 4, 7 and 9",
       "Mask the windows of neighbouring houses and the footpath beyond the car park boundary; "
       "check the masks at each annual service",
       "reduce", "Gareth Lloyd", -60, true, "done"}}},
    {"Footage kept longer than 31 days or disclosed informally",
     "Loss of control over images; footage of individuals shared without a lawful basis or a "
     "record of the disclosure",
     2,
     2,
     1,
     1,
     {{"Automatic overwrite after 31 days",
       "NVR retention set to 31 days; exports only on a "
       "logged request",
       "reduce", "Gareth Lloyd", -45, true, "done"},
      {"Disclosure request form and log",
       "Police and insurer requests on the DP request form, approved by the Information "
       "Governance Officer and logged",
       "reduce", "Aisha Khan", -30, true, "done"}}},
    {"Unauthorised access to the recorder or footage exported to removable media",
     "Images of staff and visitors misused, for example to harass or track someone",
     2,
     3,
     2,
     2,
     {{"Recorder in the locked comms room; named operators only",
       "Individual operator accounts, no shared logins; access reviewed quarterly", "reduce",
       "James Harker", -20, true, "done"},
      {"Encrypted exports only", "Exports to encrypted media, signed out in the disclosure log",
       "reduce", "James Harker", 30, true, "in_progress"}}},
};

const QList<DemoRisk> childrenRisks{
    {"Case records opened by staff with no part in the child's case",
     "Highly sensitive details of children and families seen by people with no need to know; "
     "loss of trust in the service",
     3,
     3,
     2,
     2,
     {{"Access by team and allocation",
       "Role-based access by locality team; sealed-record flag for staff members' relatives",
       "reduce", "Daniel Osei", 45, true, "in_progress"},
      {"Monthly audit reports of record access",
       "Team managers review reports of records opened outside the worker's caseload", "reduce",
       "Aisha Khan", 60, true, "planned"}}},
    {"Address of a child in a confidential placement disclosed to the birth family",
     "Risk of physical harm to the child and carers; placement breakdown",
     2,
     3,
     2,
     3,
     {{"Confidential address flag and redaction check",
       "Confidential addresses held in a restricted field; every letter and report checked "
       "before it leaves",
       "reduce", "Daniel Osei", 30, true, "in_progress"},
      {"Training for business support staff",
       "Mandatory session on confidential placements before access is granted", "reduce",
       "Tom Whitfield", 90, false, "planned"}}},
    {"Supplier support staff access case data from outside the UK",
     "Loss of control over special category data; weaker legal protection abroad",
     1,
     3,
     1,
     2,
     {{"UK-only support and hosting in the contract",
       "Contract schedule requires UK hosting and UK-based support; access logged and reported",
       "reduce", "Gareth Lloyd", -10, true, "done"}}},
    {"Records migrated from the old system are incomplete or inaccurate",
     "Decisions about a child made on wrong or missing information",
     2,
     3,
     1,
     3,
     {{"Migration reconciliation and sign-off by team managers",
       "Sample checks of migrated records against the old system before it is switched off",
       "reduce", "Daniel Osei", 20, true, "in_progress"}}},
};

const QList<DemoRisk> earlyHelpRisks{
    {"Families not told that information is shared with schools and health visitors",
     "Families lose trust and disengage from early help",
     2,
     2,
     0,
     0,
     {{"Early help privacy notice and consent conversation",
       "Update the family-facing privacy notice; script for the first visit", "reduce",
       "Aisha Khan", 30, false, "planned"}}},
    {"Early help records kept after the family's involvement ends",
     "Old information resurfaces and affects later decisions about the family",
     2,
     2,
     0,
     0,
     {}},
};

const QList<DemoRisk> staffItRisks{
    {"Microsoft support staff in the United States access mailbox content",
     "Loss of control over staff and residents' information in email",
     1,
     2,
     1,
     1,
     {{"Customer Lockbox switched on",
       "Support access to content only with the council's "
       "approval, logged",
       "reduce", "Gareth Lloyd", 14, true, "in_progress"}}},
    {"Phishing leads to account compromise and mailbox exfiltration",
     "Residents' and staff members' information disclosed; identity fraud",
     3,
     2,
     2,
     2,
     {{"Phishing-resistant multi-factor authentication",
       "Number matching and conditional access for all accounts; legacy protocols blocked",
       "reduce", "James Harker", 60, false, "in_progress"},
      {"Phishing simulation and training", "Quarterly simulations; training for those who click",
       "reduce", "James Harker", 90, false, "planned"}}},
    {"Leavers' mailboxes kept beyond 90 days",
     "Information held longer than needed",
     2,
     1,
     1,
     1,
     {{"Automated leaver process from iTrent",
       "Accounts disabled on the leaving date and deleted after 90 days", "reduce",
       "Rachel Adeyemi", 45, false, "planned"}}},
};

} // namespace

bool addDemoDpias(Workspace &workspace, QString *error)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    Builder b(workspace, error);
    using namespace screening;

    // Screenings: two where no DPIA or only a recommended one results.
    // Ratepayers are mostly businesses: not large scale in WP248 terms, whatever the count.
    if (!b.screen("Business rates administration", answers({{"wp248.large_scale", "no"}})) ||
        !b.screen("Electoral registration",
                  answers({{"ico.data_matching", "yes"}, {"wp248.large_scale", "unsure"}})))
        return false;
    const qint64 cctvScreen =
        b.screen("CCTV at council buildings", answers({{"art35.public_monitoring", "no"}}));
    const qint64 childrenScreen =
        b.screen("Children's social care assessment and care planning",
                 answers({{"ico.risk_of_harm", "yes"}, {"wp248.evaluation_scoring", "yes"}}));
    const qint64 earlyHelpScreen =
        b.screen("Early help family support", answers({{"ico.data_matching", "yes"}}));
    const qint64 staffScreen = b.screen("Staff IT accounts and email", {});
    if (!cctvScreen || !childrenScreen || !earlyHelpScreen || !staffScreen)
        return false;

    // 1. CCTV: approved, version 1 frozen, residual risk medium.
    const qint64 cctv = b.startDpia(
        cctvScreen, "CCTV at council buildings", "Gareth Lloyd",
        "Replacement of the civic centre and car park CCTV with a networked recorder.",
        {{"1.processing_type",
          "Fixed CCTV cameras recording continuously to a network video recorder."},
         {"2.nature.collection", "Twelve fixed cameras at the civic centre entrances, reception "
                                 "and the two staff car parks; no audio."},
         {"2.nature.use", "Footage is viewed only when an incident is reported."},
         {"2.scope.frequency", "Continuous recording, overwritten after 31 days."},
         {"2.context.expectations", "Signs at every entrance say that CCTV is in use, why, and "
                                    "whom to contact."},
         {"3.individuals", "Staff consulted through the joint consultative committee; visitors "
                           "informed by signs and the privacy notice."},
         {"4.alternatives", "Better lighting and staffed reception were considered; they do not "
                            "cover the car parks out of hours."},
         {"4.minimisation", "Cameras masked where they overlook homes and the footpath."}});
    if (!cctv || !b.addRisks(cctv, cctvRisks) ||
        !b.update(
            cctv,
            {{dpiaField::dpoAdvice,
              QStringLiteral("Proceed with privacy masking and the 31-day overwrite; review "
                             "camera positions if the car park layout changes.")},
             {dpiaField::dpoAdviceDecision, QStringLiteral("accepted")},
             {dpiaField::individualsViews,
              QStringLiteral("Staff supported the cameras in the car parks.")},
             {dpiaField::art36Decision, QStringLiteral("not_required")},
             {dpiaField::art36Reason, QStringLiteral("The highest residual risk is medium.")},
             {dpiaField::signoffs, b.signoffs({{"measures_approved", "Martin Greaves", 12},
                                               {"residual_approved", "Martin Greaves", 12},
                                               {"dpo_advice", "Priya Raman", 14},
                                               {"kept_under_review", "Gareth Lloyd", 12}})}}) ||
        !b.moveTo(cctv, {dpiaStatus::inReview, dpiaStatus::dpoReview, dpiaStatus::approved}))
        return false;

    // 2. Children's social care: with the DPO, a high residual risk, Art. 36 not yet decided.
    const qint64 children = b.startDpia(
        childrenScreen, "Children's social care case management system", "Daniel Osei",
        "Moving children's social care case records to a new cloud-hosted case management "
        "system.",
        {{"1.processing_type", "Replacement case management system for children's social care, "
                               "hosted by the supplier in UK data centres."},
         {"2.nature.collection", "Referrals, assessments, visits, plans and case notes recorded "
                                 "by social workers; documents from partners scanned in."},
         {"2.context.vulnerable", "Yes: children in need, children subject to child protection "
                                  "plans and looked after children."},
         {"2.context.concerns", "Two breaches in the last year involved letters sent to an old "
                                "address of a birth parent."},
         {"3.internal", "Principal Social Worker, Caldicott Guardian, ICT, Information "
                        "Governance, legal services."},
         {"4.rights", "Subject access requests handled by the Information Requests team with "
                      "social work review of third-party information."}});
    if (!children || !b.addRisks(children, childrenRisks) ||
        !b.update(children,
                  {{dpiaField::dpoAdvice,
                    QStringLiteral("The confidential placement risk remains high after the "
                                   "measures. Consult the ICO under Article 36 before go-live "
                                   "unless the risk can be reduced further.")},
                   {dpiaField::dpoAdviceDecision, QStringLiteral("accepted")},
                   {dpiaField::signoffs, b.signoffs({{"measures_approved", "Daniel Osei", 5},
                                                     {"residual_approved", "Martin Greaves", 3},
                                                     {"dpo_advice", "Priya Raman", 4}})}}) ||
        !b.moveTo(children, {dpiaStatus::inReview, dpiaStatus::dpoReview}))
        return false;

    // 3. Early help: a draft, pre-filled from the ROPA, risks not yet scored after measures.
    const qint64 earlyHelp =
        b.startDpia(earlyHelpScreen, "Early help family support", "Daniel Osei",
                    "Co-ordinated early help shared with schools and health visitors.",
                    {{"3.individuals", "Parents' forum to be consulted in the spring."}});
    if (!earlyHelp || !b.addRisks(earlyHelp, earlyHelpRisks))
        return false;

    // 4. Staff IT accounts and email: in review.
    const qint64 staff = b.startDpia(
        staffScreen, "Staff IT accounts and email (Microsoft 365)", "Gareth Lloyd",
        "Staff and councillor accounts, email and collaboration in Microsoft 365.",
        {{"1.processing_type",
          "Cloud email and collaboration service provided by Microsoft as processor."},
         {"3.processors", "Microsoft's data protection addendum and transfer safeguards "
                          "reviewed."},
         {"4.processors", "Microsoft Products and Services Data Protection Addendum (UK GDPR "
                          "Art. 28 terms)."}});
    if (!staff || !b.addRisks(staff, staffItRisks) || !b.moveTo(staff, {dpiaStatus::inReview}))
        return false;

    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

} // namespace igw
