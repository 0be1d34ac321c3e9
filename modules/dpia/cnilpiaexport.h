#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace igw {

class Workspace;

// Writes a DPIA in the shape the CNIL's PIA tool exports and imports (one JSON object: pia,
// answers, measures, evaluations, comments), the reverse of CnilPiaImporter:
// - answers go back to the CNIL questions of cnilmapping.h; an answer that several CNIL
//   questions share is split at the CNIL question headings the import put there (if the
//   headings were edited away, the whole answer goes to the first of them);
// - the risks with a feared event fill the CNIL's three risk items (impacts, threats,
//   sources, controls as lists; severity and likelihood as gauges moved onto 1-4, with
//   their justifications); a residual score that differs from the inherent one becomes
//   the item's evaluation gauges;
// - measures keep their ids; their state becomes an evaluation: approved or done ->
//   acceptable, with a due date, owner or action plan -> improvable, else pending;
// - status: approved -> simple validation, rejected -> refused, else in progress; the DPO
//   advice, individuals' views and sign-off names go to the PIA's fields.
// What the CNIL format has no place for (our other questions, other risks, summary, notes,
// imported notes, Art. 36 decision...) is written as comments on CNIL question 111, each
// labelled, so the CNIL tool shows it and nothing is lost.
std::optional<QByteArray> cnilPiaJson(Workspace &workspace, qint64 dpiaId, QString *error);
// The same written to `path` (complete or not at all).
bool exportCnilPia(Workspace &workspace, qint64 dpiaId, const QString &path, QString *error);

} // namespace igw
