#pragma once

#include "workspace/recordstore.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace igw {

// The information asset register (IA-0001) and information flows (FL-0001).
namespace kinds {
const RecordKind &asset();
const RecordKind &flow();
} // namespace kinds

namespace assetField {
inline const QString name = QStringLiteral("name");
inline const QString description = QStringLiteral("description");
inline const QString businessFunction = QStringLiteral("business_function");
inline const QString ownerPersonId = QStringLiteral("owner_person_id");                 // IAO
inline const QString administratorPersonId = QStringLiteral("administrator_person_id"); // IAA
inline const QString systemLocation = QStringLiteral("system_location");
inline const QString hostingCountry = QStringLiteral("hosting_country");
inline const QString format = QStringLiteral("format");
inline const QString containsPersonalData = QStringLiteral("contains_personal_data");
inline const QString dataSubjectCategories = QStringLiteral("data_subject_categories");
inline const QString personalDataCategories = QStringLiteral("personal_data_categories");
inline const QString specialCategory = QStringLiteral("special_category");
inline const QString art9Condition = QStringLiteral("art9_condition");
inline const QString criminalOffence = QStringLiteral("criminal_offence");
inline const QString volumeRecords = QStringLiteral("volume_records");
inline const QString volumeIndividuals = QStringLiteral("volume_individuals");
inline const QString securityClassification = QStringLiteral("security_classification");
inline const QString criticality = QStringLiteral("criticality");
inline const QString accessControls = QStringLiteral("access_controls");
inline const QString lawfulBasis = QStringLiteral("lawful_basis");
inline const QString retentionClass = QStringLiteral("retention_class");
inline const QString status = QStringLiteral("status");
inline const QString lastReview = QStringLiteral("last_review"); // ISO yyyy-MM-dd
inline const QString nextReview = QStringLiteral("next_review"); // ISO yyyy-MM-dd
inline const QString notes = QStringLiteral("notes");
// Set by the retention module (schema v7): the asset's retention class, when its retention
// period starts (a date of its own, or a rule naming one of its dates: triggerRule), when its
// records were closed, and a legal hold that suspends disposal.
inline const QString retentionClassId = QStringLiteral("retention_class_id");
inline const QString triggerDate = QStringLiteral("trigger_date"); // ISO yyyy-MM-dd
inline const QString triggerRule = QStringLiteral("trigger_rule"); // created, last_review, closed
inline const QString closedOn = QStringLiteral("closed_on");       // ISO yyyy-MM-dd
inline const QString legalHold = QStringLiteral("legal_hold");     // 1: on hold; 0/NULL: not
inline const QString legalHoldReason = QStringLiteral("legal_hold_reason");
} // namespace assetField

namespace flowField {
inline const QString title = QStringLiteral("title");
inline const QString fromAssetId = QStringLiteral("from_asset_id");
inline const QString fromOrgId = QStringLiteral("from_org_id");
inline const QString toAssetId = QStringLiteral("to_asset_id");
inline const QString toOrgId = QStringLiteral("to_org_id");
inline const QString dataItems = QStringLiteral("data_items");
inline const QString purpose = QStringLiteral("purpose");
inline const QString transferMethod = QStringLiteral("transfer_method");
inline const QString frequency = QStringLiteral("frequency");
inline const QString volume = QStringLiteral("volume");
inline const QString encryptedInTransit = QStringLiteral("encrypted_in_transit");
inline const QString lawfulBasis = QStringLiteral("lawful_basis");
inline const QString agreementRef = QStringLiteral("agreement_ref"); // linked by the sharing module
inline const QString riskRating = QStringLiteral("risk_rating");
inline const QString notes = QStringLiteral("notes");
} // namespace flowField

// A fixed list of choices: stored key and translated label (with the legal citation where
// there is one), in display order.
using Choices = QList<QPair<QString, QString>>;
namespace choices {
const Choices &securityClassification(); // OFFICIAL ... TOP SECRET (keys are the markings)
const Choices &assetFormat();            // electronic, paper, both
const Choices &assetStatus();            // live, archived, disposed
const Choices &criticality();            // low, medium, high, critical
const Choices &lawfulBasis();            // Art. 6(1)(a)-(f): consent ... legitimate_interests
const Choices &art9Condition();          // Art. 9(2)(a)-(j): a ... j
const Choices &transferMethod();         // secure_email, sftp, api, portal, ...
const Choices &frequency();              // one_off, daily, ...
const Choices &riskRating();             // low, medium, high
// created, last_review, closed: the asset date a retention period starts from (schema v7).
const Choices &assetTriggerRule();
QString label(const Choices &list, const QString &key); // key itself when unknown
// The list an asset field's values come from, or nullptr for a free field.
const Choices *forAssetField(const QString &field);
// Matches a user's text (key, label, or a common spelling) to a key; empty if none.
QString match(const Choices &list, const QString &text);
} // namespace choices

// Multi-valued vocabulary fields are stored as terms joined by "; ".
QStringList splitTerms(const QString &stored);
QString joinTerms(const QStringList &terms);

enum class ReviewState { NotSet, Ok, DueSoon, Overdue };
// DueSoon: within `soonDays` of today.
ReviewState reviewState(const QVariant &nextReview, const QDate &today, int soonDays = 30);

} // namespace igw
