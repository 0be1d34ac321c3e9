#pragma once

#include <QString>
#include <QVariant>

namespace igw {

struct RecordKind;
struct RiskMatrix;

// What the DPIA kinds' fields are called and how their stored values read, for the diff
// between versions, histories and reports.
QString dpiaFieldLabel(const RecordKind &kind, const QString &field);
// Choice labels for choice fields, matrix labels for likelihood and severity, Yes/No for
// the approved flag; other values as stored.
QString dpiaDisplayValue(const RecordKind &kind, const QString &field, const QVariant &value,
                         const RiskMatrix &matrix);

} // namespace igw
