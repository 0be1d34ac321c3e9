#include "sharing/demosharing.h"

#include "register/assets.h"
#include "ropa/activities.h"
#include "sharing/agreements.h"
#include "sharing/lifecycle.h"
#include "sharing/sharingtr.h"
#include "workspace/directory.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace igw {

namespace {

namespace af = agreementField;
namespace pf = partyField;

struct DemoParty {
    const char *org; // partner reference ("ORG-0002"); nullptr for our own organisation
    const char *role;
    const char *signatory;
    const char *signatoryRole;
    const char *contact;
    int signedDaysAgo; // < 0: not signed
};

// Everything here is fictional, like the rest of the demo council.
class Builder {
public:
    Builder(Workspace &workspace, QString *error)
        : m_ws(workspace)
        , m_error(error)
    {
        RecordStore &store = m_ws.records();
        for (const Record &o : store.list(kinds::organisation()))
            m_orgs.insert(o.ref, o.id);
        for (const Record &f : store.list(kinds::flow()))
            m_flows.insert(f.title(kinds::flow()), f.id);
        for (const Record &a : store.list(kinds::asset()))
            m_assets.insert(a.title(kinds::asset()), a.id);
        for (const Record &a : store.list(kinds::activity()))
            m_activities.insert(a.title(kinds::activity()), a.id);
    }

    QString ids(const QHash<QString, qint64> &known, const QStringList &names, const char *what)
    {
        QList<qint64> out;
        for (const QString &n : names) {
            const qint64 id = known.value(n);
            if (id == 0 && m_missing.isEmpty())
                m_missing = QStringLiteral("The demo %1 \u201c%2\u201d is missing; add the demo "
                                           "register and ROPA first.")
                                .arg(QLatin1String(what), n);
            out << id;
        }
        return linkValue(out);
    }
    QString flows(const QStringList &names) { return ids(m_flows, names, "flow"); }
    QString assets(const QStringList &names) { return ids(m_assets, names, "asset"); }
    QString activities(const QStringList &names) { return ids(m_activities, names, "activity"); }

    static QString day(int offset)
    {
        return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
    }

    // Creates the agreement and its parties; sends it for signature and records the
    // signatures given when `send` is set.
    qint64 agreement(QVariantMap values, const QList<DemoParty> &parties, bool send)
    {
        if (!m_missing.isEmpty())
            return fail(m_missing);
        const auto a = sharing::createAgreement(m_ws, values, m_error);
        if (!a)
            return 0;
        QList<std::pair<qint64, DemoParty>> made;
        for (const DemoParty &p : parties) {
            QVariantMap v{{pf::agreementId, a->id},
                          {pf::role, QString::fromLatin1(p.role)},
                          {pf::signatoryName, QString::fromUtf8(p.signatory)},
                          {pf::signatoryRole, QString::fromUtf8(p.signatoryRole)},
                          {pf::contact, QString::fromUtf8(p.contact)}};
            if (p.org) {
                const qint64 org = m_orgs.value(QString::fromLatin1(p.org));
                if (org == 0)
                    return fail(QStringLiteral("The demo partner %1 is missing.")
                                    .arg(QString::fromLatin1(p.org)));
                v.insert(pf::orgId, org);
            }
            const auto party = sharing::addParty(m_ws, v, m_error);
            if (!party)
                return 0;
            made.append({party->id, p});
        }
        if (!send)
            return a->id;
        if (!sharing::sendForSignature(m_ws, a->id, m_error))
            return 0;
        for (const auto &[id, p] : made) {
            if (p.signedDaysAgo < 0)
                continue;
            if (!sharing::recordSignature(m_ws, a->id, id, QString::fromUtf8(p.signatory),
                                          QString::fromUtf8(p.signatoryRole),
                                          QDate::currentDate().addDays(-p.signedDaysAgo), m_error))
                return 0;
        }
        return a->id;
    }

    qint64 fail(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return 0;
    }

private:
    Workspace &m_ws;
    QString *m_error;
    QHash<QString, qint64> m_orgs, m_flows, m_assets, m_activities;
    QString m_missing;
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What a council's agreements usually say about the operational sections.
QVariantMap commonTerms()
{
    return {
        {af::informingIndividuals,
         QStringLiteral("Each party's privacy notice names the other parties as recipients and "
                        "describes the sharing; front-line staff explain it when they first "
                        "contact the individual, unless doing so would prejudice a safeguarding "
                        "enquiry or the prevention or detection of crime")},
        {af::rightsHandling,
         QStringLiteral("Each party answers requests about the records it holds; requests that "
                        "concern the other party's data are passed to its contact within five "
                        "working days")},
        {af::foiHandling,
         QStringLiteral("Each party consults the others before disclosing this agreement or "
                        "information about the sharing, and applies the exemptions in the "
                        "Freedom of Information Act 2000 where they are engaged")},
        {af::complaintsHandling,
         QStringLiteral("The party that receives a complaint handles it under its own procedure "
                        "and tells the other parties' contacts within five working days")},
        {af::dataQuality,
         QStringLiteral("Records are checked against the source system before they are sent; "
                        "corrections are passed on within two working days")},
        {af::security,
         QStringLiteral("Data is sent only by the secure methods in the schedule; records are "
                        "held on systems accredited to Cyber Essentials Plus and the NHS Data "
                        "Security and Protection Toolkit standard; access is role-based and "
                        "audited")},
        {af::retentionDeletion,
         QStringLiteral("Each party keeps the shared data for the period in its retention "
                        "schedule for the case record it is added to, and destroys it securely "
                        "at the end of that period")},
        {af::breachHandling,
         QStringLiteral("Suspected breaches are reported to the other parties' contacts within "
                        "24 hours; the party whose systems were affected leads the assessment "
                        "and any report to the ICO")},
        {af::onwardSharing,
         QStringLiteral("No onward sharing except where the law requires it, or with the written "
                        "agreement of the party that provided the data")},
        {af::reviewArrangements,
         QStringLiteral("The contacts meet annually to review the volume of sharing, incidents "
                        "and complaints, and report to each party's SIRO")},
        {af::variation,
         QStringLiteral("A variation is agreed by the contacts and signed by the original "
                        "signatories or their successors")},
        {af::termination, QStringLiteral("Three months' written notice to the other parties")}};
}

QVariantMap with(QVariantMap base, const QVariantMap &more)
{
    for (auto it = more.cbegin(); it != more.cend(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

bool addDemoAgreements(Workspace &workspace, QString *error)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    Builder b(workspace, error);
    const auto self = [](const char *signatory, const char *role, const char *contact, int days) {
        return DemoParty{nullptr, "controller", signatory, role, contact, days};
    };

    // 1. Active: both parties signed ten months ago.
    const qint64 discharge = b.agreement(
        with(
            commonTerms(),
            {{af::title, QStringLiteral("Hospital discharge and adult social care assessments")},
             {af::purpose,
              QStringLiteral("To plan safe and timely discharge from hospital for adults who "
                             "may need care and support, by telling the council's adult social "
                             "care service of admissions and expected discharge dates and "
                             "sharing the assessments both parties need")},
             {af::benefits,
              QStringLiteral("Fewer delayed discharges, care and support in place on the day a "
                             "patient leaves hospital, and people telling their story once")},
             {af::lawfulBasis, QStringLiteral("public_task")},
             {af::art9Condition, QStringLiteral("h")},
             {af::schedule1Condition, QStringLiteral("para2")},
             {af::statutoryGateway,
              QStringLiteral("Care Act 2014 ss.6 and 74 and Schedule 3; Health and Social Care "
                             "Act 2012 s.251B (duty to share for individual care)")},
             {af::dataSubjects, QStringLiteral("Patients; Service users; Carers")},
             {af::startDate, Builder::day(-300)},
             {af::reviewDate, Builder::day(65)},
             {af::endDate, Builder::day(795)},
             {af::flowIds, b.flows({QStringLiteral("Hospital discharge notifications"),
                                    QStringLiteral("DFG referrals from hospital")})},
             {af::assetIds, b.assets({QStringLiteral("Adult social care case records")})},
             {af::activityIds,
              b.activities({QStringLiteral("Adult social care assessment and support planning"),
                            QStringLiteral("Disabled facilities grants")})},
             {af::sectionAdditions,
              json({{QStringLiteral("security"),
                     QStringLiteral("<p>Discharge notifications are sent through the hospital's "
                                    "<b>integrated care record</b> interface; no patient "
                                    "identifiable data is sent by ordinary email.</p>")}})},
             {af::clauseOverrides,
              json({{QStringLiteral("rights.requests.assist"),
                     QStringLiteral("A Party that receives a request concerning data it "
                                    "received from another Party shall tell that Party's "
                                    "information governance team within three working days.")}})}}),
        {self("Dr Helen Okafor", "Caldicott Guardian (adult social care)",
              "Fiona MacLeod, Head of Adult Social Care Operations, "
              "fiona.macleod@kingsmere.example",
              300),
         {"ORG-0002", "controller", "Dr Naomi Fairweather", "Caldicott Guardian",
          "Information Governance Manager, information.governance@kwh-nhs.example", 298}},
        true);

    // 2. Out for signature: the council has signed, the police have not.
    const qint64 mash = b.agreement(
        with(commonTerms(),
             {{af::title, QStringLiteral("Multi-Agency Safeguarding Hub (MASH)")},
              {af::purpose,
               QStringLiteral("To identify children at risk of significant harm early and "
                              "decide together on a proportionate response, by sharing "
                              "information about concerns, incidents and family history in "
                              "the Multi-Agency Safeguarding Hub")},
              {af::benefits,
               QStringLiteral("Faster and better-informed safeguarding decisions; fewer "
                              "children referred repeatedly before help is offered")},
              {af::lawfulBasis, QStringLiteral("public_task")},
              {af::art9Condition, QStringLiteral("g")},
              {af::schedule1Condition, QStringLiteral("para18")},
              {af::art10, QStringLiteral("schedule1")},
              {af::statutoryGateway,
               QStringLiteral("Children Act 1989 s.47; Children Act 2004 ss.10 and 11; Crime and "
                              "Disorder Act 1998 s.115")},
              {af::dataSubjects,
               QStringLiteral("Children and young people; Parents and guardians; Household "
                              "members")},
              {af::reviewDate, Builder::day(330)},
              {af::endDate, Builder::day(1090)},
              {af::flowIds, b.flows({QStringLiteral("MASH information sharing"),
                                     QStringLiteral("Domestic abuse notifications")})},
              {af::assetIds, b.assets({QStringLiteral("Children's social care case records")})},
              {af::activityIds, b.activities({QStringLiteral(
                                    "Children's social care assessment and care planning")})}}),
        {self("Daniel Osei", "Assistant Director, Children's Social Care",
              "MASH Team Manager, mash@kingsmere.example", 6),
         {"ORG-0003", "controller", "Detective Superintendent Claire Ashworth",
          "Head of Public Protection",
          "MASH police lead, data.protection@wealdshire-police.example", -1}},
        true);

    // 3. Review due: signed thirteen months ago, review date passed last month.
    const qint64 housing = b.agreement(
        with(commonTerms(),
             {{af::title, QStringLiteral("Social housing nominations")},
              {af::purpose,
               QStringLiteral("To nominate applicants on the council's housing register to "
                              "Kingsmere Homes' vacancies in line with the allocation scheme, "
                              "and to receive the outcome of each nomination")},
              {af::benefits,
               QStringLiteral("Homes let quickly to the households in greatest need, with one "
                              "application instead of two")},
              {af::lawfulBasis, QStringLiteral("public_task")},
              {af::art9Condition, QStringLiteral("g")},
              {af::schedule1Condition, QStringLiteral("para6")},
              {af::statutoryGateway,
               QStringLiteral("Housing Act 1996 Part 6, ss.159 and 170 (co-operation of "
                              "registered providers)")},
              {af::startDate, Builder::day(-400)},
              {af::reviewDate, Builder::day(-35)},
              {af::endDate, Builder::day(700)},
              {af::flowIds, b.flows({QStringLiteral("Housing nominations")})},
              {af::assetIds, b.assets({QStringLiteral("Housing register")})},
              {af::activityIds, b.activities({QStringLiteral("Housing allocations")})}}),
        {self("Martin Greaves", "Senior Information Risk Owner",
              "Kevin Doyle, Housing Needs Manager, kevin.doyle@kingsmere.example", 402),
         {"ORG-0005", "controller", "Joanna Pike", "Director of Housing Services",
          "Lettings Manager, governance@kingsmere-homes.example", 401}},
        true);

    // 4. Draft with gaps: no lawful basis, retention, breach arrangements or review date yet,
    // and the advice service has not named its signatory.
    const qint64 advice = b.agreement(
        {{af::title, QStringLiteral("Debt and homelessness advice referrals")},
         {af::purpose,
          QStringLiteral("To refer residents at risk of homelessness or in council tax arrears "
                         "to independent debt and housing advice")},
         {af::informingIndividuals,
          QStringLiteral("Residents agree to the referral on the referral form")},
         {af::security, QStringLiteral("Referrals are sent through the advice service's secure "
                                       "portal")},
         {af::flowIds, b.flows({QStringLiteral("Homelessness prevention referrals"),
                                QStringLiteral("Debt advice referrals")})},
         {af::assetIds, b.assets({QStringLiteral("Homelessness case files"),
                                  QStringLiteral("Council tax accounts")})},
         {af::activityIds, b.activities({QStringLiteral("Homelessness prevention and relief")})}},
        {self("Kevin Doyle", "Housing Needs Manager", "kevin.doyle@kingsmere.example", -1),
         {"ORG-0007", "controller", "", "", "", -1}},
        false);

    // 5. Expired: a three-year agreement that ended a fortnight ago.
    const qint64 attendance = b.agreement(
        with(commonTerms(),
             {{af::title, QStringLiteral("Children missing education and school attendance")},
              {af::purpose,
               QStringLiteral("To identify children missing education or with persistent "
                              "absence and offer early help to their families")},
              {af::benefits, QStringLiteral("Children back in education sooner, and families "
                                            "supported before problems escalate")},
              {af::lawfulBasis, QStringLiteral("public_task")},
              {af::art9Condition, QStringLiteral("g")},
              {af::schedule1Condition, QStringLiteral("para18")},
              {af::statutoryGateway,
               QStringLiteral("Education Act 1996 s.436A; Children Act 2004 s.10")},
              {af::startDate, Builder::day(-1110)},
              {af::reviewDate, Builder::day(-380)},
              {af::endDate, Builder::day(-14)},
              {af::flowIds, b.flows({QStringLiteral("School attendance concerns")})},
              {af::assetIds, b.assets({QStringLiteral("Early help records")})},
              {af::activityIds, b.activities({QStringLiteral("Early help family support")})}}),
        {self("Daniel Osei", "Assistant Director, Children's Social Care",
              "Early Help Manager, earlyhelp@kingsmere.example", 1112),
         {"ORG-0008", "controller", "Mark Ellison", "Chief Executive Officer",
          "Trust DPO, dpo@riverside-learning.example", 1111}},
        true);

    // 6. Terminated: the sharing moved to a regional agreement.
    const qint64 placements = b.agreement(
        with(commonTerms(),
             {{af::title, QStringLiteral("Cross-border placements of looked after children")},
              {af::purpose,
               QStringLiteral("To notify the host authority of children placed in its area and "
                              "share the information it needs to support the placement")},
              {af::benefits, QStringLiteral("Placed children get the local services they are "
                                            "entitled to without delay")},
              {af::lawfulBasis, QStringLiteral("legal_obligation")},
              {af::art9Condition, QStringLiteral("h")},
              {af::schedule1Condition, QStringLiteral("para2")},
              {af::statutoryGateway,
               QStringLiteral("Care Planning, Placement and Case Review (England) Regulations "
                              "2010, reg. 13")},
              {af::startDate, Builder::day(-700)},
              {af::reviewDate, Builder::day(-340)},
              {af::endDate, Builder::day(400)},
              {af::flowIds, b.flows({QStringLiteral("Cross-border placements")})},
              {af::assetIds, b.assets({QStringLiteral("Looked after children files")})}}),
        {self("Daniel Osei", "Assistant Director, Children's Social Care",
              "Placements Team Manager, placements@kingsmere.example", 702),
         {"ORG-0004", "controller", "Alison Reeve", "Director of Children's Services",
          "County DPO, dpo@northmoor-cc.example", 701}},
        true);

    if (!discharge || !mash || !housing || !advice || !attendance || !placements)
        return false;
    QString local;
    QString &err = error ? *error : local;
    // Made active above; the demo's dates make one due for review and one expired.
    if (sharing::refreshStatuses(workspace, QDate::currentDate(), &err) < 0)
        return false;
    if (!sharing::terminate(workspace, placements,
                            QStringLiteral("Northmoor County Council and Kingsmere now notify "
                                           "placements through the regional children's "
                                           "placement agreement (ISA held by the regional "
                                           "commissioning unit); this agreement is replaced."),
                            &err))
        return false;
    if (!tx.commit()) {
        err = tx.errorString();
        return false;
    }
    return true;
}

} // namespace igw
