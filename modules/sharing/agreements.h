#pragma once

#include "register/assets.h"
#include "workspace/recordstore.h"

#include <QString>
#include <QStringList>

namespace igw {

// Information sharing agreements (ISA-0001) between our organisation and its partners, as
// the ICO's Data Sharing Code of Practice expects them, and their parties (AP-0001).
// Signatures and frozen versions are not record kinds: see signatures.h, agreementversions.h.
namespace kinds {
const RecordKind &agreement();
const RecordKind &agreementParty();
} // namespace kinds

namespace agreementField {
inline const QString title = QStringLiteral("title");
inline const QString purpose = QStringLiteral("purpose");
inline const QString benefits = QStringLiteral("benefits");
inline const QString dataSubjects = QStringLiteral("data_subjects");    // terms joined by "; "
inline const QString lawfulBasis = QStringLiteral("lawful_basis_art6"); // choices::lawfulBasis()
inline const QString art9Condition = QStringLiteral("art9_condition");  // choices::art9Condition()
inline const QString schedule1Condition =
    QStringLiteral("schedule1_condition");            // choices::schedule1Condition()
inline const QString art10 = QStringLiteral("art10"); // choices::art10Basis()
inline const QString statutoryGateway = QStringLiteral("statutory_gateway");
inline const QString informingIndividuals = QStringLiteral("informing_individuals");
inline const QString rightsHandling = QStringLiteral("rights_handling");
inline const QString foiHandling = QStringLiteral("foi_handling");
inline const QString complaintsHandling = QStringLiteral("complaints_handling");
inline const QString dataQuality = QStringLiteral("data_quality");
inline const QString security = QStringLiteral("security");
inline const QString retentionDeletion = QStringLiteral("retention_deletion");
inline const QString breachHandling = QStringLiteral("breach_handling");
inline const QString onwardSharing = QStringLiteral("onward_sharing");
inline const QString reviewArrangements = QStringLiteral("review_arrangements");
inline const QString variation = QStringLiteral("variation");
inline const QString termination = QStringLiteral("termination");
inline const QString status = QStringLiteral("status");          // see agreementStatus
inline const QString version = QStringLiteral("version");        // from 1
inline const QString startDate = QStringLiteral("start_date");   // ISO date
inline const QString reviewDate = QStringLiteral("review_date"); // ISO date
inline const QString endDate = QStringLiteral("end_date");       // ISO date
inline const QString terminatedReason = QStringLiteral("terminated_reason");
// JSON {section id: rich text (HTML)}: the organisation's own text under a section.
inline const QString sectionAdditions = QStringLiteral("section_additions");
// JSON {clause id: plain text}: this agreement's own wording of a library clause.
inline const QString clauseOverrides = QStringLiteral("clause_overrides");
inline const QString libraryVersion = QStringLiteral("library_version");
inline const QString notes = QStringLiteral("notes");
// Link sets: the information assets, flows and processing activities the agreement covers.
// Together they are the data items shared (the schedule of the agreement).
inline const QString assetIds = QStringLiteral("asset_ids");
inline const QString flowIds = QStringLiteral("flow_ids");
inline const QString activityIds = QStringLiteral("activity_ids");
} // namespace agreementField

namespace partyField {
inline const QString agreementId = QStringLiteral("agreement_id");
inline const QString orgId = QStringLiteral("org_id"); // null: our own organisation
inline const QString role = QStringLiteral("role");    // choices::partyRole()
inline const QString signatoryName = QStringLiteral("signatory_name");
inline const QString signatoryRole = QStringLiteral("signatory_role");
inline const QString contact = QStringLiteral("contact"); // single point of contact
inline const QString sortOrder = QStringLiteral("sort_order");
} // namespace partyField

namespace agreementStatus {
inline const QString draft = QStringLiteral("draft");
inline const QString outForSignature = QStringLiteral("out_for_signature");
inline const QString active = QStringLiteral("active");
inline const QString reviewDue = QStringLiteral("review_due");
inline const QString expired = QStringLiteral("expired");
inline const QString terminated = QStringLiteral("terminated");
} // namespace agreementStatus

namespace choices {
// draft, out_for_signature, active, review_due, expired, terminated
const Choices &agreementStatus();
const Choices &partyRole(); // controller, joint_controller, processor (with the articles)
// UK GDPR Art. 10 for criminal offence data: official_authority, schedule1 (DPA 2018 s.10(5)).
const Choices &art10Basis();
// The list an agreement field's values come from (Art. 6 and 9 from the register,
// Schedule 1 from the ROPA), or nullptr for a free field.
const Choices *forAgreementField(const QString &field);
} // namespace choices

// The fields whose change after sending for signature starts a new version: the lawful basis
// (Art. 6, 9 and 10, Schedule 1, the statutory gateway) and the data shared (the subjects and
// the linked assets, flows and activities).
const QStringList &versionedAgreementFields();

// A field's label as the UI and reports show it, translated.
QString agreementFieldLabel(const QString &field);

} // namespace igw
