#include "register/demoregister.h"

#include "register/assets.h"
#include "register/registertr.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>

namespace igw {

namespace {

// One kind of asset a service holds. Flags: P personal, S special category, C criminal.
struct Template {
    const char *name;
    const char *description;
    const char *system;
    const char *format;
    const char *flags;
    const char *classification;
    const char *criticality;
    const char *lawfulBasis;
    const char *art9;
    const char *subjects;
    const char *data;
};

struct Service {
    const char *function;
    const char *ownerRef;
    const char *adminRef;
    bool localities; // case records split by locality team
    QList<Template> assets;
};

const char *const Localities[] = {"North", "Central", "South"};

QList<Service> services()
{
    return {
        {"Revenues & Benefits",
         "PE-0007",
         "PE-0004",
         false,
         {{"Council tax accounts",
           "Liability, discounts, exemptions and payments for every "
           "dwelling",
           "Civica OpenRevenues", "electronic", "P", "OFFICIAL", "critical", "legal_obligation", "",
           "Council tax payers; Residents",
           "Names and contact details; Financial details; Bank details"},
          {"Housing Benefit claims", "Claims, evidence and decisions", "Civica OpenRevenues",
           "electronic", "PS", "OFFICIAL-SENSITIVE", "high", "public_task", "b",
           "Benefit claimants; Residents",
           "Names and contact details; Financial details; Benefits and entitlements; Health "
           "(special category)"},
          {"Council Tax Reduction scheme", "Means-tested reductions", "Civica OpenRevenues",
           "electronic", "P", "OFFICIAL", "high", "public_task", "", "Benefit claimants",
           "Financial details; Family and household"},
          {"Business rates accounts", "Non-domestic rates liability and reliefs",
           "Civica OpenRevenues", "electronic", "P", "OFFICIAL", "high", "legal_obligation", "",
           "Business ratepayers", "Names and contact details; Financial details"},
          {"Discretionary Housing Payments", "Applications and awards", "DHP workbook",
           "electronic", "PS", "OFFICIAL-SENSITIVE", "medium", "public_task", "b",
           "Benefit claimants; Tenants",
           "Financial details; Housing circumstances; Health (special category)"},
          {"Recovery and enforcement case files",
           "Summonses, liability orders and "
           "enforcement agent referrals",
           "Civica OpenRevenues", "both", "PC", "OFFICIAL-SENSITIVE", "medium", "legal_obligation",
           "", "Council tax payers", "Financial details; Criminal offence data"}}},
        {"Children's Services",
         "PE-0008",
         "PE-0014",
         true,
         {{"Children's social care case records", "Assessments, plans, visits and case notes",
           "Liquidlogic LCS", "electronic", "PSC", "OFFICIAL-SENSITIVE", "critical", "public_task",
           "h", "Children and young people; Parents and guardians",
           "Case notes; Family and household; Health (special category); Racial or ethnic "
           "origin (special category)"},
          {"Child protection conference minutes", "Minutes and plans of conferences",
           "Liquidlogic LCS", "electronic", "PS", "OFFICIAL-SENSITIVE", "high", "public_task", "g",
           "Children and young people; Parents and guardians",
           "Case notes; Health (special category)"},
          {"Looked after children files", "Care plans, placements and reviews", "Liquidlogic LCS",
           "both", "PS", "OFFICIAL-SENSITIVE", "critical", "public_task", "h",
           "Children and young people",
           "Case notes; Health (special category); Education and "
           "training"},
          {"Early help records", "Family support plans", "Liquidlogic EHM", "electronic", "PS",
           "OFFICIAL-SENSITIVE", "high", "public_task", "g",
           "Children and young people; Parents and guardians", "Family and household; Case notes"},
          {"Adoption case files", "Adoption assessments and matching", "Paper archive", "paper",
           "PS", "OFFICIAL-SENSITIVE", "high", "legal_obligation", "g",
           "Children and young people; Parents and guardians",
           "Family and household; Health (special category)"}}},
        {"Adult Social Care",
         "PE-0009",
         "PE-0003",
         true,
         {{"Adult social care case records", "Assessments, support plans and reviews",
           "Liquidlogic LAS", "electronic", "PS", "OFFICIAL-SENSITIVE", "critical", "public_task",
           "h", "Service users; Carers; Vulnerable adults",
           "Case notes; Health (special category); Financial details"},
          {"Safeguarding adults enquiries", "Section 42 enquiries and outcomes", "Liquidlogic LAS",
           "electronic", "PSC", "OFFICIAL-SENSITIVE", "critical", "public_task", "h",
           "Vulnerable adults; Service users",
           "Case notes; Health (special category); Criminal offence data"},
          {"Financial assessments", "Charging assessments for care", "ContrOCC", "electronic", "PS",
           "OFFICIAL-SENSITIVE", "high", "legal_obligation", "h", "Service users",
           "Financial details; Bank details; Health (special category)"},
          {"Deprivation of Liberty Safeguards files", "DoLS applications and authorisations",
           "Liquidlogic LAS", "electronic", "PS", "OFFICIAL-SENSITIVE", "high", "legal_obligation",
           "h", "Vulnerable adults", "Health (special category); Case notes"},
          {"Carers' assessments", "Assessments of carers' needs", "Liquidlogic LAS", "electronic",
           "PS", "OFFICIAL-SENSITIVE", "medium", "public_task", "h", "Carers",
           "Health (special category); Family and household"}}},
        {"Housing",
         "PE-0010",
         "PE-0004",
         true,
         {{"Housing register", "Applications for social housing and banding", "Abritas",
           "electronic", "PS", "OFFICIAL-SENSITIVE", "high", "public_task", "h",
           "Residents; Tenants",
           "Housing circumstances; Family and household; Health "
           "(special category)"},
          {"Homelessness case files", "Homelessness applications and duties", "Abritas",
           "electronic", "PSC", "OFFICIAL-SENSITIVE", "high", "public_task", "h",
           "Residents; Vulnerable adults",
           "Housing circumstances; Case notes; Criminal offence data"},
          {"Temporary accommodation bookings", "Placements and charges", "TA spreadsheet",
           "electronic", "P", "OFFICIAL", "medium", "public_task", "", "Residents",
           "Housing circumstances; Financial details"},
          {"Disabled facilities grants", "Grant applications and works", "Paper files", "both",
           "PS", "OFFICIAL-SENSITIVE", "medium", "public_task", "h", "Residents",
           "Health (special category); Housing circumstances"}}},
        {"Human Resources",
         "PE-0011",
         "PE-0004",
         false,
         {{"Personnel files", "Contracts, changes and correspondence", "iTrent", "electronic", "PS",
           "OFFICIAL-SENSITIVE", "high", "contract", "b", "Employees; Former employees",
           "Employment details; Health (special category); Bank details"},
          {"Payroll", "Pay, deductions and pensions", "iTrent", "electronic", "P",
           "OFFICIAL-SENSITIVE", "critical", "contract", "", "Employees",
           "Financial details; Bank details; Identification numbers (NI, NHS, UPN)"},
          {"Recruitment files", "Applications, interviews and checks", "Jobs portal", "electronic",
           "PSC", "OFFICIAL-SENSITIVE", "medium", "contract", "b", "Job applicants",
           "Employment details; Criminal offence data; Racial or ethnic "
           "origin (special category)"},
          {"Occupational health referrals", "Referrals and reports", "OH provider portal",
           "electronic", "PS", "OFFICIAL-SENSITIVE", "medium", "legal_obligation", "h", "Employees",
           "Health (special category)"},
          {"Disciplinary and grievance cases", "Case files and outcomes", "HR case folders", "both",
           "PS", "OFFICIAL-SENSITIVE", "medium", "contract", "b", "Employees",
           "Employment details; Case notes"}}},
        {"Electoral Services",
         "PE-0012",
         "PE-0004",
         false,
         {{"Electoral register", "Full and open registers", "Xpress", "electronic", "P", "OFFICIAL",
           "critical", "legal_obligation", "", "Electors",
           "Names and contact details; Dates of birth"},
          {"Postal vote records", "Applications and personal identifiers", "Xpress", "electronic",
           "P", "OFFICIAL-SENSITIVE", "high", "legal_obligation", "", "Electors",
           "Names and contact details; Identification numbers (NI, NHS, UPN)"},
          {"Canvass responses", "Annual canvass forms", "Paper store", "paper", "P", "OFFICIAL",
           "medium", "legal_obligation", "", "Electors", "Names and contact details"}}},
        {"Planning",
         "PE-0013",
         "PE-0004",
         false,
         {{"Planning applications", "Applications, consultations and decisions", "Uniform",
           "electronic", "P", "OFFICIAL", "high", "public_task", "", "Residents",
           "Names and contact details"},
          {"Planning enforcement cases", "Complaints and enforcement action", "Uniform",
           "electronic", "PC", "OFFICIAL-SENSITIVE", "medium", "public_task", "",
           "Residents; Complainants and enquirers",
           "Names and contact details; Criminal offence data"},
          {"Building control records", "Plans, inspections and completions", "Uniform", "both", "P",
           "OFFICIAL", "medium", "legal_obligation", "", "Residents",
           "Names and contact details"}}},
        {"ICT Services",
         "PE-0004",
         "PE-0014",
         false,
         {{"Active Directory", "User accounts and groups", "Microsoft AD", "electronic", "P",
           "OFFICIAL", "critical", "contract", "", "Employees; Councillors",
           "Names and contact details; Online identifiers"},
          {"Email archive", "Journaled mailboxes", "Microsoft 365", "electronic", "PS",
           "OFFICIAL-SENSITIVE", "high", "public_task", "g", "Employees; Residents",
           "Names and contact details; Case notes"},
          {"Backup sets", "Nightly backups of all systems", "Backup appliance", "electronic", "PSC",
           "OFFICIAL-SENSITIVE", "critical", "public_task", "g", "Residents; Employees",
           "Names and contact details; Case notes"},
          {"CCTV footage", "Civic centre and car park CCTV", "CCTV NVR", "electronic", "PC",
           "OFFICIAL-SENSITIVE", "medium", "public_task", "", "Members of the public; Employees",
           "Images and CCTV; Criminal offence data"}}},
        {"Information Governance",
         "PE-0006",
         "PE-0005",
         false,
         {{"Information requests log", "FOI, EIR and subject access requests", "Case tracker",
           "electronic", "P", "OFFICIAL", "medium", "legal_obligation", "",
           "Complainants and enquirers", "Names and contact details"},
          {"Data breach log", "Incidents, assessments and ICO reports", "Case tracker",
           "electronic", "PS", "OFFICIAL-SENSITIVE", "high", "legal_obligation", "g",
           "Residents; Employees", "Names and contact details; Case notes"},
          {"Records centre boxes", "Off-site boxed records", "Records centre", "paper", "PS",
           "OFFICIAL-SENSITIVE", "medium", "public_task", "g", "Residents; Employees",
           "Case notes"}}},
        {"Corporate Resources",
         "PE-0002",
         "PE-0005",
         false,
         {{"Complaints records", "Corporate complaints and ombudsman cases", "Case tracker",
           "electronic", "P", "OFFICIAL", "medium", "public_task", "", "Complainants and enquirers",
           "Names and contact details; Case notes"},
          {"Councillors' register of interests", "Declarations of interests", "Modern.gov",
           "electronic", "P", "OFFICIAL", "medium", "legal_obligation", "", "Councillors",
           "Names and contact details; Financial details"},
          {"Procurement and contracts register", "Tenders, contracts and suppliers",
           "Contracts finder", "electronic", "P", "OFFICIAL", "high", "contract", "",
           "Suppliers and contractors", "Names and contact details; Financial details"}}},
    };
}

QVariantMap valuesOf(const Template &t, const QString &function, qint64 owner, qint64 admin,
                     QRandomGenerator &rng, const QDate &today)
{
    using namespace assetField;
    const QString flags = QString::fromLatin1(t.flags);
    QVariantMap v{{name, QString::fromUtf8(t.name)},
                  {description, QString::fromUtf8(t.description)},
                  {businessFunction, function},
                  {ownerPersonId, owner},
                  {administratorPersonId, admin},
                  {systemLocation, QString::fromUtf8(t.system)},
                  {hostingCountry, QStringLiteral("United Kingdom")},
                  {format, QString::fromLatin1(t.format)},
                  {containsPersonalData, flags.contains(QLatin1Char('P')) ? 1 : 0},
                  {specialCategory, flags.contains(QLatin1Char('S')) ? 1 : 0},
                  {criminalOffence, flags.contains(QLatin1Char('C')) ? 1 : 0},
                  {securityClassification, QString::fromLatin1(t.classification)},
                  {criticality, QString::fromLatin1(t.criticality)},
                  {lawfulBasis, QString::fromLatin1(t.lawfulBasis)},
                  {art9Condition, QString::fromLatin1(t.art9)},
                  {dataSubjectCategories, QString::fromUtf8(t.subjects)},
                  {personalDataCategories, QString::fromUtf8(t.data)},
                  {accessControls, QStringLiteral("Role-based access; team members only")},
                  {status, QStringLiteral("live")}};
    const int people = 200 + int(rng.bounded(60000));
    v.insert(volumeIndividuals, people);
    v.insert(volumeRecords, people * (1 + int(rng.bounded(6))));
    // Most reviews are in date, some are due soon and about one in ten is overdue.
    const int roll = int(rng.bounded(100));
    QDate last = today.addDays(-int(rng.bounded(700)) - 30);
    QDate next = last.addYears(1);
    if (roll < 10) {
        next = today.addDays(-1 - int(rng.bounded(120)));
        last = next.addYears(-1);
    } else if (roll < 20)
        next = today.addDays(int(rng.bounded(30)));
    else if (next < today)
        next = today.addDays(30 + int(rng.bounded(300)));
    v.insert(lastReview, last.toString(Qt::ISODate));
    v.insert(nextReview, next.toString(Qt::ISODate));
    return v;
}

struct FlowSpec {
    const char *title;
    const char *from; // asset name or partner ref ("ORG-0002")
    const char *to;
    const char *items;
    const char *method;
    const char *frequency;
    int encrypted;
    const char *basis;
    const char *risk;
};

const FlowSpec Flows[] = {
    {"Hospital discharge notifications", "ORG-0002", "Adult social care case records",
     "Patient name, NHS number, discharge date, care needs", "api", "daily", 1, "public_task",
     "medium"},
    {"Continuing healthcare referrals", "Adult social care case records", "ORG-0006",
     "Assessments and care plans", "secure_email", "weekly", 1, "public_task", "medium"},
    {"Safeguarding referrals to police", "Safeguarding adults enquiries", "ORG-0003",
     "Names, allegations, risk information", "secure_email", "ad_hoc", 1, "public_task", "high"},
    {"MASH information sharing", "Children's social care case records", "ORG-0003",
     "Child and family details, concerns, history", "shared_system", "daily", 1, "public_task",
     "high"},
    {"Domestic abuse notifications", "ORG-0003", "Children's social care case records",
     "Incident summaries involving children", "secure_email", "daily", 1, "public_task", "high"},
    {"School attendance concerns", "ORG-0008", "Early help records",
     "Pupil names, attendance, concerns", "portal", "weekly", 1, "public_task", "medium"},
    {"Health assessments for looked after children", "Looked after children files", "ORG-0002",
     "Child details and consent", "secure_email", "monthly", 1, "public_task", "medium"},
    {"Housing nominations", "Housing register", "ORG-0005", "Applicant details, household, banding",
     "portal", "weekly", 1, "public_task", "low"},
    {"Homelessness prevention referrals", "Homelessness case files", "ORG-0007",
     "Contact details, debt and housing situation", "secure_email", "ad_hoc", 1, "consent",
     "medium"},
    {"Debt advice referrals", "Council tax accounts", "ORG-0007", "Name, contact details, arrears",
     "email", "ad_hoc", 0, "consent", "medium"},
    {"Payroll processing", "Payroll", "ORG-0009", "Employee pay and bank details", "sftp",
     "monthly", 1, "contract", "medium"},
    {"Poll card and postal vote printing", "Electoral register", "ORG-0009",
     "Elector names and addresses", "sftp", "annually", 1, "legal_obligation", "low"},
    {"Off-site backup replication", "Backup sets", "ORG-0009", "Full system backups", "api",
     "daily", 1, "public_task", "high"},
    {"Care funding returns", "Financial assessments", "ORG-0006",
     "Client contributions and package costs", "portal", "quarterly", 1, "legal_obligation", "low"},
    {"Cross-border placements", "Looked after children files", "ORG-0004", "Placement details",
     "secure_email", "ad_hoc", 1, "public_task", "medium"},
    {"Benefit changes to council tax", "Housing Benefit claims", "Council Tax Reduction scheme",
     "Award changes", "api", "daily", 1, "public_task", "low"},
    {"Starters and leavers to accounts", "Personnel files", "Active Directory",
     "Names, roles, start and end dates", "api", "daily", 1, "contract", "low"},
    {"Occupational health referrals", "Occupational health referrals", "ORG-0009",
     "Employee health information", "portal", "weekly", 1, "legal_obligation", "medium"},
    {"DFG referrals from hospital", "ORG-0002", "Disabled facilities grants",
     "Patient needs and adaptations", "paper", "ad_hoc", 0, "public_task", "medium"},
    {"CCTV requests from police", "CCTV footage", "ORG-0003", "Footage of incidents",
     "removable_media", "ad_hoc", 1, "legal_obligation", "medium"},
};

} // namespace

bool addDemoRegister(Workspace &workspace, QString *error)
{
    RecordStore &store = workspace.records();
    QHash<QString, qint64> people;
    for (const Record &p : store.list(kinds::person()))
        people.insert(p.ref, p.id);
    QHash<QString, qint64> orgs;
    for (const Record &o : store.list(kinds::organisation()))
        orgs.insert(o.ref, o.id);

    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    QRandomGenerator rng(20261121); // the same demo every time
    const QDate today = QDate::currentDate();
    QHash<QString, qint64> assetByName;
    const auto add = [&](const QVariantMap &values) -> bool {
        const auto r = store.create(kinds::asset(), values, error);
        if (r)
            assetByName.insert(values.value(assetField::name).toString(), r->id);
        return r.has_value();
    };
    for (const Service &s : services()) {
        const QString function = QString::fromUtf8(s.function);
        const qint64 owner = people.value(QString::fromLatin1(s.ownerRef));
        const qint64 admin = people.value(QString::fromLatin1(s.adminRef));
        for (const Template &t : s.assets) {
            QVariantMap v = valuesOf(t, function, owner, admin, rng, today);
            if (!add(v))
                return false;
            if (s.localities) {
                for (const char *area : Localities) {
                    QVariantMap local = valuesOf(t, function, owner, admin, rng, today);
                    local.insert(assetField::name,
                                 RegisterTr::tr("%1 — %2 locality team")
                                     .arg(QString::fromUtf8(t.name), QString::fromLatin1(area)));
                    local.insert(
                        assetField::systemLocation,
                        RegisterTr::tr("Team shared drive (%1)").arg(QString::fromLatin1(area)));
                    if (!add(local))
                        return false;
                }
            }
            // Councils keep what replaced systems held, and paper from before digitisation.
            QVariantMap legacy = valuesOf(t, function, owner, admin, rng, today);
            legacy.insert(
                assetField::name,
                RegisterTr::tr("%1 (legacy system, read-only)").arg(QString::fromUtf8(t.name)));
            legacy.insert(assetField::status, QStringLiteral("archived"));
            legacy.insert(assetField::systemLocation, RegisterTr::tr("Legacy archive server"));
            if (!add(legacy))
                return false;
            QVariantMap paper = valuesOf(t, function, owner, admin, rng, today);
            paper.insert(
                assetField::name,
                RegisterTr::tr("%1 — paper files before 2015").arg(QString::fromUtf8(t.name)));
            paper.insert(assetField::format, QStringLiteral("paper"));
            paper.insert(assetField::systemLocation,
                         RegisterTr::tr("Records centre, bay %1").arg(1 + rng.bounded(40)));
            if (!add(paper))
                return false;
        }
    }
    // Every service also has the everyday stores that registers tend to forget.
    for (const Service &s : services()) {
        const QString function = QString::fromUtf8(s.function);
        const qint64 owner = people.value(QString::fromLatin1(s.ownerRef));
        const qint64 admin = people.value(QString::fromLatin1(s.adminRef));
        const Template everyday[] = {
            {"team shared drive", "Working documents and correspondence", "Network file share",
             "electronic", "P", "OFFICIAL-SENSITIVE", "medium", "public_task", "",
             "Residents; Employees", "Names and contact details"},
            {"shared mailbox", "Enquiries received by email", "Microsoft 365", "electronic", "P",
             "OFFICIAL", "medium", "public_task", "", "Residents", "Names and contact details"},
            {"performance reports", "Aggregated statistics for management", "SharePoint",
             "electronic", "", "OFFICIAL", "low", "", "", "", ""},
            {"management meeting papers", "Agendas, minutes and reports", "SharePoint",
             "electronic", "P", "OFFICIAL", "low", "public_task", "", "Employees",
             "Names and contact details"}};
        for (const Template &t : everyday) {
            QVariantMap v = valuesOf(t, function, owner, admin, rng, today);
            v.insert(assetField::name,
                     QString(function + QLatin1Char(' ') + QString::fromUtf8(t.name)));
            if (!add(v))
                return false;
        }
    }
    // One asset with gaps, so the demo shows what validation flags.
    QVariantMap gaps{{assetField::name, RegisterTr::tr("Community grants applications")},
                     {assetField::businessFunction, QStringLiteral("Corporate Resources")},
                     {assetField::specialCategory, 1},
                     {assetField::hostingCountry, QStringLiteral("United States")},
                     {assetField::nextReview, today.addDays(-200).toString(Qt::ISODate)}};
    if (!add(gaps))
        return false;

    const auto endpoint = [&](const char *text, qint64 *asset, qint64 *org) {
        const QString key = QString::fromUtf8(text);
        if (key.startsWith(QLatin1String("ORG-")))
            *org = orgs.value(key);
        else
            *asset = assetByName.value(key);
        return *asset > 0 || *org > 0;
    };
    for (const FlowSpec &f : Flows) {
        qint64 fromAsset = 0, fromOrg = 0, toAsset = 0, toOrg = 0;
        if (!endpoint(f.from, &fromAsset, &fromOrg) || !endpoint(f.to, &toAsset, &toOrg)) {
            if (error)
                *error = RegisterTr::tr("The demo flow \"%1\" names an unknown end.")
                             .arg(QString::fromUtf8(f.title));
            return false;
        }
        QVariantMap v{{flowField::title, QString::fromUtf8(f.title)},
                      {flowField::dataItems, QString::fromUtf8(f.items)},
                      {flowField::transferMethod, QString::fromLatin1(f.method)},
                      {flowField::frequency, QString::fromLatin1(f.frequency)},
                      {flowField::encryptedInTransit, f.encrypted},
                      {flowField::lawfulBasis, QString::fromLatin1(f.basis)},
                      {flowField::riskRating, QString::fromLatin1(f.risk)}};
        if (fromAsset)
            v.insert(flowField::fromAssetId, fromAsset);
        else
            v.insert(flowField::fromOrgId, fromOrg);
        if (toAsset)
            v.insert(flowField::toAssetId, toAsset);
        else
            v.insert(flowField::toOrgId, toOrg);
        if (!store.create(kinds::flow(), v, error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

} // namespace igw
