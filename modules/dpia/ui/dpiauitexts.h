#pragma once

#include "dpia/riskmatrix.h"
#include "workspace/recordstore.h"

#include <QDate>
#include <QString>

#include <optional>

namespace igw {

// How the DPIA page words records, levels, bands and dates; shared by the list, the
// editor, the risk register, the heat map and the action plan.
namespace dpiaUiText {

// "DP-0003 Library self-service kiosks".
QString dpiaLabel(const Record &dpia);
// "R2", the risk's number within its DPIA (1-based).
QString riskNumber(int number);
// "R2 Unauthorised access to case notes".
QString riskLabel(int number, const QString &title);
// The status in words ("With the DPO"); "Draft" when not set.
QString statusText(const QString &key);
// "High risk", or "Not assessed" when a level is missing.
QString bandText(const std::optional<RiskBand> &band);
// The level's label on the matrix ("Probable"), or "Not assessed".
QString levelText(const RiskMatrix &matrix, int level);
// "ICO 3 x 3: likelihood Remote, Possible, Probable; severity Minimal, Significant, Severe".
QString matrixDescription(const RiskMatrix &matrix);
// A date as the user's locale writes it; empty for an invalid date.
QString dateText(const QDate &date);
// "Overdue by 12 days", "Due today", "Due in 3 days"; empty without a date.
QString timingText(const QDate &due, const QDate &today);
// The review date, with "overdue by N days" when it has passed.
QString reviewText(const QDate &review, const QDate &today);
// Where a risk sits in words: "Probable likelihood, Severe severity: High risk".
QString positionText(const RiskMatrix &matrix, int likelihood, int severity);
// The label of a DPIA, risk or measure field, for the history.
QString fieldLabel(const QString &table, const QString &field);

} // namespace dpiaUiText
} // namespace igw
