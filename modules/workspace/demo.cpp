#include "workspace/demo.h"

#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/tr.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace igw {

namespace {

// Everything here is fictional: the places and postcode areas (KM, WB, NQ, AC) do not
// exist, telephone numbers are in Ofcom's 01632 960xxx drama range, email domains end in
// .example (RFC 2606) and the ICO numbers are made up, all in a "ZX" series.
struct DemoPerson {
    const char *name;
    const char *role;
    const char *team;
    const char *email;
    const char *phone;
    const char *notes;
};

// The first three hold the profile's statutory roles (see addDemoDirectory).
constexpr DemoPerson People[] = {
    {"Priya Raman", "Data Protection Officer", "Information Governance",
     "priya.raman@kingsmere.example", "01632 960101",
     "Statutory DPO (UK GDPR Article 37); reports to the Chief Executive."},
    {"Martin Greaves", "Director of Corporate Resources and Senior Information Risk Owner (SIRO)",
     "Corporate Resources", "martin.greaves@kingsmere.example", "01632 960102", nullptr},
    {"Dr Helen Okafor", "Caldicott Guardian (adult social care) and Principal Social Worker",
     "Adult Social Care", "helen.okafor@kingsmere.example", "01632 960103", nullptr},
    {"Gareth Lloyd", "Head of ICT", "ICT Services", "gareth.lloyd@kingsmere.example",
     "01632 960104", nullptr},
    {"Aisha Khan", "Information Governance Officer", "Information Governance",
     "aisha.khan@kingsmere.example", "01632 960105", nullptr},
    {"Tom Whitfield", "Records Manager", "Information Governance",
     "tom.whitfield@kingsmere.example", "01632 960106",
     "Owns the corporate retention schedule and the off-site records store contract."},
    {"Sandra Mills", "Head of Revenues and Benefits; Information Asset Owner",
     "Revenues & Benefits", "sandra.mills@kingsmere.example", "01632 960107", nullptr},
    {"Daniel Osei", "Assistant Director, Children's Social Care; Information Asset Owner",
     "Children's Services", "daniel.osei@kingsmere.example", "01632 960108", nullptr},
    {"Fiona MacLeod", "Head of Adult Social Care Operations; Information Asset Owner",
     "Adult Social Care", "fiona.macleod@kingsmere.example", "01632 960109", nullptr},
    {"Kevin Doyle", "Housing Needs Manager; Information Asset Owner", "Housing",
     "kevin.doyle@kingsmere.example", "01632 960110", nullptr},
    {"Rachel Adeyemi", "Head of Human Resources; Information Asset Owner", "Human Resources",
     "rachel.adeyemi@kingsmere.example", "01632 960111", nullptr},
    {"Owen Pritchard", "Electoral Services Manager; Information Asset Owner", "Electoral Services",
     "owen.pritchard@kingsmere.example", "01632 960112", nullptr},
    {"Lucy Chen", "Development Management Manager; Information Asset Owner", "Planning",
     "lucy.chen@kingsmere.example", "01632 960113", nullptr},
    {"James Harker", "Cyber Security Lead", "ICT Services", "james.harker@kingsmere.example",
     "01632 960114", nullptr},
    {"Siobh\xc3\xa1n Gallagher", "Information Requests Manager (FOI and subject access)",
     "Information Governance", "siobhan.gallagher@kingsmere.example", "01632 960115", nullptr},
};

struct DemoOrganisation {
    const char *name;
    const char *ico;
    const char *type;
    const char *address;
    const char *email;
    const char *phone;
    const char *notes;
};

constexpr DemoOrganisation Council = {
    "Kingsmere Borough Council",
    "ZX104729",
    "council",
    "Civic Centre, Market Square, Kingsmere, KM1 1AA",
    "information.governance@kingsmere.example",
    "01632 960000",
    "Fictional demonstration council; every person and partner in this workspace is invented."};

constexpr DemoOrganisation Partners[] = {
    {"Kingsmere and Wealdbridge Hospitals NHS Foundation Trust", "ZX318204", "nhs_trust",
     "Kingsmere General Hospital, Infirmary Road, Kingsmere, KM4 2HT",
     "information.governance@kwh-nhs.example", "01632 960400",
     "Hospital discharge and adult social care assessments."},
    {"Wealdshire Police", "ZX207715", "police",
     "Police Headquarters, Ridgeway, Wealdbridge, WB1 5QX",
     "data.protection@wealdshire-police.example", "01632 960450",
     "Community Safety Partnership and Multi-Agency Safeguarding Hub partner."},
    {"Northmoor County Council", "ZX552081", "council",
     "County Hall, Castle Street, Northmoor, NQ1 1CC", "dpo@northmoor-cc.example", "01632 960500",
     "Neighbouring county council: cross-border school transport and emergency planning."},
    {"Kingsmere Homes Housing Association", "ZX640392", "housing",
     "Riverside House, 12 Wharf Lane, Kingsmere, KM2 7RB", "governance@kingsmere-homes.example",
     "01632 960550", "Nominations to social housing and tenancy sustainment."},
    {"NHS Wealdshire Integrated Care Board", "ZX733146", "icb",
     "Beacon House, Station Approach, Wealdbridge, WB2 3LN", "ig@wealdshire-icb.example",
     "01632 960600", "Better Care Fund and continuing healthcare."},
    {"Kingsmere Community Advice Service", "ZX819257", "voluntary",
     "The Old Library, 4 Chapel Street, Kingsmere, KM1 3DS", "advice@kingsmere-advice.example",
     "01632 960650", "Referrals for debt, benefits and housing advice."},
    {"Riverside Learning Academy Trust", "ZX426870", "education",
     "Riverside Academy, Meadow Way, Kingsmere, KM5 9EW", "dpo@riverside-learning.example",
     "01632 960700", "Free school meals, admissions and children missing education."},
    {"Oakridge Civic Systems Ltd", "ZX905318", "supplier",
     "Unit 7, Oakridge Business Park, Ashcombe, AC3 8TT", "privacy@oakridge-civic.example",
     "01632 960750",
     "Processor: hosts the revenues and benefits system under contract (UK GDPR Article 28)."},
};

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The demo must pass the same rules as the forms, or it would teach bad data.
bool valid(const ValidationIssues &issues, const QString &name, QString *error)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == ValidationIssue::Severity::Error)
            return setError(
                error,
                WorkspaceTr::tr("The demo entry %1 is invalid: %2").arg(name, issue.message));
    }
    return true;
}

QVariantMap organisationValues(const DemoOrganisation &o)
{
    return {{orgField::name, text(o.name)},    {orgField::icoRegistration, text(o.ico)},
            {orgField::orgType, text(o.type)}, {orgField::address, text(o.address)},
            {orgField::email, text(o.email)},  {orgField::phone, text(o.phone)},
            {orgField::notes, text(o.notes)}};
}

} // namespace

bool addDemoDirectory(Workspace &workspace, QString *error)
{
    // One transaction: a failure leaves the workspace as it was, not half a council.
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return setError(error, tx.errorString());
    RecordStore &store = workspace.records();
    const qint64 self = workspace.selfOrganisationId();

    QList<qint64> personIds;
    QStringList emails;
    for (const DemoPerson &p : People) {
        const QVariantMap values{
            {personField::name, text(p.name)},   {personField::role, text(p.role)},
            {personField::team, text(p.team)},   {personField::email, text(p.email)},
            {personField::phone, text(p.phone)}, {personField::organisationId, self},
            {personField::notes, text(p.notes)}};
        if (!valid(validatePerson(values, emails), text(p.name), error))
            return false;
        const auto record = store.create(kinds::person(), values, error);
        if (!record)
            return false;
        personIds << record->id;
        emails << text(p.email);
    }

    QVariantMap profile = organisationValues(Council);
    profile.insert(orgField::dpoPersonId, personIds.at(0));
    profile.insert(orgField::siroPersonId, personIds.at(1));
    profile.insert(orgField::caldicottPersonId, personIds.at(2));
    if (!valid(validateOrganisation(profile), text(Council.name), error) ||
        !store.update(kinds::organisation(), self, profile, error))
        return false;

    for (const DemoOrganisation &o : Partners) {
        const QVariantMap values = organisationValues(o);
        if (!valid(validateOrganisation(values), text(o.name), error) ||
            !store.create(kinds::organisation(), values, error))
            return false;
    }
    if (!tx.commit())
        return setError(error, tx.errorString());
    return true;
}

QString demoOrganisationName()
{
    return QString::fromUtf8(Council.name);
}

} // namespace igw
