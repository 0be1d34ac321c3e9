#include "ropa/demoropa.h"

#include "ropa/activities.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QHash>

namespace igw {

namespace {

// One demo activity. Empty strings leave a field blank; a few are left blank on purpose so
// the demo shows gaps. `assets` are asset name prefixes separated by "|", `recipients`
// partner references separated by "|".
struct Spec {
    const char *role;
    const char *name;
    const char *function;
    const char *purpose;
    const char *assets;
    const char *recipients;
    const char *recipientCategories;
    const char *basis;
    const char *schedule1;
    const char *retention;
    const char *system;    // for the security measures text; empty leaves them blank
    int transfers;         // 1 yes, 0 no, -1 not answered
    const char *countries; // when transfers
    const char *safeguard;
    const char *dpia; // "", "yes:complete", "yes:in_progress", "no"
    const char *source;
    const char *extra; // processor records: categories of processing
};

const Spec Specs[] = {
    {"controller", "Council tax billing and collection", "Revenues & Benefits",
     "Billing, collecting and recovering council tax; discounts and exemptions",
     "Council tax accounts|Recovery and enforcement case files", "",
     "Enforcement agents; Magistrates' courts; Valuation Office Agency", "legal_obligation",
     "para6", "Current year plus 6 years (Limitation Act 1980 s.5)", "Civica OpenRevenues", 0, "",
     "", "no", "The individual; Valuation Office Agency; DWP", ""},
    {"controller", "Housing Benefit and Council Tax Reduction", "Revenues & Benefits",
     "Assessing and paying Housing Benefit, Council Tax Reduction and "
     "Discretionary Housing Payments",
     "Housing Benefit claims|Council Tax Reduction scheme|Discretionary Housing Payments", "",
     "Department for Work and Pensions; Landlords (direct payments)", "public_task", "para1",
     "Current year plus 6 years after the claim ends", "Civica OpenRevenues", 0, "", "", "no",
     "The claimant; DWP; landlords", ""},
    {"controller", "Business rates administration", "Revenues & Benefits",
     "Billing and collecting non-domestic rates and awarding reliefs", "Business rates accounts",
     "", "Valuation Office Agency; Enforcement agents", "legal_obligation", "",
     "Current year plus 6 years", "Civica OpenRevenues", 0, "", "", "no",
     "Ratepayers; Valuation Office Agency", ""},
    {"controller", "Children's social care assessment and care planning", "Children's Services",
     "Assessing children in need and at risk, child protection, care planning and looked "
     "after children",
     "Children's social care case records|Child protection conference minutes|Looked after "
     "children files",
     "ORG-0002|ORG-0003|ORG-0008", "Courts and Cafcass; Independent reviewing officers",
     "public_task", "para18", "Until the child's 75th birthday (looked after children) or 25th",
     "Liquidlogic LCS", 0, "", "", "yes:complete", "Children and families; schools; health; police",
     ""},
    {"controller", "Early help family support", "Children's Services",
     "Co-ordinating early help for families before problems escalate", "Early help records",
     "ORG-0007|ORG-0008", "", "public_task", "para18", "", "Liquidlogic EHM", 0, "", "",
     "yes:in_progress", "Families; schools; partner agencies", ""},
    {"controller", "Adoption services", "Children's Services",
     "Assessing adopters, matching and post-adoption support", "Adoption case files", "",
     "Adoption panel; Courts", "legal_obligation", "para6",
     "100 years from the adoption order (Adoption Agencies Regulations 2005 reg. 41)",
     "Paper archive", 0, "", "", "no", "Adopters; birth families; health", ""},
    {"controller", "Adult social care assessment and support planning", "Adult Social Care",
     "Assessing needs under the Care Act 2014, planning and reviewing support, charging",
     "Adult social care case records|Carers' assessments|Financial assessments",
     "ORG-0002|ORG-0006", "Care providers", "public_task", "para2", "8 years after the case closes",
     "Liquidlogic LAS", 0, "", "", "yes:complete", "Service users; carers; NHS", ""},
    {"controller", "Safeguarding adults enquiries", "Adult Social Care",
     "Making enquiries under Care Act 2014 s.42 and protecting adults at risk",
     "Safeguarding adults enquiries", "ORG-0003|ORG-0002", "Care Quality Commission", "public_task",
     "para18", "10 years after the enquiry closes", "Liquidlogic LAS", 0, "", "", "yes:complete",
     "Referrers; police; health; service users", ""},
    {"controller", "Deprivation of Liberty Safeguards", "Adult Social Care",
     "Assessing and authorising deprivations of liberty in care homes and hospitals",
     "Deprivation of Liberty Safeguards files", "ORG-0002", "Court of Protection",
     "legal_obligation", "para2", "8 years after the authorisation ends", "Liquidlogic LAS", 0, "",
     "", "no", "Managing authorities; assessors", ""},
    {"controller", "Housing allocations", "Housing",
     "Maintaining the housing register and nominating applicants to social landlords",
     "Housing register", "ORG-0005", "", "public_task", "para6",
     "6 years after the application closes", "Abritas", 0, "", "", "no",
     "Applicants; health professionals", ""},
    {"controller", "Homelessness prevention and relief", "Housing",
     "Meeting duties under the Housing Act 1996 Part 7 and arranging temporary accommodation",
     "Homelessness case files|Temporary accommodation bookings", "ORG-0005|ORG-0003",
     "Temporary accommodation providers", "public_task", "para6", "6 years after the case closes",
     "Abritas", 0, "", "", "yes:complete", "Applicants; police; probation; health", ""},
    {"controller", "Disabled facilities grants", "Housing",
     "Assessing and paying mandatory grants for adaptations", "Disabled facilities grants", "",
     "Occupational therapists; Contractors", "public_task", "para6",
     "15 years after completion (land charge period)", "Paper files", 0, "", "", "no",
     "Applicants; occupational therapists", ""},
    {"controller", "Payroll and pensions", "Human Resources",
     "Paying staff, deductions, pensions and statutory returns", "Payroll", "",
     "HM Revenue and Customs; Local Government Pension Scheme; Trade unions (subscriptions)",
     "contract", "", "Current year plus 6 years", "iTrent", 0, "", "", "no", "Employees; HMRC", ""},
    {"controller", "Recruitment and pre-employment checks", "Human Resources",
     "Recruiting staff, right to work and Disclosure and Barring Service checks",
     "Recruitment files", "", "Disclosure and Barring Service; Referees", "contract", "para1",
     "6 months after the post is filled (unsuccessful applicants)", "Jobs portal", 0, "", "", "no",
     "Applicants; referees; DBS", ""},
    {"controller", "Employee relations and occupational health", "Human Resources",
     "Managing employment, attendance, health referrals, discipline and grievances",
     "Personnel files|Occupational health referrals|Disciplinary and grievance cases", "",
     "Occupational health provider; Trade union representatives", "contract", "para1",
     "6 years after employment ends", "iTrent", 0, "", "", "no", "Employees; managers", ""},
    {"controller", "Electoral registration", "Electoral Services",
     "Compiling and publishing the electoral register", "Electoral register|Canvass responses", "",
     "Credit reference agencies (full register, by law); Political parties and candidates",
     "legal_obligation", "", "Current register plus 15 years (full register)", "Xpress", 0, "", "",
     "no", "Residents; DWP data matching", ""},
    {"controller", "Postal and proxy voting", "Electoral Services",
     "Issuing postal and proxy votes and verifying personal identifiers", "Postal vote records", "",
     "Print and mailing contractor", "legal_obligation", "",
     "Until the identifiers are refreshed (5 years)", "Xpress", 0, "", "", "no", "Electors", ""},
    {"controller", "Planning applications and consultations", "Planning",
     "Deciding planning applications and publishing the planning register",
     "Planning applications|Building control records", "", "The public (planning register)",
     "public_task", "", "Permanently (planning register); 15 years for case files", "", 0, "", "",
     "no", "Applicants; agents; consultees", ""},
    {"controller", "Planning enforcement", "Planning",
     "Investigating breaches of planning control and prosecuting", "Planning enforcement cases", "",
     "Courts; Crown Prosecution Service", "public_task", "para6", "6 years after the case closes",
     "Uniform", 0, "", "", "no", "Complainants; site visits", ""},
    {"controller", "Staff IT accounts and email", "ICT Services",
     "Providing accounts, email and collaboration tools to staff and councillors",
     "Active Directory|Email archive", "", "Microsoft (cloud service processor)", "public_task",
     "para6", "Accounts deleted 90 days after leaving; email 6 years", "Microsoft 365", 1,
     "United States (Microsoft support access)", "adequacy", "yes:complete", "Employees; HR system",
     ""},
    {"controller", "CCTV at council buildings", "ICT Services",
     "Protecting staff, visitors and property at the civic centre and car parks", "CCTV footage",
     "ORG-0003", "Insurers", "public_task", "para10", "31 days unless needed for an investigation",
     "CCTV NVR", 0, "", "", "yes:complete", "Cameras", ""},
    {"controller", "Information rights requests", "Information Governance",
     "Handling FOI, EIR and subject access requests", "Information requests log", "",
     "Information Commissioner's Office (appeals)", "legal_obligation", "",
     "2 years after the request closes (6 if appealed)", "Case tracker", 0, "", "", "no",
     "Requesters", ""},
    {"controller", "Data breach management", "Information Governance",
     "Recording, assessing and reporting personal data breaches", "Data breach log", "",
     "Information Commissioner's Office", "legal_obligation", "para6",
     "6 years after the breach is closed", "Case tracker", 0, "", "", "no",
     "Staff reports; individuals affected", ""},
    {"controller", "Complaints handling", "Corporate Resources",
     "Handling corporate complaints and ombudsman enquiries", "Complaints records", "",
     "Local Government and Social Care Ombudsman", "public_task", "",
     "6 years after the complaint closes", "Case tracker", -1, "", "", "no", "Complainants", ""},
    {"controller", "Councillors' register of interests", "Corporate Resources",
     "Keeping and publishing the register of members' interests",
     "Councillors' register of interests", "", "The public (published on the council website)",
     "legal_obligation", "", "Term of office plus 6 years", "Modern.gov", 0, "", "", "no",
     "Councillors", ""},
    {"controller", "Procurement and contract management", "Corporate Resources",
     "Buying goods and services and managing contracts", "Procurement and contracts register", "",
     "Contracts Finder (published awards)", "contract", "",
     "6 years after the contract ends (12 if under seal)", "Contracts finder", 0, "", "", "no",
     "Suppliers", ""},
    {"processor", "Payroll bureau for Riverside Learning Academy Trust", "Human Resources",
     "Running the academy trust's payroll under a service level agreement", "Payroll", "ORG-0008",
     "", "", "", "", "iTrent", 0, "", "", "", "",
     "Payroll calculation; payslips; pension and HMRC returns"},
    {"processor", "Blue Badge assessments for Northmoor County Council", "Adult Social Care",
     "Assessing Blue Badge applications on the county council's behalf", "", "ORG-0004", "", "", "",
     "", "", 0, "", "", "", "", "Eligibility assessments; badge issue"},
};

QString securityText(const QString &system)
{
    return QStringLiteral("Role-based access to %1; multi-factor authentication; encrypted in "
                          "transit and at rest; quarterly access reviews; annual data protection "
                          "training for all users")
        .arg(system);
}

QString rightsFor(const QString &basis)
{
    if (basis == QLatin1String("legal_obligation"))
        return QStringLiteral("Access; rectification; restriction; complaint to the ICO (no "
                              "right to erasure, objection or portability)");
    if (basis == QLatin1String("contract"))
        return QStringLiteral("Access; rectification; erasure; restriction; portability; "
                              "complaint to the ICO");
    return QStringLiteral("Access; rectification; erasure (limited); restriction; objection; "
                          "complaint to the ICO");
}

} // namespace

bool addDemoRopa(Workspace &workspace, QString *error)
{
    using namespace activityField;
    RecordStore &store = workspace.records();
    QHash<QString, qint64> orgs;
    for (const Record &o : store.list(kinds::organisation()))
        orgs.insert(o.ref, o.id);
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    // A UK public authority needs no Art. 27 representative; say so, so the header is whole.
    if (!store.update(
            kinds::organisation(), workspace.selfOrganisationId(),
            {{orgField::representative, QStringLiteral("Not applicable (established in the UK)")}},
            error))
        return false;
    const QString today = QDate::currentDate().addDays(-40).toString(Qt::ISODate);
    for (const Spec &s : Specs) {
        QList<qint64> assets;
        for (const QString &prefix :
             QString::fromUtf8(s.assets).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            bool ok = false;
            const auto rows = sql::rows(
                workspace.database(),
                QStringLiteral("SELECT id FROM assets WHERE substr(name, 1, length(?)) = ?"),
                {prefix, prefix}, error, &ok);
            if (!ok)
                return false;
            for (const QVariantList &r : rows)
                assets << r.at(0).toLongLong();
        }
        QList<qint64> recipients;
        for (const QString &ref :
             QString::fromLatin1(s.recipients).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            recipients << orgs.value(ref);
        const QString roleKey = QString::fromLatin1(s.role);
        const QString basis = QString::fromLatin1(s.basis);
        const QString system = QString::fromUtf8(s.system);
        QVariantMap v{{role, roleKey},
                      {name, QString::fromUtf8(s.name)},
                      {businessFunction, QString::fromUtf8(s.function)},
                      {purpose, QString::fromUtf8(s.purpose)},
                      {assetIds, linkValue(assets)},
                      {securityMeasures, system.isEmpty() ? QString() : securityText(system)},
                      {lastReview, today}};
        if (s.transfers >= 0)
            v.insert(internationalTransfers, s.transfers);
        if (s.transfers == 1) {
            v.insert(thirdCountries, QString::fromUtf8(s.countries));
            v.insert(transferSafeguard, QString::fromLatin1(s.safeguard));
        }
        if (roleKey == QLatin1String("processor")) {
            v.insert(controllerOrgIds, linkValue(recipients));
            v.insert(processingCategories, QString::fromUtf8(s.extra));
            v.insert(processorContract, QStringLiteral("Service level agreement, signed 2025"));
        } else {
            v.insert(recipientOrgIds, linkValue(recipients));
            v.insert(recipientCategories, QString::fromUtf8(s.recipientCategories));
            v.insert(lawfulBasis, basis);
            v.insert(retentionSchedule, QString::fromUtf8(s.retention));
            v.insert(rightsAvailable, rightsFor(basis));
            v.insert(dataSource, QString::fromUtf8(s.source));
            v.insert(dataLocation, system.isEmpty() ? QStringLiteral("Planning system") : system);
            v.insert(automatedDecisions, QStringLiteral("None"));
            v.insert(breachOccurred, 0);
            const QString dpia = QString::fromLatin1(s.dpia);
            if (dpia == QLatin1String("no"))
                v.insert(dpiaRequired, QStringLiteral("no"));
            else if (dpia.startsWith(QLatin1String("yes:"))) {
                v.insert(dpiaRequired, QStringLiteral("yes"));
                v.insert(dpiaProgress, dpia.mid(4));
            }
            const QString sch1 = QString::fromLatin1(s.schedule1);
            if (!sch1.isEmpty()) {
                v.insert(schedule1Condition, sch1);
                // Left blank for one activity so the demo shows a Schedule 1 gap.
                if (QLatin1String(s.name) != QLatin1String("Deprivation of Liberty Safeguards")) {
                    v.insert(erasurePolicy,
                             QStringLiteral("Appropriate policy document v3 (intranet: IG/APD)"));
                    v.insert(retainedPerPolicy, 1);
                }
            }
        }
        if (!store.create(kinds::activity(), v, error))
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
