#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {

class Workspace;

// The clause library: the standard wording of an information sharing agreement as data, in
// the order of a UK council agreement (parties, purpose, basis for sharing, data, informing
// individuals, rights, quality, security, retention, breaches, onward sharing, roles,
// review/variation/termination, signatures), so an organisation can adapt the wording
// without a rebuild. The built-in library is resources/sharing/clauses.json (compiled in); an
// organisation installs its own edited copy into the workspace, where every installed
// version is kept, because each agreement records the library version it was drawn up with.
//
// JSON: {"format": "igw-sharing-clause-library", "version": "uk-council-2026.1",
//        "title": "...", "sections": [{"id": "basis", "title": "Basis for sharing",
//          "clauses": [{"id": "basis.special", "when": "special_category",
//                       "text": "... {art9Condition} ...",
//                       "clauses": [{"id": "basis.special.schedule1", "text": "..."}]}]}]}
// Sections are numbered 1, 2 ...; clauses 1.1, 1.2 ...; sub-clauses 1.1.1 .... Ids are
// stable keys (an agreement's own wording of a clause and its additions to a section are
// kept under them). "when" names a condition (clauseConditions()) without which the clause
// and its sub-clauses are left out. Text is plain text with placeholders (placeholderNames(),
// e.g. {purpose}) and cross-references {clause:ID} / {section:ID} that become numbers.
struct LibraryClause {
    QString id;
    QString text;
    QString when;                 // empty: always
    QList<LibraryClause> clauses; // sub-clauses (one level)
};

struct LibrarySection {
    QString id;
    QString title;
    QList<LibraryClause> clauses;
};

struct ClauseLibrary {
    QString version;
    QString title;
    QList<LibrarySection> sections;

    const LibrarySection *section(const QString &id) const;
    const LibraryClause *clause(const QString &id) const; // a clause or sub-clause
    QStringList clauseIds() const;                        // every clause and sub-clause, in order

    static constexpr qsizetype maxLibraryBytes = 1024 * 1024; // fromJson() refuses larger

    // Parses and checks a library (hostile input: size cap, format tag, unique ids, known
    // conditions and placeholders, cross-references to ids that exist, text limits). Errors
    // say what and where ("section 3 (basis), clause 2").
    static std::optional<ClauseLibrary> fromJson(const QByteArray &json, QString *error);
    static const ClauseLibrary &builtIn();
    static QByteArray builtInJson(); // a starting point for an organisation's own library
};

// The placeholders clause text may use, e.g. "purpose" for {purpose}.
const QStringList &placeholderNames();
// The conditions a clause's "when" may name: special_category, criminal_offence,
// statutory_gateway, processor, joint_controller.
const QStringList &clauseConditions();

// The library new agreements use: the organisation's installed one if any, else built-in.
ClauseLibrary currentClauseLibrary(Workspace &workspace);
// A specific version (the one an agreement was drawn up with): installed or built-in;
// nullopt if the workspace never had it.
std::optional<ClauseLibrary> clauseLibraryVersion(Workspace &workspace, const QString &version);
// Installs a library as the organisation's current one (audited, meta keys
// "sharing_clause_library:<version>" and "sharing_clause_library_current"); refuses a version
// already installed with different content, and the built-in version's number.
bool installClauseLibrary(Workspace &workspace, const QByteArray &json, QString *error);
QStringList installedClauseLibraryVersions(Workspace &workspace); // sorted
// The JSON of the library in use (installed or built-in), to save and edit.
QByteArray currentClauseLibraryJson(Workspace &workspace);

} // namespace igw
