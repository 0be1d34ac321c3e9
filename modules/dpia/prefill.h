#pragma once

#include "dpia/dpiaanswers.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {

class Workspace;
struct QuestionBank;

// Pre-filling a DPIA from what the ROPA and the register already hold, so the officer
// confirms or edits rather than retypes. Each question in the bank may name a prefill key
// (prefillKeys() in questionbank.h); the proposal for a key is plain text built from the
// DPIA's linked processing activities (purposes, effective categories of individuals and
// data, special category data with its Art. 9 and Schedule 1 conditions, recipients,
// transfers with countries and safeguard, retention, security measures, lawful basis with
// its citation, data source) and assets (systems and hosting, volume), and the screening's
// reasons. Applying proposals fills only EMPTY answers: the officer's text is never replaced.
namespace prefill {

struct Sources {
    QList<qint64> activityIds;
    QList<qint64> assetIds; // besides the activities' own assets
    QString screeningReasons;
};

// The sources of a stored DPIA: its links and its screening's reasons.
Sources sourcesOf(Workspace &workspace, qint64 dpiaId);
// Prefill key -> plain text; keys with nothing to propose are absent.
QMap<QString, QString> proposalsByKey(Workspace &workspace, const Sources &sources);
// Question id -> plain text, for the bank's questions whose key has a proposal.
QMap<QString, QString> proposals(Workspace &workspace, const Sources &sources,
                                 const QuestionBank &bank);

// Fills the blank answers of `answers` with the proposals (as HTML); returns the question
// ids it filled. Answers with text are left exactly as they are.
QStringList fillEmptyAnswers(DpiaAnswers *answers, const QMap<QString, QString> &proposals);

// Applies the proposals to a stored DPIA in one write (an approved DPIA starts a new version,
// see workflow.h); returns the question ids filled, nullopt with *error on failure.
std::optional<QStringList> applyToDpia(Workspace &workspace, qint64 dpiaId, QString *error);

} // namespace prefill

} // namespace igw
