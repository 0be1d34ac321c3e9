#pragma once

#include "dpia/questionbank.h"
#include "dpia/riskmatrix.h"
#include "workspace/recordstore.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {

class Workspace;

// One risk of a DPIA as the report shows it: numbered R1, R2 … in the DPIA's order.
struct DpiaReportRisk {
    Record record;
    QString number;     // "R1"
    int likelihood = 0; // 0: not assessed
    int severity = 0;
    int residualLikelihood = 0;
    int residualSeverity = 0;
    QList<Record> measures;
};

// Everything the DPIA report prints, read from the workspace in one go.
struct DpiaReportData {
    Record dpia;
    QString organisation;
    QString owner;          // the DPIA owner's name
    QString screening;      // the screening's reference and title, if linked
    QStringList activities; // "PA-0003: Housing allocations"
    QStringList assets;     // "IA-0012: Housing register"
    RiskMatrix matrix;
    QuestionBank bank;   // the version the DPIA was written with, when the workspace has it
    QString missingBank; // the recorded version, when the workspace does not have it
    QJsonObject answers; // question id -> stored rich text
    bool answersUnreadable = false;
    QJsonObject signoffs; // role key -> {name, position, date}
    QList<DpiaReportRisk> risks;
    QList<Record> generalMeasures; // measures for the whole DPIA, not one risk
    QHash<qint64, QString> people; // names of the people the measures name

    QString value(const QString &field) const { return dpia.value(field).toString(); }
    QString answer(const QString &questionId) const;
    // A risk that remains high after measures: its residual band is high, or it has no
    // residual assessment and its inherent band is high.
    bool residualHigh(const DpiaReportRisk &risk) const;
    bool anyResidualHigh() const;
};

// nullopt with *error set when the DPIA does not exist or cannot be read.
std::optional<DpiaReportData> loadDpiaReportData(Workspace &workspace, qint64 dpiaId,
                                                 QString *error);

} // namespace igw
