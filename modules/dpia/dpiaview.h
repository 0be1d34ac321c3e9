#pragma once

#include "dpia/dpiaanswers.h"
#include "dpia/questionbank.h"
#include "dpia/riskmatrix.h"
#include "workspace/recordstore.h"

#include <QList>
#include <QString>

#include <optional>

namespace igw {

class Workspace;

// A DPIA with everything a page or a report shows, resolved once: its risks in order with
// their bands before and after the measures, the measures (each risk's own and the DPIA-wide
// ones), the matrix with the organisation's bands, the question bank it was written with,
// its answers, and the linked activities and assets by reference and name.
struct DpiaRiskView {
    Record record;
    std::optional<RiskBand> inherent; // nullopt: not yet scored
    std::optional<RiskBand> residual;
    QList<Record> measures; // the measures aimed at this risk
};

struct DpiaLinkRef {
    qint64 id = 0;
    QString ref; // empty when the link no longer resolves
    QString name;
};

struct DpiaView {
    Record record;
    RiskMatrix matrix;
    QuestionBank bank;
    DpiaAnswers answers;
    QList<DpiaRiskView> risks;     // by sort order, then id
    QList<Record> measures;        // all, by id
    QList<Record> generalMeasures; // those not aimed at one risk
    QList<DpiaLinkRef> activities;
    QList<DpiaLinkRef> assets;
    std::optional<Record> screening;

    QString value(const QString &field) const { return record.value(field).toString(); }
    // The highest residual band among the scored risks; nullopt when none is scored.
    std::optional<RiskBand> highestResidual() const;
};

std::optional<DpiaView> loadDpia(Workspace &workspace, qint64 id, QString *error = nullptr);

} // namespace igw
