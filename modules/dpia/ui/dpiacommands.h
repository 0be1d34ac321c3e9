#pragma once

#include "dpia/riskmatrix.h"

#include <QString>
#include <QVariantMap>

namespace igw {

class RecordEditor;

// Changes to a DPIA that touch several records, each pushed as ONE undo step (a
// RecordBatchCommand: all or nothing). The schema does not cascade from a DPIA to its risks
// or from a risk to its measures, so the children go first and undo brings all back.
// Failures are reported through RecordEditor::failed(); each returns true when done.
namespace dpiaCommands {

// Deletes the DPIA's measures, its risks, then the DPIA itself.
bool removeDpia(RecordEditor &editor, qint64 dpiaId, const QString &text);
// Deletes the risk's measures, then the risk.
bool removeRisk(RecordEditor &editor, qint64 riskId, const QString &text);
// Applies `changes` to the DPIA (its matrix among them) and moves every risk's levels from
// `from`'s scale onto `to`'s with mapRiskLevel().
bool changeMatrix(RecordEditor &editor, qint64 dpiaId, const QVariantMap &changes,
                  const RiskMatrix &from, const RiskMatrix &to, const QString &text);
// Why a DPIA cannot be deleted (frozen versions, attachments, comments are kept with it
// and have no undo), or empty when it can.
QString removalBlocker(RecordEditor &editor, qint64 dpiaId);

} // namespace dpiaCommands
} // namespace igw
