#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace igw {

class Workspace;

// Frozen versions of an agreement: sending a version for signature (lifecycle.h) writes a
// JSON snapshot of what the parties are asked to sign into the append-only agreement_versions
// table: the agreement's values including links, its parties with their organisations' names
// and ICO numbers, and the linked assets', flows' and activities' references and names.
//
// Snapshot JSON: {"format": "igw-agreement-snapshot", "format_version": 1,
//   "library_version", "agreement": {"id", "uuid", "ref", "values": {...}},
//   "parties": [{"id", "uuid", "ref", "values", "name", "ico_registration"}],
//   "assets" | "flows" | "activities": [{"id", "ref", "name"}]}
struct AgreementVersionInfo {
    qint64 id = 0;
    qint64 agreementId = 0;
    int version = 0;
    QDateTime frozenAt; // UTC
    QString frozenBy;
};

namespace agreementVersions {

std::optional<QJsonObject> snapshot(Workspace &workspace, qint64 agreementId, QString *error);
// Freezes the agreement's current version, audited (record_table agreement_versions, the
// snapshot's SHA-256). Refuses a version already frozen. Joins the caller's transaction.
std::optional<AgreementVersionInfo> freeze(Workspace &workspace, qint64 agreementId,
                                           QString *error);
QList<AgreementVersionInfo> list(Workspace &workspace, qint64 agreementId); // oldest first
std::optional<QJsonObject> load(Workspace &workspace, qint64 agreementId, int version,
                                QString *error);

} // namespace agreementVersions

} // namespace igw
