#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace igw {

class Workspace;

// An organisation's versioned data kept in the workspace's meta table: the DPIA question
// bank, the agreements' clause library. Every installed version stays under
// `prefix + version` (records written against a version must read back the same text), and
// the version in use is under `currentKey`. The callers parse and check the JSON; this keeps
// the storage and its rules in one place.
namespace versionedData {

struct Keys {
    QString prefix;     // e.g. "dpia_question_bank:"
    QString currentKey; // e.g. "dpia_question_bank_current"
};

// The JSON as stored: compact, so the same content always compares equal.
QString compactJson(const QByteArray &json);
QString currentVersion(Workspace &workspace, const Keys &keys);
// The stored JSON of a version; invalid when that version is not installed.
QVariant storedJson(Workspace &workspace, const Keys &keys, const QString &version);
QStringList installedVersions(Workspace &workspace, const Keys &keys); // sorted

enum class Refusal {
    None,
    VersionTaken,   // the version is installed with other content
    BuiltInVersion, // the version is the built-in one's, with other content
};

// Installs checked `json` as `version` and makes it current, audited, in one transaction.
// False with *refusal set (and nothing written) when the rules above refuse it, or with
// *error on a database failure.
bool install(Workspace &workspace, const Keys &keys, const QString &version, const QByteArray &json,
             const QString &builtInVersion, const QByteArray &builtInJson, Refusal *refusal,
             QString *error);

} // namespace versionedData

} // namespace igw
