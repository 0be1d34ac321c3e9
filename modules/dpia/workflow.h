#pragma once

#include "workspace/recordstore.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace igw {

class Workspace;
struct RecordKind;

// The DPIA review workflow:
//   draft -> in_review -> dpo_review -> approved | rejected (a reason is required)
//   in_review -> draft and dpo_review -> in_review (sent back); rejected -> draft;
//   approved -> review_due (markReviewsDue(), when the review date has passed);
//   approved | review_due -> draft starts a new version (version + 1).
// Approving freezes the version (versions.h) and, when no review date is set, sets one a year
// ahead. Editing an approved DPIA, or its risks and measures, through the functions below also
// starts a new version; the new version's sign-offs start empty, because the people signed
// what the previous version said (the frozen snapshot keeps them).
// Every change runs in one WriteTransaction through RecordStore, so it is audited.
namespace dpiaStatus {
inline const QString draft = QStringLiteral("draft");
inline const QString inReview = QStringLiteral("in_review");
inline const QString dpoReview = QStringLiteral("dpo_review");
inline const QString approved = QStringLiteral("approved");
inline const QString rejected = QStringLiteral("rejected");
inline const QString reviewDue = QStringLiteral("review_due");
} // namespace dpiaStatus

namespace workflow {

// The statuses a DPIA in `from` may move to, in the order a UI offers them.
QStringList allowedTransitions(const QString &from);
// True when the status is a frozen one (approved, review_due): editing starts a new version.
bool isFrozen(const QString &status);

// True when any risk's residual likelihood and severity fall in the High band of the DPIA's
// matrix: the controller must consult the ICO before processing (UK GDPR Art. 36(1)).
bool art36Required(Workspace &workspace, qint64 dpiaId);
// Everything that stops approval, translated, one sentence each (empty: may be approved):
// every risk scored inherent and residual on the matrix; sign-offs for measures, residual
// risks and DPO advice with name, position and date; the DPO's advice and whether it was
// accepted (reasons when overruled); the required questions answered; and, when a residual
// risk is high, the Art. 36 decision recorded as "consult the ICO" with its reason.
QStringList approvalBlockers(Workspace &workspace, qint64 dpiaId);

// Moves the DPIA to `to`; `reason` is required for rejected (stored as rejection_reason).
// False with a translated *error when the move is not allowed or approval is blocked.
bool transition(Workspace &workspace, qint64 dpiaId, const QString &to, const QString &reason,
                QString *error);

// Approved DPIAs whose review date is before `today` become review_due; returns how many
// (-1 with *error on failure).
int markReviewsDue(Workspace &workspace, const QDate &today, QString *error);

// Makes the DPIA editable: an approved or review-due DPIA becomes a draft of the next version
// (*newVersion true). Other statuses are left alone.
bool beginEdit(Workspace &workspace, qint64 dpiaId, QString *error, bool *newVersion = nullptr);

} // namespace workflow

// Edits that respect the workflow: each starts a new version of an approved DPIA first.
bool updateDpia(Workspace &workspace, qint64 dpiaId, const QVariantMap &changes, QString *error);
// For risks and measures (`kind` is kinds::risk() or kinds::measure(); values hold dpia_id).
std::optional<Record> addToDpia(Workspace &workspace, const RecordKind &kind,
                                const QVariantMap &values, QString *error);
bool updateInDpia(Workspace &workspace, const RecordKind &kind, qint64 id,
                  const QVariantMap &changes, QString *error);
bool removeFromDpia(Workspace &workspace, const RecordKind &kind, qint64 id, QString *error);

} // namespace igw
