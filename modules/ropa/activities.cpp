#include "ropa/activities.h"

#include "ropa/ropatr.h"

namespace igw {

namespace kinds {

const RecordKind &activity()
{
    using namespace activityField;
    static const RecordKind kind{QStringLiteral("activities"),
                                 QStringLiteral("PA"),
                                 QStringLiteral("activities"),
                                 {role,
                                  name,
                                  businessFunction,
                                  purpose,
                                  jointController,
                                  subjectCategoriesExtra,
                                  subjectCategoriesExcluded,
                                  dataCategoriesExtra,
                                  dataCategoriesExcluded,
                                  recipientCategories,
                                  processorContract,
                                  internationalTransfers,
                                  thirdCountries,
                                  transferSafeguard,
                                  retentionSchedule,
                                  securityMeasures,
                                  lawfulBasis,
                                  art9Condition,
                                  legitimateInterests,
                                  liaLink,
                                  rightsAvailable,
                                  automatedDecisions,
                                  dataSource,
                                  consentLink,
                                  dataLocation,
                                  dpiaRequired,
                                  dpiaProgress,
                                  dpiaLink,
                                  breachOccurred,
                                  breachLink,
                                  specialCategory,
                                  criminalOffence,
                                  schedule1Condition,
                                  erasurePolicy,
                                  retainedPerPolicy,
                                  policyDeviation,
                                  processingCategories,
                                  controllerDetails,
                                  lastReview,
                                  notes,
                                  retentionClassId},
                                 name,
                                 {},
                                 {{assetIds, QStringLiteral("activity_assets"),
                                   QStringLiteral("activity_id"), QStringLiteral("asset_id")},
                                  {recipientOrgIds, QStringLiteral("activity_recipients"),
                                   QStringLiteral("activity_id"), QStringLiteral("org_id")},
                                  {controllerOrgIds, QStringLiteral("activity_controllers"),
                                   QStringLiteral("activity_id"), QStringLiteral("org_id")}}};
    return kind;
}

} // namespace kinds

namespace choices {

const Choices &activityRole()
{
    static const Choices c{
        {QStringLiteral("controller"), RopaTr::tr("Controller — UK GDPR Art. 30(1)")},
        {QStringLiteral("processor"), RopaTr::tr("Processor — UK GDPR Art. 30(2)")}};
    return c;
}

const Choices &schedule1Condition()
{
    // Paragraph numbers are the Act's; Part 2 starts at 6 (para 5 is the policy-document rule).
    static const Choices c{
        {QStringLiteral("para1"),
         RopaTr::tr("Employment, social security and social protection — DPA 2018 Sch. 1 para 1")},
        {QStringLiteral("para2"), RopaTr::tr("Health or social care purposes — Sch. 1 para 2")},
        {QStringLiteral("para3"), RopaTr::tr("Public health — Sch. 1 para 3")},
        {QStringLiteral("para4"), RopaTr::tr("Research, statistics and archiving — Sch. 1 para 4")},
        {QStringLiteral("para6"), RopaTr::tr("Statutory and government purposes — Sch. 1 para 6")},
        {QStringLiteral("para7"),
         RopaTr::tr("Administration of justice and parliamentary purposes — Sch. 1 para 7")},
        {QStringLiteral("para8"),
         RopaTr::tr("Equality of opportunity or treatment — Sch. 1 para 8")},
        {QStringLiteral("para9"),
         RopaTr::tr("Racial and ethnic diversity at senior levels — Sch. 1 para 9")},
        {QStringLiteral("para10"),
         RopaTr::tr("Preventing or detecting unlawful acts — Sch. 1 para 10")},
        {QStringLiteral("para11"), RopaTr::tr("Protecting the public — Sch. 1 para 11")},
        {QStringLiteral("para12"),
         RopaTr::tr("Regulatory requirements relating to unlawful acts and dishonesty — "
                    "Sch. 1 para 12")},
        {QStringLiteral("para13"),
         RopaTr::tr("Journalism in connection with unlawful acts and dishonesty — "
                    "Sch. 1 para 13")},
        {QStringLiteral("para14"), RopaTr::tr("Preventing fraud — Sch. 1 para 14")},
        {QStringLiteral("para15"),
         RopaTr::tr("Suspicion of terrorist financing or money laundering — Sch. 1 para 15")},
        {QStringLiteral("para16"),
         RopaTr::tr("Support for individuals with a particular disability or medical condition "
                    "— Sch. 1 para 16")},
        {QStringLiteral("para17"), RopaTr::tr("Counselling — Sch. 1 para 17")},
        {QStringLiteral("para18"),
         RopaTr::tr("Safeguarding of children and of individuals at risk — Sch. 1 para 18")},
        {QStringLiteral("para19"),
         RopaTr::tr("Safeguarding of economic well-being of certain individuals — "
                    "Sch. 1 para 19")},
        {QStringLiteral("para20"), RopaTr::tr("Insurance — Sch. 1 para 20")},
        {QStringLiteral("para21"), RopaTr::tr("Occupational pensions — Sch. 1 para 21")},
        {QStringLiteral("para22"), RopaTr::tr("Political parties — Sch. 1 para 22")},
        {QStringLiteral("para23"),
         RopaTr::tr("Elected representatives responding to requests — Sch. 1 para 23")},
        {QStringLiteral("para24"),
         RopaTr::tr("Disclosure to elected representatives — Sch. 1 para 24")},
        {QStringLiteral("para25"),
         RopaTr::tr("Informing elected representatives about prisoners — Sch. 1 para 25")},
        {QStringLiteral("para26"), RopaTr::tr("Publication of legal judgments — Sch. 1 para 26")},
        {QStringLiteral("para27"), RopaTr::tr("Anti-doping in sport — Sch. 1 para 27")},
        {QStringLiteral("para28"), RopaTr::tr("Standards of behaviour in sport — Sch. 1 para 28")},
        {QStringLiteral("para29"), RopaTr::tr("Consent (criminal offence data) — Sch. 1 para 29")},
        {QStringLiteral("para30"),
         RopaTr::tr("Protecting an individual's vital interests — Sch. 1 para 30")},
        {QStringLiteral("para31"),
         RopaTr::tr("Processing by not-for-profit bodies — Sch. 1 para 31")},
        {QStringLiteral("para32"),
         RopaTr::tr("Personal data in the public domain — Sch. 1 para 32")},
        {QStringLiteral("para33"), RopaTr::tr("Legal claims — Sch. 1 para 33")},
        {QStringLiteral("para34"), RopaTr::tr("Judicial acts — Sch. 1 para 34")},
        {QStringLiteral("para35"),
         RopaTr::tr("Administration of accounts used in commission of indecency offences "
                    "involving children — Sch. 1 para 35")},
        {QStringLiteral("para36"),
         RopaTr::tr("Extension of Part 2 conditions (substantial public interest) — "
                    "Sch. 1 para 36")},
        {QStringLiteral("para37"),
         RopaTr::tr("Extension of insurance conditions — Sch. 1 para 37")}};
    return c;
}

const Choices &transferSafeguard()
{
    static const Choices c{
        {QStringLiteral("adequacy"),
         RopaTr::tr("UK adequacy regulations — UK GDPR Art. 45, DPA 2018 s.17A")},
        {QStringLiteral("legal_instrument"),
         RopaTr::tr("Legally binding instrument between public authorities — Art. 46(2)(a)")},
        {QStringLiteral("bcr"), RopaTr::tr("Binding corporate rules — Art. 46(2)(b), Art. 47")},
        {QStringLiteral("idta"),
         RopaTr::tr("International data transfer agreement (IDTA) — Art. 46(2)(d)")},
        {QStringLiteral("addendum"),
         RopaTr::tr("UK Addendum to the EU standard contractual clauses — Art. 46(2)(d)")},
        {QStringLiteral("code_of_conduct"), RopaTr::tr("Approved code of conduct — Art. 46(2)(e)")},
        {QStringLiteral("certification"), RopaTr::tr("Approved certification — Art. 46(2)(f)")},
        {QStringLiteral("explicit_consent"),
         RopaTr::tr("Exception: explicit consent — Art. 49(1)(a)")},
        {QStringLiteral("contract"),
         RopaTr::tr("Exception: contract with the individual — Art. 49(1)(b)")},
        {QStringLiteral("public_interest"),
         RopaTr::tr("Exception: important reasons of public interest — Art. 49(1)(d)")},
        {QStringLiteral("legal_claims"), RopaTr::tr("Exception: legal claims — Art. 49(1)(e)")},
        {QStringLiteral("vital_interests"),
         RopaTr::tr("Exception: vital interests — Art. 49(1)(f)")},
        {QStringLiteral("public_register"),
         RopaTr::tr("Exception: public register — Art. 49(1)(g)")},
        {QStringLiteral("compelling_interests"),
         RopaTr::tr("Exception: compelling legitimate interests, one-off — Art. 49(1), second "
                    "subparagraph")}};
    return c;
}

const Choices &dpiaRequired()
{
    static const Choices c{{QStringLiteral("yes"), RopaTr::tr("Yes")},
                           {QStringLiteral("no"), RopaTr::tr("No")}};
    return c;
}

const Choices &dpiaProgress()
{
    static const Choices c{{QStringLiteral("not_started"), RopaTr::tr("Not started")},
                           {QStringLiteral("in_progress"), RopaTr::tr("In progress")},
                           {QStringLiteral("complete"), RopaTr::tr("Complete")}};
    return c;
}

const Choices &yesNo()
{
    static const Choices c{{QStringLiteral("1"), RopaTr::tr("Yes")},
                           {QStringLiteral("0"), RopaTr::tr("No")}};
    return c;
}

const Choices *forActivityField(const QString &field)
{
    namespace f = activityField;
    if (field == f::role)
        return &activityRole();
    if (field == f::lawfulBasis)
        return &choices::lawfulBasis();
    if (field == f::art9Condition)
        return &choices::art9Condition();
    if (field == f::schedule1Condition)
        return &schedule1Condition();
    if (field == f::transferSafeguard)
        return &transferSafeguard();
    if (field == f::dpiaRequired)
        return &dpiaRequired();
    if (field == f::dpiaProgress)
        return &dpiaProgress();
    if (field == f::internationalTransfers || field == f::breachOccurred ||
        field == f::specialCategory || field == f::criminalOffence || field == f::retainedPerPolicy)
        return &yesNo();
    return nullptr;
}

} // namespace choices

bool art9NeedsSchedule1(const QString &art9Key)
{
    static const QStringList keys{QStringLiteral("b"), QStringLiteral("g"), QStringLiteral("h"),
                                  QStringLiteral("i"), QStringLiteral("j")};
    return keys.contains(art9Key);
}

} // namespace igw
