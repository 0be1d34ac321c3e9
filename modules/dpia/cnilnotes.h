#pragma once

#include <QString>
#include <QStringList>

namespace igw::cnil {

// The labelled paragraphs the CNIL import writes into plain-text fields (a risk's impact
// and notes, a measure's notes, the DPO advice, the individuals' views), in one place so
// that the export can read them back. Paragraphs are separated by a blank line.
enum class NoteLabel {
    Impacts,          // risk impact: "Impacts: a; b"
    Severity,         // risk impact: the severity justification
    Threats,          // risk notes
    Sources,          // risk notes
    Controls,         // risk notes: the measures the CNIL says address it
    Likelihood,       // risk notes: the likelihood justification
    EvaluatorComment, // measure notes
    ActionPlan,       // measure notes
    DateAsWritten,    // measure notes: an implementation date that is not a date
};

QString noteLabel(NoteLabel label); // translated, with its colon and space: "Impacts: "
// The separator of list entries within a paragraph ("a; b").
inline QString listSeparator()
{
    return QStringLiteral("; ");
}

// A measure's first note: how the CNIL evaluator judged it (see cnilstructure.h codes).
QString measureEvaluationNote(int evaluationStatus);
// The risk note saying which score is whose.
QString scoresNote();

// The first paragraph of the DPO advice and a line of the individuals' views: whether
// the processing can be implemented (1) or not (0), in the CNIL's words.
QString dpoOpinionLine(int status);
QString peopleOpinionLine(int status);
QString viewsSoughtFromLine(const QString &names);
// The individuals' views when they were not sought (reason empty: the file gave none).
QString viewsNotSought(const QString &reason);

// Splits text into paragraphs (blank-line separated) and back.
QStringList paragraphs(const QString &text);
QString joinParagraphs(const QStringList &paragraphs);

} // namespace igw::cnil
