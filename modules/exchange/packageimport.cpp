#include "exchange/packageimport.h"

#include "exchange/exchangetr.h"
#include "exchange/keys.h"
#include "exchange/package.h"
#include "sharing/agreements.h"
#include "sharing/lifecycle.h"
#include "workspace/audit.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace igw::exchange {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

ImportResult refused(Refusal why, const QString &message)
{
    ImportResult r;
    r.refusal = why;
    r.message = message;
    return r;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

PartnerRecord fromRow(const QVariantList &r)
{
    PartnerRecord p;
    p.id = r.at(0).toLongLong();
    p.orgId = r.at(1).toLongLong();
    p.orgName = r.at(2).toString();
    p.kind = r.at(3).toString();
    p.uuid = r.at(4).toString();
    p.ref = r.at(5).toString();
    p.title = r.at(6).toString();
    p.data = QJsonDocument::fromJson(r.at(7).toString().toUtf8()).object();
    p.sequence = r.at(8).toLongLong();
    p.receivedAt = QDateTime::fromString(r.at(9).toString(), Qt::ISODateWithMs);
    return p;
}

const QString PartnerColumns =
    QStringLiteral("p.id, p.org_id, o.name, p.kind, p.uuid, p.ref, p.title, p.data, p.sequence,"
                   " p.received_at FROM partner_records p JOIN organisations o ON o.id ="
                   " p.org_id");

// Records the sender's signatures on our agreements; what cannot apply becomes a note.
bool applySignatures(Workspace &workspace, const VerifiedPackage &package, ImportResult *result,
                     QString *error)
{
    RecordStore &store = workspace.records();
    const QString partner = package.key.orgName;
    for (const IncomingSignature &s : package.signatures) {
        const auto agreement = store.findByUuid(kinds::agreement(), s.agreementUuid);
        if (!agreement) {
            // Signatures on other partners' agreements travel in the same package.
            continue;
        }
        const auto parties = store.list(kinds::agreementParty(), {},
                                        QStringLiteral("agreement_id = ? AND org_id = ?"),
                                        {agreement->id, package.key.orgId});
        if (parties.isEmpty()) {
            result->notes << ExchangeTr::tr("%1 signed %2, but is not one of its parties: the "
                                            "signature was not recorded.")
                                 .arg(partner, agreement->ref);
            continue;
        }
        const int version = agreement->value(agreementField::version).toInt();
        const QString status = agreement->value(agreementField::status).toString();
        bool already = false;
        for (const AgreementSignature &given : sharing::currentSignatures(workspace, agreement->id))
            already = already || given.partyId == parties.constFirst().id;
        if (s.version != version) {
            if (s.version > version || !already)
                result->notes << ExchangeTr::tr("%1 signed version %2 of %3, but its current "
                                                "version is %4: the signature was not "
                                                "recorded. Send the current version for "
                                                "signature again.")
                                     .arg(partner)
                                     .arg(s.version)
                                     .arg(agreement->ref)
                                     .arg(version);
            continue;
        }
        if (already)
            continue;
        if (status != agreementStatus::outForSignature) {
            result->notes << ExchangeTr::tr("%1 signed %2, which is not out for signature "
                                            "(it is %3): the signature was not recorded.")
                                 .arg(partner, agreement->ref, status);
            continue;
        }
        bool nowActive = false;
        if (!sharing::recordSignature(workspace, agreement->id, parties.constFirst().id, s.name,
                                      s.role, s.signedOn, error, &nowActive))
            return false;
        ++result->signaturesRecorded;
        if (nowActive)
            result->activated << agreement->ref;
    }
    return true;
}

} // namespace

std::optional<SequenceState> checkSequence(Workspace &workspace, const VerifiedPackage &package,
                                           Refusal *refusal, QString *message)
{
    const Manifest &m = package.manifest;
    const QString partner = package.key.orgName;
    const auto last = sql::rows(workspace.database(),
                                QStringLiteral("SELECT last_sequence, last_hash FROM"
                                               " exchange_senders WHERE partner_uuid = ?"),
                                {m.senderUuid});
    const qint64 lastSeq = last.isEmpty() ? 0 : last.constFirst().at(0).toLongLong();
    const QString lastHash = last.isEmpty() ? QString() : last.constFirst().at(1).toString();
    const auto refuse = [&](Refusal why, const QString &text) -> std::optional<SequenceState> {
        *refusal = why;
        *message = text;
        return std::nullopt;
    };
    if (m.sequence == lastSeq && package.sha256 == lastHash)
        return SequenceState::Repeat;
    // An older package imported before, byte for byte: harmless, nothing to do.
    if (m.sequence < lastSeq &&
        sql::scalar(workspace.database(),
                    QStringLiteral("SELECT 1 FROM exchange_log WHERE direction = 'received' AND"
                                   " partner_uuid = ? AND sequence = ? AND sha256 = ?"),
                    {m.senderUuid, m.sequence, package.sha256})
            .isValid())
        return SequenceState::Repeat;
    if (m.sequence <= lastSeq)
        return refuse(Refusal::Replay,
                      ExchangeTr::tr("This is package %1 from %2, but package %3 was imported "
                                     "already: an older or replayed package is never imported "
                                     "again. Nothing was imported. If %2 did not send it twice, "
                                     "tell them.")
                          .arg(m.sequence)
                          .arg(partner)
                          .arg(lastSeq));
    if (m.sequence > lastSeq + 1)
        return refuse(Refusal::Gap,
                      ExchangeTr::tr("This is package %1 from %2, but the last one imported is "
                                     "%3: package(s) %4 to %5 are missing. Nothing was "
                                     "imported. Import the missing packages first, in order.")
                          .arg(m.sequence)
                          .arg(partner)
                          .arg(lastSeq)
                          .arg(lastSeq + 1)
                          .arg(m.sequence - 1));
    if (m.previousSha256 != lastHash)
        return refuse(
            Refusal::ChainBroken,
            ExchangeTr::tr("Package %1 from %2 does not follow the package imported "
                           "before it (its previous package SHA-256 is %3, the last "
                           "one imported was %4). Nothing was imported; tell %2.")
                .arg(m.sequence)
                .arg(partner,
                     m.previousSha256.isEmpty() ? ExchangeTr::tr("none") : m.previousSha256,
                     lastHash.isEmpty() ? ExchangeTr::tr("none") : lastHash));
    return SequenceState::Next;
}

namespace {

ImportResult importVerified(Workspace &workspace, ReadResult read, const QString &path)
{
    if (!read.ok())
        return refused(read.refusal, read.message);
    ImportResult r;
    VerifiedPackage &package = *read.package;
    Refusal why = Refusal::None;
    QString message;
    const auto state = checkSequence(workspace, package, &why, &message);
    if (!state)
        return refused(why, message);
    r.partner = package.key.orgName;
    r.sequence = package.manifest.sequence;
    if (*state == SequenceState::Repeat) {
        r.ok = true;
        r.repeat = true;
        r.message = ExchangeTr::tr("Package %1 from %2 was imported already; nothing to do.")
                        .arg(r.sequence)
                        .arg(r.partner);
        return r;
    }
    if (workspace.isReadOnly())
        return refused(Refusal::Database, workspace.readOnlyMessage());
    const QSqlDatabase db = workspace.database();
    const qint64 orgId = package.key.orgId;
    const QString at = nowText();
    QString error;
    WriteTransaction tx(workspace);
    bool ok = tx.isActive();
    if (!ok)
        error = tx.errorString();
    // The sender's shared records as this package has them: new and changed ones written,
    // ones it no longer shares removed.
    QSet<QString> keep;
    for (const IncomingRecord &rec : std::as_const(package.records)) {
        if (!ok)
            break;
        keep.insert(rec.kind + QLatin1Char('/') + rec.uuid);
        ok = sql::exec(db,
                       QStringLiteral("INSERT INTO partner_records (org_id, kind, uuid, ref, title,"
                                      " data, sequence, received_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                                      " ?) ON CONFLICT (org_id, kind, uuid) DO UPDATE SET ref ="
                                      " excluded.ref, title = excluded.title, data ="
                                      " excluded.data, sequence = excluded.sequence,"
                                      " received_at = excluded.received_at"),
                       {orgId, rec.kind, rec.uuid, rec.ref, rec.title,
                        QString::fromUtf8(QJsonDocument(rec.data).toJson(QJsonDocument::Compact)),
                        r.sequence, at},
                       &error);
    }
    if (ok) {
        const auto held = sql::rows(db,
                                    QStringLiteral("SELECT id, kind, uuid FROM partner_records"
                                                   " WHERE org_id = ?"),
                                    {orgId}, &error, &ok);
        for (const QVariantList &h : held) {
            if (!ok)
                break;
            if (keep.contains(h.at(1).toString() + QLatin1Char('/') + h.at(2).toString()))
                continue;
            ok = sql::exec(db, QStringLiteral("DELETE FROM partner_records WHERE id = ?"),
                           {h.at(0)}, &error);
            ++r.removed;
        }
    }
    r.records = int(package.records.size());
    ok = ok && applySignatures(workspace, package, &r, &error);
    if (ok && package.announcedKey) {
        ok = acceptAnnouncedKey(workspace, package.key, *package.announcedKey, r.sequence, &error);
        r.keyRotated = ok;
    }
    PackageCounts counts;
    for (const IncomingRecord &rec : std::as_const(package.records)) {
        if (rec.kind == QLatin1String("assets"))
            ++counts.assets;
        else if (rec.kind == QLatin1String("agreements"))
            ++counts.agreements;
        else
            ++counts.retentionClasses;
    }
    counts.signatures = int(package.signatures.size());
    counts.announcesKey = package.announcedKey.has_value();
    ok =
        ok &&
        sql::exec(db,
                  QStringLiteral("INSERT INTO exchange_senders (partner_uuid, org_id,"
                                 " last_sequence, last_hash, received_at) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (partner_uuid) DO UPDATE SET org_id ="
                                 " excluded.org_id, last_sequence = excluded.last_sequence,"
                                 " last_hash = excluded.last_hash, received_at ="
                                 " excluded.received_at"),
                  {package.manifest.senderUuid, orgId, r.sequence, package.sha256, at}, &error) &&
        sql::exec(db,
                  QStringLiteral("INSERT INTO exchange_log (direction, partner_uuid, org_id,"
                                 " sequence, sha256, previous_sha256, key_id, file_name, counts,"
                                 " result, at, by) VALUES ('received', ?, ?, ?, ?, ?, ?, ?, ?,"
                                 " 'imported', ?, ?)"),
                  {package.manifest.senderUuid, orgId, r.sequence, package.sha256,
                   package.manifest.previousSha256, package.key.keyId, QFileInfo(path).fileName(),
                   QString::fromUtf8(QJsonDocument(counts.toJson()).toJson(QJsonDocument::Compact)),
                   at, workspace.userName()},
                  &error);
    if (ok) {
        const auto org = sql::rows(db,
                                   QStringLiteral("SELECT uuid, ref FROM organisations WHERE"
                                                  " id = ?"),
                                   {orgId});
        AuditEntry e;
        e.user = workspace.userName();
        e.recordTable = QStringLiteral("exchange_log");
        e.recordUuid = org.isEmpty() ? QString() : org.constFirst().at(0).toString();
        e.recordRef = org.isEmpty() ? QString() : org.constFirst().at(1).toString();
        e.action = QStringLiteral("create");
        e.field = QStringLiteral("package");
        e.newValue = ExchangeTr::tr("package %1 from %2 imported (%3), SHA-256 %4, signed with "
                                    "key %5")
                         .arg(r.sequence)
                         .arg(r.partner, counts.text(), package.sha256, package.key.keyId);
        ok = audit::append(db, e, &error);
    }
    if (!ok || !tx.commit()) {
        if (error.isEmpty())
            error = tx.errorString();
        tx.rollback();
        return refused(Refusal::Database,
                       ExchangeTr::tr("Package %1 from %2 could not be imported: %3. Nothing was "
                                      "imported.")
                           .arg(r.sequence)
                           .arg(r.partner, error));
    }
    workspace.queueChange(QStringLiteral("partner_records"), 0);
    r.ok = true;
    r.message = ExchangeTr::tr("Imported package %1 from %2: %3.")
                    .arg(r.sequence)
                    .arg(r.partner, counts.text());
    return r;
}

} // namespace

ImportResult importPackageFile(Workspace &workspace, const QString &path,
                               const PackageLimits &limits)
{
    return importVerified(workspace, readPackageFile(workspace, path, limits), path);
}

ImportResult importPackage(Workspace &workspace, const QByteArray &archive,
                           const QByteArray &signatureFile, const QString &name,
                           const PackageLimits &limits)
{
    return importVerified(workspace, readPackage(workspace, archive, signatureFile, name, limits),
                          name);
}

QList<PartnerRecord> partnerRecords(Workspace &workspace, const QString &kind)
{
    QList<PartnerRecord> out;
    const auto rows =
        kind.isEmpty()
            ? sql::rows(workspace.database(), QStringLiteral("SELECT ") + PartnerColumns +
                                                  QStringLiteral(" ORDER BY p.kind, o.name, p.ref"))
            : sql::rows(workspace.database(),
                        QStringLiteral("SELECT ") + PartnerColumns +
                            QStringLiteral(" WHERE p.kind = ? ORDER BY o.name, p.ref"),
                        {kind});
    for (const QVariantList &r : rows)
        out << fromRow(r);
    return out;
}

std::optional<PartnerRecord> partnerRecord(Workspace &workspace, qint64 id)
{
    const auto rows = sql::rows(
        workspace.database(),
        QStringLiteral("SELECT ") + PartnerColumns + QStringLiteral(" WHERE p.id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows.constFirst());
}

bool signPartnerAgreement(Workspace &workspace, qint64 partnerRecordId, const QString &name,
                          const QString &role, const QDate &signedOn, QString *error)
{
    if (workspace.isReadOnly())
        return fail(error, workspace.readOnlyMessage());
    const auto record = partnerRecord(workspace, partnerRecordId);
    if (!record || record->kind != QLatin1String("agreements"))
        return fail(error, ExchangeTr::tr("That is not an agreement a partner shared with you."));
    if (name.trimmed().isEmpty() || role.trimmed().isEmpty() || !signedOn.isValid())
        return fail(error, ExchangeTr::tr("Give who signed, their role and the date."));
    const QString self = selfUuid(workspace);
    bool party = false;
    for (const QJsonValue &p : record->data.value(QStringLiteral("parties")).toArray())
        party = party || p.toObject().value(QStringLiteral("partner_id")).toString() == self;
    if (!party)
        return fail(error, ExchangeTr::tr("%1 of %2 does not name your organisation as a party "
                                          "(by your partner id %3). Ask %2 to add you, with "
                                          "your public key on their trust list.")
                               .arg(record->ref, record->orgName, self));
    const QJsonObject values = record->data.value(QStringLiteral("values")).toObject();
    if (values.value(QStringLiteral("status")).toString() != agreementStatus::outForSignature)
        return fail(
            error,
            ExchangeTr::tr("%1 of %2 is not out for signature.").arg(record->ref, record->orgName));
    const int version = values.value(QStringLiteral("version")).toInt(1);
    if (sql::scalar(workspace.database(),
                    QStringLiteral("SELECT 1 FROM exchange_signatures WHERE agreement_uuid = ? AND"
                                   " version = ? AND org_id = ?"),
                    {record->uuid, version, record->orgId})
            .isValid())
        return fail(error, ExchangeTr::tr("You have signed version %1 of %2 already.")
                               .arg(version)
                               .arg(record->ref));
    const auto org = sql::rows(workspace.database(),
                               QStringLiteral("SELECT uuid, ref FROM organisations WHERE id = ?"),
                               {record->orgId});
    WriteTransaction tx(workspace);
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("exchange_signatures");
    e.recordUuid = record->uuid;
    e.recordRef = org.isEmpty() ? record->ref : org.constFirst().at(1).toString();
    e.action = QStringLiteral("create");
    e.field = QStringLiteral("signature");
    e.newValue = ExchangeTr::tr("%1 of %2 signed by %3 (%4) on %5, version %6")
                     .arg(record->ref, record->orgName, name.trimmed(), role.trimmed(),
                          signedOn.toString(Qt::ISODate))
                     .arg(version);
    if (!tx.isActive() ||
        !sql::exec(workspace.database(),
                   QStringLiteral("INSERT INTO exchange_signatures (uuid, org_id, agreement_uuid,"
                                  " agreement_ref, version, name, role, signed_on, recorded_at,"
                                  " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {QUuid::createUuid().toString(QUuid::WithoutBraces), record->orgId, record->uuid,
                    record->ref, version, name.trimmed(), role.trimmed(),
                    signedOn.toString(Qt::ISODate), nowText(), workspace.userName()},
                   error) ||
        !audit::append(workspace.database(), e, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

} // namespace igw::exchange
