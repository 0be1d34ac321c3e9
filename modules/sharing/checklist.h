#pragma once

#include <QList>
#include <QString>

namespace igw {

class Workspace;
struct AgreementView;

// One thing the ICO Data Sharing Code expects of an agreement that this one lacks.
struct ChecklistItem {
    QString id;         // stable key, e.g. "lawful_basis", "party_ico:7"
    QString field;      // the agreement field to fix (agreementField); empty for parties/links
    qint64 partyId = 0; // the party record concerned, if any
    QString missing;    // what is missing, translated, one sentence
    QString citation;   // where the expectation comes from
    QString todo;       // what to do about it
};

// The ICO Data Sharing Code checklist for an agreement (empty: complete): purpose and
// benefits; the Art. 6 lawful basis; an Art. 9 condition when special category data is shared
// and the Schedule 1 condition when that condition needs one; the Art. 10 basis when criminal
// offence data is shared; the data items and data subjects; at least two parties, our own
// organisation among them, each with a role, an ICO registration number, a signatory (name
// and role) and a contact; informing individuals, rights and complaints, data quality,
// security, retention and deletion, breach handling; a review date (after the start date,
// before the end date); and each linked flow's partner being a party. Items come in the order
// of the agreement's sections.
QList<ChecklistItem> checkAgreement(const AgreementView &view);
QList<ChecklistItem> checkAgreement(Workspace &workspace, qint64 agreementId);

} // namespace igw
