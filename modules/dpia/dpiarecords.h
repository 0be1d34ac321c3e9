#pragma once

#include "register/assets.h"
#include "workspace/recordstore.h"

#include <QString>

namespace igw {

// Data protection impact assessments (UK GDPR Art. 35): screenings (SC-0001), DPIAs
// (DP-0001) with their risks (RK-0001) and measures (MS-0001). Versions, attachments and
// comments are not record kinds: see versions.h, attachments.h.
namespace kinds {
const RecordKind &screening();
const RecordKind &dpia();
const RecordKind &risk();
const RecordKind &measure();
} // namespace kinds

namespace screeningField {
inline const QString title = QStringLiteral("title");
inline const QString activityId = QStringLiteral("activity_id");
inline const QString answers = QStringLiteral("answers"); // JSON {question id: yes|no|unsure}
inline const QString outcome = QStringLiteral("outcome"); // required|recommended|not_required
inline const QString reasons = QStringLiteral("reasons"); // one reason a line, translated
inline const QString bankVersion = QStringLiteral("bank_version");
inline const QString notes = QStringLiteral("notes");
} // namespace screeningField

namespace dpiaField {
inline const QString title = QStringLiteral("title");
inline const QString status = QStringLiteral("status"); // see choices::dpiaStatus()
inline const QString version = QStringLiteral("version");
inline const QString bankVersion = QStringLiteral("bank_version");
inline const QString matrix = QStringLiteral("matrix"); // ico3 | cnil4
inline const QString summary = QStringLiteral("summary");
// JSON {question id: rich text (HTML)}; the question bank says what each id asks.
inline const QString answers = QStringLiteral("answers");
inline const QString ownerPersonId = QStringLiteral("owner_person_id");
inline const QString screeningId = QStringLiteral("screening_id");
inline const QString reviewDate = QStringLiteral("review_date"); // ISO date
inline const QString rejectionReason = QStringLiteral("rejection_reason");
inline const QString dpoAdvice = QStringLiteral("dpo_advice");
inline const QString dpoAdviceDecision =
    QStringLiteral("dpo_advice_decision"); // accepted|overruled
inline const QString dpoOverruleReason = QStringLiteral("dpo_overrule_reason");
inline const QString individualsViews = QStringLiteral("individuals_views");
inline const QString consultationDepartureReason = QStringLiteral("consultation_departure_reason");
inline const QString art36Decision = QStringLiteral("art36_decision"); // consult_ico|not_required
inline const QString art36Reason = QStringLiteral("art36_reason");
// JSON {role key: {"name", "position", "date"}}; role keys in signoffRoles().
inline const QString signoffs = QStringLiteral("signoffs");
inline const QString source = QStringLiteral("source"); // e.g. "cnil-pia" for an import
inline const QString importedNotes = QStringLiteral("imported_notes"); // what could not be mapped
inline const QString notes = QStringLiteral("notes");
// Link sets: the processing activities and assets the DPIA covers.
inline const QString activityIds = QStringLiteral("activity_ids");
inline const QString assetIds = QStringLiteral("asset_ids");
} // namespace dpiaField

namespace riskField {
inline const QString dpiaId = QStringLiteral("dpia_id");
inline const QString title = QStringLiteral("title");   // source of the risk
inline const QString impact = QStringLiteral("impact"); // nature of the impact on individuals
inline const QString fearedEvent = QStringLiteral("feared_event"); // CNIL's three, optional
inline const QString likelihood = QStringLiteral("likelihood");    // 1..levels, inherent
inline const QString severity = QStringLiteral("severity");
inline const QString residualLikelihood = QStringLiteral("residual_likelihood");
inline const QString residualSeverity = QStringLiteral("residual_severity");
inline const QString sortOrder = QStringLiteral("sort_order");
inline const QString notes = QStringLiteral("notes");
} // namespace riskField

namespace measureField {
inline const QString dpiaId = QStringLiteral("dpia_id");
inline const QString riskId = QStringLiteral("risk_id"); // null: a measure for the whole DPIA
inline const QString title = QStringLiteral("title");
inline const QString description = QStringLiteral("description");
inline const QString effect = QStringLiteral("effect"); // eliminate | reduce | accept
inline const QString ownerPersonId = QStringLiteral("owner_person_id");
inline const QString ownerName = QStringLiteral("owner_name"); // when not in the directory
inline const QString dueDate = QStringLiteral("due_date");     // ISO date
inline const QString approved = QStringLiteral("approved");    // 0/1
inline const QString status = QStringLiteral("status");        // planned|in_progress|done
inline const QString notes = QStringLiteral("notes");
} // namespace measureField

namespace choices {
const Choices &dpiaStatus();        // draft, in_review, dpo_review, approved, rejected, review_due
const Choices &screeningOutcome();  // required, recommended, not_required
const Choices &measureEffect();     // eliminate, reduce, accept
const Choices &measureStatus();     // planned, in_progress, done
const Choices &art36Decision();     // consult_ico, not_required
const Choices &dpoAdviceDecision(); // accepted, overruled
const Choices &fearedEvent();       // illegitimate_access, unwanted_modification, disappearance
// Step 7 of the ICO template: who signs what. Keys: measures_approved, residual_approved,
// dpo_advice, consultation_reviewed, kept_under_review.
const Choices &signoffRoles();
} // namespace choices

} // namespace igw
