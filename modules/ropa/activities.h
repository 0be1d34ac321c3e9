#pragma once

#include "register/assets.h"
#include "workspace/recordstore.h"

#include <QString>

namespace igw {

// The record of processing activities (UK GDPR Art. 30): one record per processing
// activity (PA-0001), either as controller (Art. 30(1)) or as processor (Art. 30(2)).
namespace kinds {
const RecordKind &activity();
} // namespace kinds

namespace activityField {
inline const QString role = QStringLiteral("role"); // controller | processor
inline const QString name = QStringLiteral("name");
inline const QString businessFunction = QStringLiteral("business_function");
inline const QString purpose = QStringLiteral("purpose");
inline const QString jointController = QStringLiteral("joint_controller");
// "Ask once": categories come from the linked assets; these hold the user's own additions
// and the proposed terms the user struck out (terms joined by "; ").
inline const QString subjectCategoriesExtra = QStringLiteral("subject_categories_extra");
inline const QString subjectCategoriesExcluded = QStringLiteral("subject_categories_excluded");
inline const QString dataCategoriesExtra = QStringLiteral("data_categories_extra");
inline const QString dataCategoriesExcluded = QStringLiteral("data_categories_excluded");
inline const QString recipientCategories = QStringLiteral("recipient_categories");
inline const QString processorContract = QStringLiteral("processor_contract");
inline const QString internationalTransfers = QStringLiteral("international_transfers"); // 0/1
inline const QString thirdCountries = QStringLiteral("third_countries");
inline const QString transferSafeguard = QStringLiteral("transfer_safeguard");
inline const QString retentionSchedule = QStringLiteral("retention_schedule");
inline const QString securityMeasures = QStringLiteral("security_measures");
inline const QString lawfulBasis = QStringLiteral("lawful_basis");
inline const QString art9Condition = QStringLiteral("art9_condition");
inline const QString legitimateInterests = QStringLiteral("legitimate_interests");
inline const QString liaLink = QStringLiteral("lia_link");
inline const QString rightsAvailable = QStringLiteral("rights_available");
inline const QString automatedDecisions = QStringLiteral("automated_decisions");
inline const QString dataSource = QStringLiteral("data_source");
inline const QString consentLink = QStringLiteral("consent_link");
inline const QString dataLocation = QStringLiteral("data_location");
inline const QString dpiaRequired = QStringLiteral("dpia_required"); // yes | no
inline const QString dpiaProgress = QStringLiteral("dpia_progress");
inline const QString dpiaLink = QStringLiteral("dpia_link");
inline const QString breachOccurred = QStringLiteral("breach_occurred"); // 0/1
inline const QString breachLink = QStringLiteral("breach_link");
inline const QString specialCategory = QStringLiteral("special_category"); // own flag, 0/1
inline const QString criminalOffence = QStringLiteral("criminal_offence"); // own flag, 0/1
inline const QString schedule1Condition = QStringLiteral("schedule1_condition");
inline const QString erasurePolicy = QStringLiteral("erasure_policy");
inline const QString retainedPerPolicy = QStringLiteral("retained_per_policy"); // 0/1
inline const QString policyDeviation = QStringLiteral("policy_deviation");
inline const QString processingCategories = QStringLiteral("processing_categories"); // 30(2)(b)
inline const QString controllerDetails = QStringLiteral("controller_details");       // 30(2)(a)
inline const QString lastReview = QStringLiteral("last_review"); // ISO yyyy-MM-dd
inline const QString notes = QStringLiteral("notes");
// Link sets (ids joined by ";"): the assets the activity uses, the recipient organisations,
// and for processor records the controllers we act for.
inline const QString assetIds = QStringLiteral("asset_ids");
inline const QString recipientOrgIds = QStringLiteral("recipient_org_ids");
inline const QString controllerOrgIds = QStringLiteral("controller_org_ids");
// Set by the retention module (schema v7): the class of the retention schedule that applies.
inline const QString retentionClassId = QStringLiteral("retention_class_id");
} // namespace activityField

namespace choices {
const Choices &activityRole();       // controller, processor
const Choices &schedule1Condition(); // DPA 2018 Sch. 1 paragraphs: para1 ... para37
const Choices &transferSafeguard();  // Art. 45 adequacy, Art. 46 safeguards, Art. 49 derogations
const Choices &dpiaRequired();       // yes, no
const Choices &dpiaProgress();       // not_started, in_progress, complete
const Choices &yesNo();              // "1", "0" (for the 0/1 flags)
// The list an activity field's values come from, or nullptr for a free field.
const Choices *forActivityField(const QString &field);
} // namespace choices

// Art. 9(2) conditions that need a DPA 2018 Schedule 1 condition as well (s.10(1)-(3)):
// (b) employment, (g) substantial public interest, (h) health or social care,
// (i) public health, (j) archiving and research.
bool art9NeedsSchedule1(const QString &art9Key);

} // namespace igw
