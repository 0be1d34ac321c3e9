#include "sharing/agreements.h"

#include "ropa/activities.h"
#include "sharing/sharingtr.h"

namespace igw {

namespace kinds {

const RecordKind &agreement()
{
    using namespace agreementField;
    static const RecordKind kind{QStringLiteral("agreements"),
                                 QStringLiteral("ISA"),
                                 QStringLiteral("agreements"),
                                 {title,
                                  purpose,
                                  benefits,
                                  dataSubjects,
                                  lawfulBasis,
                                  art9Condition,
                                  schedule1Condition,
                                  art10,
                                  statutoryGateway,
                                  informingIndividuals,
                                  rightsHandling,
                                  foiHandling,
                                  complaintsHandling,
                                  dataQuality,
                                  security,
                                  retentionDeletion,
                                  breachHandling,
                                  onwardSharing,
                                  reviewArrangements,
                                  variation,
                                  termination,
                                  status,
                                  version,
                                  startDate,
                                  reviewDate,
                                  endDate,
                                  terminatedReason,
                                  sectionAdditions,
                                  clauseOverrides,
                                  libraryVersion,
                                  notes},
                                 title,
                                 {},
                                 {{assetIds, QStringLiteral("agreement_assets"),
                                   QStringLiteral("agreement_id"), QStringLiteral("asset_id")},
                                  {flowIds, QStringLiteral("agreement_flows"),
                                   QStringLiteral("agreement_id"), QStringLiteral("flow_id")},
                                  {activityIds, QStringLiteral("agreement_activities"),
                                   QStringLiteral("agreement_id"), QStringLiteral("activity_id")}}};
    return kind;
}

const RecordKind &agreementParty()
{
    using namespace partyField;
    static const RecordKind kind{
        QStringLiteral("agreement_parties"),
        QStringLiteral("AP"),
        QStringLiteral("parties"),
        {agreementId, orgId, role, signatoryName, signatoryRole, contact, sortOrder},
        signatoryName};
    return kind;
}

} // namespace kinds

namespace choices {

const Choices &agreementStatus()
{
    static const Choices c{
        {QStringLiteral("draft"), SharingTr::tr("Draft")},
        {QStringLiteral("out_for_signature"), SharingTr::tr("Out for signature")},
        {QStringLiteral("active"), SharingTr::tr("Active")},
        {QStringLiteral("review_due"), SharingTr::tr("Review due")},
        {QStringLiteral("expired"), SharingTr::tr("Expired")},
        {QStringLiteral("terminated"), SharingTr::tr("Terminated")}};
    return c;
}

const Choices &partyRole()
{
    static const Choices c{
        {QStringLiteral("controller"), SharingTr::tr("Controller — UK GDPR Art. 4(7)")},
        {QStringLiteral("joint_controller"), SharingTr::tr("Joint controller — UK GDPR Art. 26")},
        {QStringLiteral("processor"), SharingTr::tr("Processor — UK GDPR Art. 28")}};
    return c;
}

const Choices &art10Basis()
{
    static const Choices c{
        {QStringLiteral("official_authority"),
         SharingTr::tr("Under the control of official authority — UK GDPR Art. 10")},
        {QStringLiteral("schedule1"),
         SharingTr::tr("Authorised by law: a condition in DPA 2018 Sch. 1 Parts 1-3 — s.10(5)")}};
    return c;
}

const Choices *forAgreementField(const QString &field)
{
    namespace f = agreementField;
    if (field == f::lawfulBasis)
        return &lawfulBasis();
    if (field == f::art9Condition)
        return &art9Condition();
    if (field == f::schedule1Condition)
        return &schedule1Condition();
    if (field == f::art10)
        return &art10Basis();
    if (field == f::status)
        return &agreementStatus();
    return nullptr;
}

} // namespace choices

const QStringList &versionedAgreementFields()
{
    namespace f = agreementField;
    static const QStringList fields{f::lawfulBasis, f::art9Condition,    f::schedule1Condition,
                                    f::art10,       f::statutoryGateway, f::dataSubjects,
                                    f::assetIds,    f::flowIds,          f::activityIds};
    return fields;
}

QString agreementFieldLabel(const QString &field)
{
    namespace f = agreementField;
    static const QHash<QString, QString> labels{
        {f::title, SharingTr::tr("Title")},
        {f::purpose, SharingTr::tr("Purpose of the sharing")},
        {f::benefits, SharingTr::tr("Benefits expected")},
        {f::dataSubjects, SharingTr::tr("Data subjects")},
        {f::lawfulBasis, SharingTr::tr("Lawful basis (UK GDPR Art. 6)")},
        {f::art9Condition, SharingTr::tr("Special category condition (UK GDPR Art. 9)")},
        {f::schedule1Condition, SharingTr::tr("DPA 2018 Schedule 1 condition")},
        {f::art10, SharingTr::tr("Criminal offence data (UK GDPR Art. 10)")},
        {f::statutoryGateway, SharingTr::tr("Statutory gateway")},
        {f::informingIndividuals, SharingTr::tr("Informing individuals")},
        {f::rightsHandling, SharingTr::tr("Individuals' rights")},
        {f::foiHandling, SharingTr::tr("Freedom of information requests")},
        {f::complaintsHandling, SharingTr::tr("Complaints")},
        {f::dataQuality, SharingTr::tr("Data quality")},
        {f::security, SharingTr::tr("Security")},
        {f::retentionDeletion, SharingTr::tr("Retention and deletion")},
        {f::breachHandling, SharingTr::tr("Personal data breaches")},
        {f::onwardSharing, SharingTr::tr("Onward sharing")},
        {f::reviewArrangements, SharingTr::tr("Review arrangements")},
        {f::variation, SharingTr::tr("Variation")},
        {f::termination, SharingTr::tr("Termination")},
        {f::status, SharingTr::tr("Status")},
        {f::version, SharingTr::tr("Version")},
        {f::startDate, SharingTr::tr("Start date")},
        {f::reviewDate, SharingTr::tr("Review date")},
        {f::endDate, SharingTr::tr("End date")},
        {f::terminatedReason, SharingTr::tr("Reason for termination")},
        {f::sectionAdditions, SharingTr::tr("Additions to the sections")},
        {f::clauseOverrides, SharingTr::tr("Clauses reworded for this agreement")},
        {f::libraryVersion, SharingTr::tr("Clause library version")},
        {f::notes, SharingTr::tr("Notes")},
        {f::assetIds, SharingTr::tr("Information assets shared")},
        {f::flowIds, SharingTr::tr("Information flows covered")},
        {f::activityIds, SharingTr::tr("Processing activities covered")}};
    return labels.value(field, field);
}

} // namespace igw
