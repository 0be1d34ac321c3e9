#pragma once

#include <QList>
#include <QString>

namespace igw::cnil {

// The CNIL PIA tool's standard assessment structure (its pia_architecture.json): sections >
// items > questions, each question with a numeric id whose digits are section, item and
// question (213: section 2, item 1, question 3), which an export's answers[].reference_to
// names. Labels are the tool's English ones (its en.json, with its highlighting markup
// removed), translated through DpiaTr like our own text.
//   1 Context: 1.1 Overview (111-113), 1.2 Data, processes and supporting assets (121-123)
//   2 Fundamental principles: 2.1 Proportionality and necessity (211-215), 2.2 Controls to
//     protect the personal rights of data subjects (221-227)
//   3 Risks: 3.1 Planned or existing measures (the measures, no questions), 3.2 Illegitimate
//     access to data, 3.3 Unwanted modification of data, 3.4 Data disappearance (each
//     x1 impacts, x2 threats, x3 sources (lists), x4 controls (list of measure titles),
//     x5 severity, x6 likelihood (gauges 1-4 with a justification)), 3.5 Risks overview
//   4 Validation: risk mapping, action plan, opinions, validation (no questions)
enum class AnswerType { Text, List, Gauge };

struct Question {
    int id = 0;
    AnswerType type = AnswerType::Text;
    const char *label = nullptr; // untranslated; see questionLabel()
};

const QList<Question> &questions(); // in the tool's order
const Question *question(int id);   // nullptr when not in the standard structure

inline int sectionOf(int questionId)
{
    return questionId / 100;
}
inline int itemOf(int questionId)
{
    return questionId / 10 % 10;
}

// Translated labels; an unknown question reads "CNIL question 999", an unknown item
// "CNIL item 9.9".
QString questionLabel(int id);
QString itemLabel(int section, int item);
QString sectionLabel(int section);

// The section 3 item of each of the three feared events (choices::fearedEvent() keys):
// 2 illegitimate_access, 3 unwanted_modification, 4 disappearance; empty / 0 otherwise.
QString fearedEventOfItem(int item);
int itemOfFearedEvent(const QString &fearedEvent);

// The tool's codes (its models: pia.model.ts, evaluation.model.ts).
namespace piaStatus {
constexpr int InProgress = 0;
constexpr int Refused = 1;
constexpr int SimpleValidation = 2;
constexpr int SignedValidation = 3;
constexpr int Archived = 4;
} // namespace piaStatus
namespace evaluationStatus {
constexpr int Pending = 0;
constexpr int ToCorrect = 1;
constexpr int Improvable = 2;
constexpr int Acceptable = 3;
} // namespace evaluationStatus
QString piaStatusLabel(int status);        // translated; "unknown status 9" otherwise
QString evaluationStatusLabel(int status); // translated

} // namespace igw::cnil
