#include "ropa/ropacolumns.h"

#include "register/assetcolumns.h"
#include "ropa/activities.h"
#include "ropa/ropatr.h"

#include <QSet>

#include <optional>

namespace igw {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromLatin1(w);
    return out;
}

// Every heading and synonym, normalised: what a heading row is recognised by.
const QSet<QString> &knownHeadings()
{
    static const QSet<QString> known = [] {
        QSet<QString> set;
        for (const RopaColumn &c : ropaColumns()) {
            set.insert(normaliseHeading(c.heading));
            for (const QString &s : c.synonyms)
                set.insert(s);
        }
        return set;
    }();
    return known;
}

} // namespace

QString ropaGroupHeading(RopaGroup group)
{
    switch (group) {
    case RopaGroup::Article30:
        return RopaTr::tr("Article 30 Record of Processing Activities");
    case RopaGroup::PrivacyNotice:
        return RopaTr::tr("Privacy notice");
    case RopaGroup::Consent:
        return RopaTr::tr("Consent");
    case RopaGroup::AccessRequests:
        return RopaTr::tr("Access requests");
    case RopaGroup::Dpia:
        return RopaTr::tr("Data Protection Impact Assessments");
    case RopaGroup::Breaches:
        return RopaTr::tr("Personal data breaches");
    case RopaGroup::Dpa2018:
        return RopaTr::tr("Data Protection Act 2018 — special category or criminal conviction and "
                          "offence data");
    case RopaGroup::Processor:
        return RopaTr::tr("Article 30(2) Record of Processing Activities (processor)");
    case RopaGroup::Workbench:
        return RopaTr::tr("IG Workbench");
    }
    return {};
}

const QList<RopaColumn> &ropaColumns()
{
    using T = RopaColumn::Type;
    using G = RopaGroup;
    namespace f = activityField;
    // The ICO headings are the template's own words, so a filled-in template matches exactly.
    static const QList<RopaColumn> columns{
        {f::businessFunction, G::Article30, RopaTr::tr("Business function"), false,
         f::businessFunction, T::Text,
         words({"function", "service", "service area", "department", "directorate", "team",
                "business area"}),
         20},
        {f::purpose, G::Article30, RopaTr::tr("Purpose of processing"), true, f::purpose, T::Text,
         words({"purpose", "purposes", "purposes of processing", "purposes of the processing",
                "purpose of the processing"}),
         36},
        {f::jointController, G::Article30,
         RopaTr::tr("Name and contact details of joint controller (if applicable)"), true,
         f::jointController, T::Text,
         words({"joint controller", "joint controllers",
                "name and contact details of joint controller",
                "name and contact details of joint controllers"}),
         26},
        {QStringLiteral("subject_categories"), G::Article30,
         RopaTr::tr("Categories of individuals"), true, f::subjectCategoriesExtra,
         T::SubjectCategories,
         words({"categories of data subjects", "data subjects", "data subject categories",
                "categories of individual", "individuals"}),
         30},
        {QStringLiteral("data_categories"), G::Article30, RopaTr::tr("Categories of personal data"),
         true, f::dataCategoriesExtra, T::DataCategories,
         words({"personal data categories", "data categories", "types of personal data",
                "categories of data"}),
         34},
        {QStringLiteral("recipients"), G::Article30, RopaTr::tr("Categories of recipients"), true,
         f::recipientCategories, T::Recipients,
         words({"recipients", "recipient categories", "categories of recipient", "disclosed to",
                "who we share with"}),
         30},
        {f::processorContract, G::Article30, RopaTr::tr("Link to contract with processor"), false,
         f::processorContract, T::Text,
         words({"contract with processor", "processor contract", "link to processor contract",
                "data processing agreement", "processor agreement"}),
         24},
        {f::thirdCountries, G::Article30,
         RopaTr::tr("Names of third countries or international organisations that personal data "
                    "are transferred to (if applicable)"),
         true, f::thirdCountries, T::Text,
         words({"third countries", "names of third countries or international organisations",
                "countries transferred to", "transfers to third countries"}),
         28},
        {f::transferSafeguard, G::Article30,
         RopaTr::tr("Safeguards for exceptional transfers of personal data to third countries or "
                    "international organisations (if applicable)"),
         true, f::transferSafeguard, T::Choice,
         words({"safeguards", "transfer safeguards", "safeguards for exceptional transfers",
                "transfer mechanism"}),
         30},
        {f::retentionSchedule, G::Article30, RopaTr::tr("Retention schedule (if possible)"), true,
         f::retentionSchedule, T::Text,
         words({"retention schedule", "retention", "retention period", "time limits for erasure"}),
         26},
        {f::securityMeasures, G::Article30,
         RopaTr::tr("General description of technical and organisational security measures (if "
                    "possible)"),
         true, f::securityMeasures, T::Text,
         words({"security measures", "technical and organisational security measures",
                "technical and organisational measures", "toms", "security"}),
         36},
        {f::lawfulBasis, G::PrivacyNotice,
         RopaTr::tr("Article 6 lawful basis for processing personal data"), false, f::lawfulBasis,
         T::Choice,
         words({"lawful basis", "article 6 lawful basis", "art 6 lawful basis", "legal basis",
                "article 6 basis", "lawful basis for processing", "article 6"}),
         30},
        {f::art9Condition, G::PrivacyNotice,
         RopaTr::tr("Article 9 basis for processing special category data"), false,
         f::art9Condition, T::Choice,
         words({"article 9 basis", "article 9 condition", "art 9 condition", "article 9",
                "special category condition", "condition for processing special category data"}),
         30},
        {f::legitimateInterests, G::PrivacyNotice,
         RopaTr::tr("Legitimate Interests for the processing (if applicable)"), false,
         f::legitimateInterests, T::Text,
         words({"legitimate interests", "legitimate interests for the processing"}), 26},
        {f::liaLink, G::PrivacyNotice,
         RopaTr::tr("Link to record of legitimate interests assessment (if applicable)"), false,
         f::liaLink, T::Text,
         words({"legitimate interests assessment", "lia", "link to lia",
                "link to legitimate interests assessment"}),
         24},
        {f::rightsAvailable, G::PrivacyNotice, RopaTr::tr("Rights available to individuals"), false,
         f::rightsAvailable, T::Text,
         words({"rights", "rights available", "individuals rights", "data subject rights"}), 26},
        {f::automatedDecisions, G::PrivacyNotice,
         RopaTr::tr("Existence of automated decision-making, including profiling (if "
                    "applicable)"),
         false, f::automatedDecisions, T::Text,
         words({"automated decision making", "automated decision making including profiling",
                "existence of automated decision making", "profiling"}),
         26},
        {f::dataSource, G::PrivacyNotice,
         RopaTr::tr("The source of the personal data (if applicable)"), false, f::dataSource,
         T::Text,
         words({"source of the personal data", "source of personal data", "source", "data source"}),
         24},
        {f::consentLink, G::Consent, RopaTr::tr("Link to record of consent"), false, f::consentLink,
         T::Text, words({"record of consent", "consent record", "link to consent record"}), 22},
        {f::dataLocation, G::AccessRequests, RopaTr::tr("Location of personal data"), false,
         f::dataLocation, T::Text,
         words({"location", "data location", "location of data", "where held"}), 24},
        {f::dpiaRequired, G::Dpia, RopaTr::tr("Data Protection Impact Assessment required?"), false,
         f::dpiaRequired, T::Choice,
         words({"dpia required", "is a dpia required", "dpia needed",
                "data protection impact assessment required"}),
         18},
        {f::dpiaProgress, G::Dpia, RopaTr::tr("Data Protection Impact Assessment progress"), false,
         f::dpiaProgress, T::Choice,
         words({"dpia progress", "dpia status", "data protection impact assessment status"}), 18},
        {f::dpiaLink, G::Dpia, RopaTr::tr("Link to the Data Protection Impact Assessment"), false,
         f::dpiaLink, T::Text, words({"link to dpia", "dpia link", "dpia reference"}), 22},
        {f::breachOccurred, G::Breaches, RopaTr::tr("Has a personal data breach occurred?"), false,
         f::breachOccurred, T::Flag,
         words({"breach occurred", "personal data breach", "breach", "data breach"}), 16},
        {f::breachLink, G::Breaches, RopaTr::tr("Link to record of personal data breach"), false,
         f::breachLink, T::Text,
         words({"link to breach record", "breach record", "breach reference"}), 22},
        {f::schedule1Condition, G::Dpa2018,
         RopaTr::tr("Data Protection Act 2018 Schedule Condition for processing"), true,
         f::schedule1Condition, T::Choice,
         words({"schedule 1 condition", "dpa 2018 schedule 1 condition", "schedule condition",
                "schedule condition for processing",
                "data protection act 2018 schedule 1 condition for processing"}),
         30},
        {QStringLiteral("dpa_lawful_basis"),
         G::Dpa2018,
         RopaTr::tr("Article 6 lawful basis for processing personal data"),
         true,
         f::lawfulBasis,
         T::Choice,
         {},
         30},
        {f::erasurePolicy, G::Dpa2018, RopaTr::tr("Link to retention and erasure policy document"),
         true, f::erasurePolicy, T::Text,
         words({"appropriate policy document", "link to appropriate policy document",
                "retention and erasure policy", "link to policy document", "policy document"}),
         26},
        {f::retainedPerPolicy, G::Dpa2018,
         RopaTr::tr("Is personal data retained and erased in accordance with the policy "
                    "document?"),
         true, f::retainedPerPolicy, T::Flag,
         words({"retained and erased in accordance with the policy",
                "retained in accordance with policy"}),
         22},
        {f::policyDeviation, G::Dpa2018,
         RopaTr::tr("Reasons for not adhering to policy document (if applicable)"), true,
         f::policyDeviation, T::Text,
         words({"reasons for not adhering to policy", "reasons for not adhering to policy document",
                "policy deviation"}),
         26},
        // The processor record, Art. 30(2)(a)-(b); (c) and (d) share the columns above.
        {QStringLiteral("controllers"), G::Processor,
         RopaTr::tr("Name and contact details of each controller"), true, f::controllerOrgIds,
         T::Controllers,
         words({"controllers", "name and contact details of controller",
                "controller name and contact details", "controllers we act for",
                "name and contact details of each controller on behalf of which the processor "
                "is acting"}),
         32},
        {f::controllerDetails, G::Processor,
         RopaTr::tr("Name and contact details of each controller's representative and data "
                    "protection officer (if applicable)"),
         true, f::controllerDetails, T::Text,
         words({"controllers representatives and dpos", "controller representative and dpo",
                "controller s representative and data protection officer", "controller dpo"}),
         30},
        {f::processingCategories, G::Processor,
         RopaTr::tr("Categories of processing carried out on behalf of each controller"), true,
         f::processingCategories, T::Text,
         words({"categories of processing", "categories of processing carried out",
                "processing carried out on behalf of the controller"}),
         34},
        {QStringLiteral("controller_contract"), G::Processor,
         RopaTr::tr("Link to contract with controller"), false, f::processorContract, T::Text,
         words({"contract with controller", "controller contract", "link to controller contract"}),
         24},
        // Ours, after the ICO's: what lets an export be imported back unchanged.
        {QStringLiteral("ref"), G::Workbench, RopaTr::tr("Reference"), false, QStringLiteral("ref"),
         T::Reference,
         words({"ref", "activity reference", "activity ref", "pa ref", "ropa ref", "id"}), 12},
        {f::name, G::Workbench, RopaTr::tr("Processing activity"), false, f::name, T::Text,
         words({"activity", "activity name", "processing activity name",
                "name of processing activity", "processing operation", "process"}),
         30},
        {f::role, G::Workbench, RopaTr::tr("Role"), false, f::role, T::Choice,
         words({"controller or processor", "our role"}), 22},
        {QStringLiteral("assets"), G::Workbench, RopaTr::tr("Linked assets"), false, f::assetIds,
         T::Assets,
         words({"assets", "information assets", "assets used", "information asset references"}),
         18},
        {f::specialCategory, G::Workbench, RopaTr::tr("Special category data"), false,
         f::specialCategory, T::Flag,
         words({"special category", "special categories", "sensitive data"}), 14},
        {f::criminalOffence, G::Workbench, RopaTr::tr("Criminal offence data"), false,
         f::criminalOffence, T::Flag,
         words({"criminal offence", "criminal convictions", "criminal data"}), 14},
        {f::internationalTransfers, G::Workbench, RopaTr::tr("International transfers"), false,
         f::internationalTransfers, T::Flag,
         words({"transfers outside the uk", "transfers outside uk", "international transfer",
                "overseas transfers"}),
         14},
        {f::lastReview, G::Workbench, RopaTr::tr("Last reviewed"), false, f::lastReview, T::Date,
         words({"last review", "date last reviewed", "last review date", "review date"}), 14},
        {f::notes, G::Workbench, RopaTr::tr("Notes"), false, f::notes, T::Text, words({"comments"}),
         30},
    };
    return columns;
}

const RopaColumn *ropaColumn(const QString &id)
{
    for (const RopaColumn &c : ropaColumns()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QList<RopaSheetColumn> ropaSheetColumns(RopaSheet sheet)
{
    namespace f = activityField;
    QList<RopaSheetColumn> out;
    const auto add = [&out](const QString &id, std::optional<RopaGroup> group = std::nullopt) {
        const RopaColumn *c = ropaColumn(id);
        Q_ASSERT(c);
        out.append({c, group.value_or(c->group)});
    };
    if (sheet == RopaSheet::Controller) {
        for (const RopaColumn &c : ropaColumns()) {
            if (c.group != RopaGroup::Processor && c.group != RopaGroup::Workbench)
                out.append({&c, c.group});
        }
        for (const QString &id :
             {QStringLiteral("ref"), f::name, f::role, QStringLiteral("assets"), f::specialCategory,
              f::criminalOffence, f::internationalTransfers, f::lastReview, f::notes})
            add(id);
        return out;
    }
    for (const QString &id : {QStringLiteral("controllers"), f::controllerDetails,
                              f::processingCategories, f::thirdCountries, f::transferSafeguard,
                              f::securityMeasures, QStringLiteral("controller_contract")})
        add(id, RopaGroup::Processor);
    for (const QString &id : {QStringLiteral("ref"), f::name, f::role, QStringLiteral("assets"),
                              f::internationalTransfers, f::lastReview, f::notes})
        add(id);
    return out;
}

int ropaHeadingScore(const QStringList &cells)
{
    int score = 0;
    for (const QString &cell : cells) {
        if (!cell.isEmpty() && knownHeadings().contains(normaliseHeading(cell)))
            ++score;
    }
    return score;
}

QHash<QString, int> matchRopaHeadings(const QStringList &headings)
{
    QStringList normalised;
    for (const QString &h : headings)
        normalised << normaliseHeading(h);
    QHash<QString, int> mapping;
    QList<bool> used(headings.size(), false);
    // Pass 0: the exported headings; pass 1: synonyms in their order of preference.
    for (int pass = 0; pass < 2; ++pass) {
        for (const RopaColumn &c : ropaColumns()) {
            if (mapping.contains(c.id))
                continue;
            const QStringList wanted =
                pass == 0 ? QStringList{normaliseHeading(c.heading)} : c.synonyms;
            for (const QString &w : wanted) {
                const int found = int(normalised.indexOf(w));
                int free = found;
                while (free >= 0 && used.at(free))
                    free = int(normalised.indexOf(w, free + 1));
                if (free >= 0) {
                    mapping.insert(c.id, free);
                    used[free] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}

QString ropaRequiredMarker()
{
    return RopaTr::tr("Required");
}

QString ropaOptionalMarker()
{
    return RopaTr::tr("Optional");
}

bool isRopaMarkerRow(const QStringList &cells)
{
    const QSet<QString> markers{normaliseHeading(ropaRequiredMarker()),
                                normaliseHeading(ropaOptionalMarker()), QStringLiteral("required"),
                                QStringLiteral("optional")};
    bool any = false;
    for (const QString &cell : cells) {
        const QString n = normaliseHeading(cell);
        if (n.isEmpty())
            continue;
        if (!markers.contains(n))
            return false;
        any = true;
    }
    return any;
}

} // namespace igw
