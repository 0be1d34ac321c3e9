#pragma once

#include "exchange/packagereader.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {
class Workspace;
}

namespace igw::exchange {

// Where a verified package stands in its sender's sequence: the next one, or one imported
// before, byte for byte (a harmless repeat: nothing to do). Other older packages, the same
// number with other content (a replay or a forgery by someone with the key), gaps and a
// broken chain are refusals.
enum class SequenceState { Next, Repeat };
std::optional<SequenceState> checkSequence(Workspace &workspace, const VerifiedPackage &package,
                                           Refusal *refusal, QString *message);

struct ImportResult {
    bool ok = false;
    bool repeat = false; // the same package again: nothing to do
    Refusal refusal = Refusal::None;
    QString message; // the refusal, or what was imported
    QString partner; // the sending organisation's name in our directory
    qint64 sequence = 0;
    int records = 0;            // partner records now held for the sender
    int removed = 0;            // partner records the sender no longer shares
    int signaturesRecorded = 0; // partner signatures recorded on our agreements
    QStringList activated;      // our agreements that became active
    bool keyRotated = false;
    QStringList notes; // what was not applied, and why
};

// Reads the package (every rule of packagereader.h), checks its sequence, then imports it in
// one transaction, or not at all: the sender's shared records replace the ones its previous
// package gave (kept apart from ours, read-only), its signatures on our agreements are
// recorded through the sharing lifecycle, an announced key replaces the one that signed.
ImportResult importPackageFile(Workspace &workspace, const QString &path,
                               const PackageLimits &limits = {});
ImportResult importPackage(Workspace &workspace, const QByteArray &archive,
                           const QByteArray &signatureFile, const QString &name,
                           const PackageLimits &limits = {});

// Partners' records, read-only, with the organisation they belong to.
struct PartnerRecord {
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgName;
    QString kind; // assets, agreements, retention-classes
    QString uuid;
    QString ref;
    QString title;
    QJsonObject data;
    qint64 sequence = 0;
    QDateTime receivedAt;
};
QList<PartnerRecord> partnerRecords(Workspace &workspace, const QString &kind = {});
std::optional<PartnerRecord> partnerRecord(Workspace &workspace, qint64 id);

// We sign a partner's agreement (one whose parties name us by our sender id): the signature
// is kept (append-only) and goes out in every package, so the partner's workspace records
// it. Refused when we are not a party, the agreement is not out for signature, or we have
// signed this version already.
bool signPartnerAgreement(Workspace &workspace, qint64 partnerRecordId, const QString &name,
                          const QString &role, const QDate &signedOn, QString *error);

} // namespace igw::exchange
