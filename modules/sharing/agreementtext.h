#pragma once

#include "sharing/clauselibrary.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace igw {

class Workspace;
struct AgreementView;

// What the clause text of one agreement is filled with: a value per placeholder (the
// agreement's fields, its parties, its data items in words) and the conditions that hold.
struct AgreementFacts {
    QHash<QString, QString> values;
    QSet<QString> conditions; // clauseConditions() that apply
};

struct DraftClause {
    QString id;
    QString number;        // "3.2" or "3.2.1"
    int level = 1;         // 1 clause, 2 sub-clause
    QString text;          // plain text, placeholders filled
    bool reworded = false; // the agreement's own wording replaces the library's
};

struct DraftSection {
    QString id;
    QString number; // "3"
    QString title;
    QList<DraftClause> clauses;
    QString addition; // the agreement's own text under the section: stored rich text (HTML)
};

AgreementFacts agreementFacts(const AgreementView &view);

// The text for a placeholder with no value, e.g. "[to be agreed: the purpose of the sharing]".
QString missingPlaceholderText(const QString &placeholder);

// The agreement's sections, numbered, with clauses whose condition does not hold left out
// (the numbering closes up), the agreement's rewording of clauses (`overrides`, {clause id:
// text}, placeholders allowed) and its additions ({section id: HTML}). Cross-references
// {clause:ID} and {section:ID} become the numbers; one to a clause left out reads "[not
// applicable]". User text never becomes a placeholder or markup (see placeholders.h).
QList<DraftSection> draftAgreement(const ClauseLibrary &library, const AgreementFacts &facts,
                                   const QJsonObject &overrides, const QJsonObject &additions);

// The library an agreement was drawn up with (its library_version), else the current one.
ClauseLibrary libraryFor(Workspace &workspace, const AgreementView &view);
// Reads section_additions or clause_overrides: an object, or empty when blank or unreadable.
QJsonObject agreementJson(const QString &stored);

} // namespace igw
