#pragma once

#include "register/assets.h"
#include "workspace/recordstore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace igw {

// The retention schedule: one retention class (RC-0001) per kind of record, arranged by
// function then activity as the IRMS Retention Guidelines for Local Authorities arrange
// theirs. Information assets and processing activities point at a class
// (assetField::retentionClassId, activityField::retentionClassId); disposals are written to
// the append-only disposal log (disposal.h), which is not a record kind.
namespace kinds {
const RecordKind &retentionClass();
} // namespace kinds

namespace retentionField {
inline const QString function = QStringLiteral("function");          // e.g. "Finance"
inline const QString activity = QStringLiteral("activity");          // e.g. "Accounts payable"
inline const QString description = QStringLiteral("description");    // the records
inline const QString triggerEvent = QStringLiteral("trigger_event"); // "closure of the case"
inline const QString periodYears = QStringLiteral("period_years");   // after the trigger
inline const QString periodMonths = QStringLiteral("period_months");
inline const QString periodDays = QStringLiteral("period_days");
inline const QString periodKind = QStringLiteral("period_kind");         // see retentionPeriodKind
inline const QString disposalAction = QStringLiteral("disposal_action"); // see retentionAction
inline const QString authorityKind = QStringLiteral("authority_kind");   // see retentionAuthority
inline const QString authority = QStringLiteral("authority"); // "Limitation Act 1980 s.5"
inline const QString ownerPersonId = QStringLiteral("owner_person_id");
inline const QString notes = QStringLiteral("notes");
} // namespace retentionField

namespace retentionPeriodKind {
inline const QString fixed = QStringLiteral("fixed"); // years, months and days after the trigger
inline const QString permanent = QStringLiteral("permanent");
inline const QString untilSuperseded = QStringLiteral("until_superseded");
} // namespace retentionPeriodKind

namespace retentionAction {
inline const QString destroy = QStringLiteral("destroy");
inline const QString review = QStringLiteral("review");
inline const QString transferArchives = QStringLiteral("transfer_archives");
inline const QString retainPermanently = QStringLiteral("retain_permanently");
} // namespace retentionAction

namespace retentionAuthority {
inline const QString statute = QStringLiteral("statute");
inline const QString guideline = QStringLiteral("guideline");
inline const QString businessNeed = QStringLiteral("business_need");
} // namespace retentionAuthority

// How an asset's trigger date is found when it has none of its own.
namespace triggerRule {
inline const QString created = QStringLiteral("created");        // the asset's creation date
inline const QString lastReview = QStringLiteral("last_review"); // its last review
inline const QString closed = QStringLiteral("closed");          // its closed_on date
} // namespace triggerRule

namespace choices {
const Choices &periodKind();     // fixed, permanent, until_superseded
const Choices &disposalAction(); // destroy, review, transfer_archives, retain_permanently
const Choices &authorityKind();  // statute, guideline, business_need
const Choices &triggerRule();    // created, last_review, closed
// What a disposal that happened was: destroy or transfer_archives.
const Choices &disposalDone();
// The list a retention class field's values come from, or nullptr for a free field.
const Choices *forRetentionField(const QString &field);
} // namespace choices

// A class's period in words, translated: "6 years", "1 year 6 months", "31 days",
// "Permanent", "Until superseded"; "No period" when a fixed class has none.
QString periodText(const QVariantMap &classValues);

// "RC-0012 Finance / Accounts payable", for messages and pickers.
QString classTitle(const Record &retentionClass);

// A retention class field's label, translated.
QString retentionFieldLabel(const QString &field);

struct RetentionIssue {
    QString field;
    QString message; // what is wrong and what to do, translated
};

// Checks a class's values as they would be stored: function, activity and description
// given; the period fits its kind (a fixed period has at least one part; permanent and
// until-superseded ones have none); values from the lists; a statute or guideline names
// its authority; a permanent class is not destroyed. Empty when all is well.
QList<RetentionIssue> validateRetentionClass(const QVariantMap &values);

// Text and number limits, shared by the import and the checks.
namespace retentionLimits {
constexpr int maxYears = 200;
constexpr int maxMonths = 2400;
constexpr int maxDays = 73000;
constexpr int maxTextLength = 4000; // characters in any one text field
} // namespace retentionLimits

} // namespace igw
