#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace igw {

class Workspace;

// One entry of the append-only disposal log: what was destroyed or transferred, when, how,
// who confirmed it and under which class, with the certificate number (DC-0001).
struct DisposalEntry {
    qint64 id = 0;
    QString uuid;
    QString certificate; // DC-0001
    qint64 assetId = 0;
    QString assetRef;  // as it was at the time
    QString assetName; // as it was at the time
    QString classRef;  // the class the disposal was made under, at the time
    QString action;    // destroy or transfer_archives (choices::disposalDone())
    QString method;    // e.g. "Cross-cut shredding by the contractor (BS EN 15713)"
    QDate disposedOn;
    QString confirmedBy; // name and role of the person who confirmed it
    QString notes;
    QDateTime recordedAt;
    QString recordedBy;
};

struct DisposalRequest {
    qint64 assetId = 0;
    QString action = QStringLiteral("destroy"); // destroy or transfer_archives
    QString method;
    QDate disposedOn;
    QString confirmedBy;
    QString notes; // required when the disposal comes before the due date: why
};

// Common methods, translated, for pickers; the method is free text.
QStringList disposalMethods();

// Confirms a disposal: checks the request, then in one WriteTransaction writes the log entry
// with the next certificate number (audited on the asset's uuid) and sets the asset's status
// to disposed through RecordStore (audited). Refused, with what to do, when the asset is on
// legal hold, already disposed, has no retention class, its class keeps it permanently or
// until superseded, the action is not what the class allows (destroy for a class to be
// destroyed, transfer for one to transfer; either after a review), the date is in the future
// or before the trigger, the method or confirmer is missing, or it comes before the due date
// without a reason in `notes`.
std::optional<DisposalEntry> confirmDisposal(Workspace &workspace, const DisposalRequest &request,
                                             QString *error,
                                             const QDate &today = QDate::currentDate());

// The log, newest first; or one entry by certificate number or by asset.
QList<DisposalEntry> disposalLog(Workspace &workspace, QString *error = nullptr);
std::optional<DisposalEntry> disposalByCertificate(Workspace &workspace,
                                                   const QString &certificate);
QList<DisposalEntry> disposalsOfAsset(Workspace &workspace, qint64 assetId);

// Puts an asset on legal hold (a reason is required: the litigation, inquiry or request it
// is held for) or releases it; one audited RecordStore update each.
bool placeLegalHold(Workspace &workspace, qint64 assetId, const QString &reason, QString *error);
bool releaseLegalHold(Workspace &workspace, qint64 assetId, QString *error);

} // namespace igw
