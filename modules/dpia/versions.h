#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace igw {

class Workspace;
struct QuestionBank;

// Frozen versions of a DPIA: approving one (see workflow.h) writes a JSON snapshot of the DPIA
// (its values including links, with the linked activities' and assets' references and
// names), its risks and measures and the question bank version into the append-only
// dpia_versions table, so what was approved can always be shown and compared.
//
// Snapshot JSON: {"format": "igw-dpia-snapshot", "format_version": 1, "bank_version",
//   "matrix", "dpia": {"id", "uuid", "ref", "values": {...}}, "activities": [{"id", "ref",
//   "name"}], "assets", "people" (the owners), "screenings" (the one it came from), each
//   [{"id", "ref", "name"}], "risks": [{"id", "uuid", "ref", "values"}], "measures": [...]}
struct DpiaVersionInfo {
    qint64 id = 0;
    qint64 dpiaId = 0;
    int version = 0;
    QDateTime frozenAt; // UTC
    QString frozenBy;
};

namespace versions {

// The DPIA as it is now, as a snapshot (also what the diff compares a frozen version with).
std::optional<QJsonObject> snapshot(Workspace &workspace, qint64 dpiaId, QString *error);
// Freezes the DPIA's current version (its "version" field), audited (table dpia_versions).
// Refuses a version already frozen. Joins the caller's transaction when there is one.
std::optional<DpiaVersionInfo> freeze(Workspace &workspace, qint64 dpiaId, QString *error);
QList<DpiaVersionInfo> list(Workspace &workspace, qint64 dpiaId); // oldest first
std::optional<QJsonObject> load(Workspace &workspace, qint64 dpiaId, int version, QString *error);

// One difference between two snapshots, readable as it stands.
struct Change {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString area; // translated: "DPIA", "Answer", "Risk RK-0002 “…”", "Measure MS-0004 “…”"
    QString item;   // field or question label; empty for a whole risk or measure added/removed
    QString before; // display text; empty when added
    QString after;  // display text; empty when removed
    QString text() const; // one line, e.g. "Answer 2.scope.data …: “a” → “b”"
};
// What changed from `older` to `newer`: DPIA fields (sign-offs per role), answers by question
// (labelled from `bank`), risks and measures added, removed or changed field by field.
QList<Change> diff(const QJsonObject &older, const QJsonObject &newer, const QuestionBank &bank);

} // namespace versions

} // namespace igw
