#pragma once

#include "dpia/cnilpiafile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace igw::cnil {

// One line of "what went where": a CNIL answer or evaluation and its place in our DPIA.
struct MappingRow {
    QString cnil;   // "212", "2.1.212", "3.1.101"
    QString label;  // the CNIL question, item or measure, translated
    QString target; // "4.lawful_basis", or a phrase: "risk ... (impact)", "imported notes"
};

struct PlannedRisk {
    QString fearedEvent;
    QVariantMap values; // riskField values, dpia_id left for the writer
};

struct PlannedMeasure {
    qint64 cnilId = 0;
    bool actionPlan = false; // evaluated "improvable": the CNIL's action plan
    QVariantMap values;      // measureField values, dpia_id left for the writer
};

struct PlanOptions {
    QString bankVersion; // the question bank the answers are keyed for
    QString sourceName;  // the file's name, for the imported notes
    int matrixLevels = 4;
};

// What the import will write, worked out from the file alone (the check pass): the DPIA's
// values, its risks and measures, and the report of what went where.
struct Plan {
    QVariantMap dpia; // dpiaField values
    QList<PlannedRisk> risks;
    QList<PlannedMeasure> measures;
    QList<MappingRow> mapping;
    QStringList notes; // the entries written to imported_notes, one label each
    QList<Problem> problems;
    int answersToQuestions = 0;
    int answersToRisks = 0;
    int answersToNotes = 0;
    int emptyAnswers = 0;
};

// The choices, in short (the reasons are at each step in cnilpiaplan.cpp):
// - Answers: text answers are sanitised HTML (cnilhtml.h); list answers become lists.
// - Risks: one per feared event with answers or an evaluation. The CNIL estimates severity
//   and likelihood "according to ... planned controls", so its answer gauges are already a
//   view after measures; the evaluator may set new gauges for the risk after the action
//   plan. We record the evaluator's gauges as the residual score when present, else the
//   answers' gauges, and the answers' gauges as the inherent score: the CNIL never scores a
//   risk before controls, so inherent equals residual unless the evaluator re-scored it.
//   Levels 1-4 move onto the DPIA's matrix with mapRiskLevel (cnil4 keeps them); 0 is
//   "not assessed" and stays empty.
// - Measures: all "reduce", for the whole DPIA (a CNIL measure may serve every risk).
//   Their evaluation: acceptable -> approved and done (nothing left to do); improvable ->
//   planned, not approved, with the action plan's date, person and comment (our action
//   plan: measures not done); to correct -> planned, not approved, with a warning.
// - Status: in progress -> draft; refused -> rejected with the reason; simple or signed
//   validation -> approved; archived -> approved, noted.
// - The DPO's opinion (can / should not be implemented) and its text -> dpo_advice; the
//   advice was accepted when the outcome followed it, overruled when the PIA was
//   validated against it; no decision while in progress.
// - Everything else (item evaluations, comments, names with no sign-off role, earlier
//   refusal reasons) -> imported_notes, rich text, each under a heading naming its source.
Plan planImport(const PiaFile &file, const PlanOptions &options);

} // namespace igw::cnil
