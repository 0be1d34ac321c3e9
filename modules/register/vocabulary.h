#pragma once

#include <QString>
#include <QStringList>

namespace igw {

class Workspace;

// The organisation's controlled vocabularies: built-in terms seeded with the schema, plus
// the terms the organisation adds. Terms are unique per kind, ignoring case.
namespace vocabulary {
inline const QString dataSubjects = QStringLiteral("data_subject");
inline const QString personalData = QStringLiteral("personal_data");

QStringList terms(Workspace &workspace, const QString &kind);
// Adds a term (audited); adding an existing term (any case) is a no-op returning true.
bool addTerm(Workspace &workspace, const QString &kind, const QString &term, QString *error);
// The stored spelling of `term` if known (case-insensitive), else empty.
QString canonical(const QStringList &known, const QString &term);
} // namespace vocabulary

} // namespace igw
