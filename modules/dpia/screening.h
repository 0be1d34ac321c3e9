#pragma once

#include "workspace/recordstore.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {

class Workspace;

// DPIA screening: does this processing need a DPIA (UK GDPR Art. 35)? The questionnaire has
// three groups with stable ids:
//   art35.*  the three cases of Art. 35(3), where a DPIA is always required;
//   ico.*    the ICO's ten kinds of processing likely to result in high risk (Art. 35(4));
//            six of them count only "when combined with any other criterion from WP248";
//   wp248.*  the nine criteria of the EDPB-endorsed WP248 rev.01 guidelines.
// Answers are "yes", "no" or "unsure"; a missing answer counts as "no".
//
// Outcome rule (evaluate()):
//   - any Art. 35(3) "yes"                                   -> required;
//   - an ICO-list "yes"                                      -> required, except that for the
//     "combined" kinds it is required only when at least one WP248 criterion is also "yes",
//     and otherwise recommended;
//   - two or more WP248 "yes"                                -> required; exactly one ->
//   recommended;
//   - any "unsure" raises not_required to recommended;
//   - otherwise                                              -> not required.
// The strongest outcome wins. Each criterion that counted gives one reason line naming it
// and its citation, so the screening record says why.
namespace screening {

inline const QString yes = QStringLiteral("yes");
inline const QString no = QStringLiteral("no");
inline const QString unsure = QStringLiteral("unsure");
inline const QString required = QStringLiteral("required");
inline const QString recommended = QStringLiteral("recommended");
inline const QString notRequired = QStringLiteral("not_required");
// The questionnaire's version, stored in screeningField::bankVersion.
inline const QString questionnaireVersion = QStringLiteral("ico-wp248-2018.1");

enum class Group { Art35, IcoList, Wp248 };

struct Question {
    QString id;              // e.g. "wp248.sensitive_data"
    Group group;             // which list it comes from
    QString title;           // short name, used in reasons
    QString text;            // the question asked
    QString guidance;        // what counts, in plain English
    QString citation;        // "UK GDPR Art. 35(3)(b)"
    bool needsWp248 = false; // ICO kinds that count only with a WP248 criterion
};

const QList<Question> &questions(); // Art. 35(3), then the ICO list, then WP248
const Question *question(const QString &id);
QString groupTitle(Group group);

using Answers = QMap<QString, QString>; // question id -> yes | no | unsure

struct Result {
    QString outcome;     // required | recommended | not_required
    QStringList reasons; // one line each, translated, citing the criterion
};
Result evaluate(const Answers &answers);

Answers decodeAnswers(const QVariant &stored); // unknown ids and values dropped
QString encodeAnswers(const Answers &answers);

// What the ROPA already tells about an activity, as proposed answers the user confirms:
// special category or criminal offence data -> wp248.sensitive_data; children, vulnerable
// adults, pupils, service users or employees -> wp248.vulnerable_subjects; CCTV images ->
// wp248.systematic_monitoring; many individuals -> wp248.large_scale; automated decisions
// -> unsure on the automated-decision criteria.
struct Proposal {
    QString questionId;
    QString answer; // yes | unsure
    QString why;    // translated: what in the ROPA suggests it
};
QList<Proposal> propose(Workspace &workspace, qint64 activityId);

} // namespace screening

// Saves a screening (SC-) for an activity with its outcome and reasons. Invalid answers
// (unknown ids or values) are refused. The activity's "DPIA required?" is filled in when it
// is blank (required -> yes, not required -> no); a value the user gave is never changed.
std::optional<Record> saveScreening(Workspace &workspace, qint64 activityId,
                                    const screening::Answers &answers, const QString &title,
                                    QString *error);

// Starts a draft DPIA (DP-) from a screening: linked to the screening's activity and that
// activity's assets, screening_id set, the current question bank's version, the ICO matrix,
// and the answers pre-filled from the ROPA (see prefill.h), 1.why_dpia from the reasons.
std::optional<Record> startDpiaFromScreening(Workspace &workspace, qint64 screeningId,
                                             QString *error);

} // namespace igw
