#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace igw::cnil {

// Where each answer of a CNIL PIA lands in our DPIA. Sections 1 (context) and 2
// (fundamental principles) answer questions of our bank (the ICO template's steps 1, 2 and
// 4); section 3's feared events become risks. Several CNIL questions may share one of ours
// (4.rights takes 223, 224 and 225); the import then puts the CNIL question above each part.
//
//   CNIL                                              ours
//   111 What is the processing under consideration?  1.aims
//   112 Responsibilities linked to the processing     2.nature.sharing (controller,
//                                                      processors, recipients)
//   113 Standards applicable to the processing        2.context.codes
//   121 What are the data processed?                  2.scope.data
//   122 Life cycle of data and processes              2.nature.use
//   123 Data supporting assets                        2.nature.storage
//   211 Purposes specified, explicit and legitimate   2.purposes.aims (people answer by
//                                                      stating the purposes)
//   212 Legal basis                                   4.lawful_basis
//   213 Adequate, relevant, limited (minimisation)    4.minimisation
//   214 Accurate and kept up to date                  4.data_quality
//   215 Storage duration                              2.scope.retention
//   221 How data subjects are informed                4.information
//   222 How consent is obtained                       4.lawful_basis
//   223-225 Exercising rights                         4.rights
//   226 Processors' obligations under contract        4.processors
//   227 Transfers outside the EU                      4.transfers
//   3x1 impacts, 3x5 severity (x = 2, 3, 4)           the risk's impact
//   3x3 sources                                       the risk's title (after the event)
//   3x2 threats, 3x4 controls, 3x6 likelihood         the risk's notes
//   3x5 / 3x6 gauges                                  severity / likelihood
// Anything else (a custom structure's questions) has no place and goes to the DPIA's
// imported notes under its CNIL label.
enum class RiskPart { None, Impacts, Threats, Sources, Controls, Severity, Likelihood };

struct AnswerTarget {
    QString questionId;  // ours, for sections 1 and 2
    QString fearedEvent; // section 3 items 2-4: choices::fearedEvent() key
    RiskPart riskPart = RiskPart::None;
    bool isNull() const { return questionId.isEmpty() && fearedEvent.isEmpty(); }
};

AnswerTarget answerTarget(int cnilQuestionId);
// The question part of the table (CNIL id, our question id), in the CNIL's order.
const QList<QPair<int, QString>> &questionMapping();

} // namespace igw::cnil
