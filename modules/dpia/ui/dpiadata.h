#pragma once

#include "dpia/riskmatrix.h"
#include "workspace/recordstore.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace igw {

class Workspace;

// What the DPIA page reads: each DPIA with the figures its list shows, the risks of one
// DPIA in their order, and every measure for the action plan. Read whole (a council has
// tens of DPIAs and a few hundred risks), never edited here.

// A risk's four levels (0: not assessed) and their bands on a matrix.
struct RiskLevels {
    int likelihood = 0;
    int severity = 0;
    int residualLikelihood = 0;
    int residualSeverity = 0;

    static RiskLevels of(const Record &risk);
    static RiskLevels of(const QVariantMap &values);
    bool anyAssessed() const;
    std::optional<RiskBand> inherent(const RiskMatrix &matrix) const;
    std::optional<RiskBand> residual(const RiskMatrix &matrix) const;
};

struct DpiaRow {
    Record record;
    RiskMatrix matrix;
    QStringList activityRefs;
    QString ownerName;
    int riskCount = 0;
    int unassessedRisks = 0; // risks without both residual levels
    std::optional<RiskBand> highestResidual;
    QDate reviewDate;
};

struct ActionItem {
    Record measure;
    qint64 dpiaId = 0;
    QString dpiaRef;
    QString dpiaTitle;
    qint64 riskId = 0; // 0: a measure for the whole DPIA
    QString riskLabel; // "R2 Unauthorised access", or "Whole DPIA"
    qint64 ownerPersonId = 0;
    QString owner; // the person's name, else the free-text owner name
    QDate due;
    bool done = false;
    bool approved = false;
};

// The matrix each key names, with the organisation's bands, read once per call.
class MatrixCache {
public:
    explicit MatrixCache(Workspace &workspace)
        : m_workspace(workspace)
    {
    }
    const RiskMatrix &get(const QString &key);

private:
    Workspace &m_workspace;
    QHash<QString, RiskMatrix> m_matrices;
};

std::optional<QList<DpiaRow>> loadDpiaRows(Workspace &workspace, QString *error = nullptr);
// The DPIA's risks in register order (sort order, then when added).
QList<Record> loadRisks(Workspace &workspace, qint64 dpiaId);
// The measures of one risk, or (riskId 0) those for the whole DPIA.
QList<Record> loadMeasures(Workspace &workspace, qint64 dpiaId, qint64 riskId);
std::optional<QList<ActionItem>> loadActionPlan(Workspace &workspace, QString *error = nullptr);
// Person id -> name, for owners.
QHash<qint64, QString> personNames(Workspace &workspace);
// Date from stored ISO text; invalid when empty.
QDate isoDate(const QVariant &value);

} // namespace igw
