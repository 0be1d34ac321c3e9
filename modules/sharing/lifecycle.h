#pragma once

#include "workspace/recordstore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace igw {

class Workspace;

// One signature given to an agreement (append-only table agreement_signatures).
struct AgreementSignature {
    qint64 id = 0;
    qint64 agreementId = 0;
    qint64 partyId = 0;
    QString partyName; // the organisation's name when it signed
    QString name;      // who signed
    QString role;      // their role, e.g. "Senior Information Risk Owner"
    QDate signedOn;
    int version = 0;      // the version signed
    QDateTime recordedAt; // UTC
    QString recordedBy;
};

// The life of an information sharing agreement:
//   draft -> out_for_signature (sendForSignature(): only when the checklist is clean; the
//   version is frozen) -> active (when every party has signed the current version) ->
//   review_due (refreshStatuses(), the review date has passed; completeReview() sets the next
//   one) ; active | review_due | out_for_signature -> expired (the end date has passed);
//   any but expired -> terminated (with a reason).
// A change to the lawful basis or the data shared (versionedAgreementFields()), or to the
// parties, after the agreement was sent for signature starts a new version: the version
// number goes up, signatures of earlier versions no longer count, and the agreement goes back
// out for signature when its checklist is still clean (its new version frozen), else back to
// draft. Other edits (wording, contacts, dates) are recorded in the audit trail and need no
// new signatures. Expired and terminated agreements are records: only their notes change.
// Every change runs in one WriteTransaction through RecordStore, so it is audited.
namespace sharing {

// Creates a draft (version 1) drawn up with the current clause library.
std::optional<Record> createAgreement(Workspace &workspace, const QVariantMap &values,
                                      QString *error);
// Edits that respect the lifecycle (see above). *newVersion says whether one was started.
bool updateAgreement(Workspace &workspace, qint64 agreementId, const QVariantMap &changes,
                     QString *error, bool *newVersion = nullptr);
// Deletes an agreement never sent for signature, with its parties.
bool removeAgreement(Workspace &workspace, qint64 agreementId, QString *error);

// Parties (values hold agreement_id; org_id null or absent means our own organisation).
std::optional<Record> addParty(Workspace &workspace, const QVariantMap &values, QString *error);
bool updateParty(Workspace &workspace, qint64 partyId, const QVariantMap &changes, QString *error);
bool removeParty(Workspace &workspace, qint64 partyId, QString *error);

bool sendForSignature(Workspace &workspace, qint64 agreementId, QString *error);
// Records that the party signed the current version. The agreement becomes active when every
// party has (*nowActive); its start date, when not set, becomes the last signature's date.
bool recordSignature(Workspace &workspace, qint64 agreementId, qint64 partyId, const QString &name,
                     const QString &role, const QDate &signedOn, QString *error,
                     bool *nowActive = nullptr);
bool terminate(Workspace &workspace, qint64 agreementId, const QString &reason, QString *error);
// The review found the agreement still fit: active again, reviewed again by `nextReview`.
bool completeReview(Workspace &workspace, qint64 agreementId, const QDate &nextReview,
                    QString *error);
// Active agreements past their review date become review_due; any in force or out for
// signature past its end date becomes expired. Returns how many changed (-1 on failure).
int refreshStatuses(Workspace &workspace, const QDate &today, QString *error);

QList<AgreementSignature> signatures(Workspace &workspace, qint64 agreementId); // oldest first
// The signatures that count: the current version's, by current parties.
QList<AgreementSignature> currentSignatures(Workspace &workspace, qint64 agreementId);
// The parties (records) that have not signed the current version, in order.
QList<Record> unsignedParties(Workspace &workspace, qint64 agreementId);
// True for the statuses under which data may be shared: active and review_due.
bool isInForce(const QString &status);

} // namespace sharing

} // namespace igw
