#include "exchange/trust.h"

#include "exchange/exchangetr.h"
#include "exchange/keys.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QRegularExpression>

namespace igw::exchange {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

const QString Columns = QStringLiteral(
    "t.id, t.org_id, o.ref, o.name, t.partner_uuid, t.key_id, t.public_key, t.fingerprint,"
    " t.status, t.added_at, t.confirmed_at, t.confirmed_by, t.revoked_reason, t.replaced_by");

TrustedKey fromRow(const QVariantList &r)
{
    TrustedKey k;
    k.id = r.at(0).toLongLong();
    k.orgId = r.at(1).toLongLong();
    k.orgRef = r.at(2).toString();
    k.orgName = r.at(3).toString();
    k.partnerUuid = r.at(4).toString();
    k.keyId = r.at(5).toString();
    k.publicKey.keyNumber = keyNumberFromText(k.keyId).value_or(QByteArray());
    k.publicKey.key = QByteArray::fromBase64(r.at(6).toString().toLatin1());
    k.fingerprint = r.at(7).toString();
    k.status = r.at(8).toString();
    k.addedAt = QDateTime::fromString(r.at(9).toString(), Qt::ISODateWithMs);
    k.confirmedAt = QDateTime::fromString(r.at(10).toString(), Qt::ISODateWithMs);
    k.confirmedBy = r.at(11).toString();
    k.revokedReason = r.at(12).toString();
    k.replacedBy = r.at(13).toLongLong();
    return k;
}

QList<TrustedKey> select(Workspace &workspace, const QString &where, const QVariantList &binds)
{
    QList<TrustedKey> out;
    const auto rows = sql::rows(workspace.database(),
                                QStringLiteral("SELECT ") + Columns +
                                    QStringLiteral(" FROM exchange_trust t JOIN organisations o"
                                                   " ON o.id = t.org_id") +
                                    where + QStringLiteral(" ORDER BY o.name, t.id"),
                                binds);
    for (const QVariantList &r : rows)
        out << fromRow(r);
    return out;
}

bool auditTrust(Workspace &workspace, qint64 orgId, const QString &oldValue,
                const QString &newValue, QString *error)
{
    const auto org =
        sql::rows(workspace.database(),
                  QStringLiteral("SELECT uuid, ref FROM organisations WHERE id = ?"), {orgId});
    if (org.isEmpty())
        return fail(error, ExchangeTr::tr("The organisation is not in the directory."));
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("exchange_trust");
    e.recordUuid = org.constFirst().at(0).toString();
    e.recordRef = org.constFirst().at(1).toString();
    e.action = QStringLiteral("update");
    e.field = QStringLiteral("trusted_key");
    e.oldValue = oldValue;
    e.newValue = newValue;
    return audit::append(workspace.database(), e, error);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString statusText(const QString &status)
{
    if (status == QLatin1String("trusted"))
        return ExchangeTr::tr("trusted");
    if (status == QLatin1String("revoked"))
        return ExchangeTr::tr("revoked");
    if (status == QLatin1String("replaced"))
        return ExchangeTr::tr("replaced by a newer key");
    return status;
}

std::optional<PartnerKeyFile> readPartnerKeyFile(const QByteArray &content, QString *error)
{
    const auto parsed = parsePublicKeyFile(content, error);
    if (!parsed)
        return std::nullopt;
    PartnerKeyFile f;
    f.key = parsed->key;
    static const QRegularExpression re(
        QStringLiteral("^minisign public key [0-9A-F]{16} of (.{1,300}) \\(partner id "
                       "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\)$"));
    const auto m = re.match(parsed->untrustedComment);
    if (m.hasMatch()) {
        f.partnerName = m.captured(1);
        f.partnerUuid = m.captured(2);
    }
    return f;
}

QList<TrustedKey> trustList(Workspace &workspace)
{
    return select(workspace, {}, {});
}

std::optional<TrustedKey> trustedKeyById(Workspace &workspace, const QString &keyId)
{
    const auto found = select(workspace, QStringLiteral(" WHERE t.key_id = ?"), {keyId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<TrustedKey> addTrustedKey(Workspace &workspace, qint64 orgId,
                                        const PartnerKeyFile &file, const QString &partnerUuid,
                                        const QString &typedFingerprint, QString *error)
{
    static const QRegularExpression uuidRe(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString uuid = partnerUuid.isEmpty() ? file.partnerUuid : partnerUuid.trimmed().toLower();
    const QString keyId = keyIdText(file.key.keyNumber);
    if (workspace.isReadOnly()) {
        fail(error, workspace.readOnlyMessage());
        return std::nullopt;
    }
    if (!file.key.isValid()) {
        fail(error, ExchangeTr::tr("The key is not an Ed25519 public key."));
        return std::nullopt;
    }
    if (!uuidRe.match(uuid).hasMatch()) {
        fail(error, ExchangeTr::tr("The key file does not say which organisation's workspace "
                                   "signs with it. Ask the partner for their partner id (`igw "
                                   "keys export-public` shows it) and give it with "
                                   "--partner-id."));
        return std::nullopt;
    }
    if (!fingerprintMatches(typedFingerprint, file.key.key)) {
        fail(error, ExchangeTr::tr("The fingerprint given does not match the key: nothing was "
                                   "added. The key's fingerprint is\n  %1\nCompare it with the "
                                   "one the partner reads to you on the phone or sends on "
                                   "paper; if they differ, do not trust this file.")
                        .arg(fingerprint(file.key.key)));
        return std::nullopt;
    }
    if (orgId == workspace.selfOrganisationId() || uuid == selfUuid(workspace)) {
        fail(error, ExchangeTr::tr("This is your own organisation: only partners' keys go on "
                                   "the trust list."));
        return std::nullopt;
    }
    if (!sql::scalar(workspace.database(),
                     QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"), {orgId})
             .isValid()) {
        fail(error, ExchangeTr::tr("The organisation is not in the directory. Add the partner "
                                   "to the directory first."));
        return std::nullopt;
    }
    if (const auto existing = trustedKeyById(workspace, keyId)) {
        fail(error, ExchangeTr::tr("Key %1 is already on the trust list for %2 (%3).")
                        .arg(keyId, existing->orgName, statusText(existing->status)));
        return std::nullopt;
    }
    const auto others = select(workspace, QStringLiteral(" WHERE t.partner_uuid = ?"), {uuid});
    for (const TrustedKey &k : others) {
        if (k.orgId != orgId) {
            fail(error, ExchangeTr::tr("Partner id %1 already belongs to %2 on the trust list. "
                                       "One partner is one organisation in the directory.")
                            .arg(uuid, k.orgName));
            return std::nullopt;
        }
        if (k.status == QLatin1String("trusted")) {
            fail(error, ExchangeTr::tr("%1 already has trusted key %2. Revoke it first, or let "
                                       "the partner rotate it: a new key announced in a "
                                       "package signed by the old one is trusted without "
                                       "this step.")
                            .arg(k.orgName, k.keyId));
            return std::nullopt;
        }
    }
    WriteTransaction tx(workspace);
    const QString fp = fingerprint(file.key.key);
    const QString at = now();
    if (!tx.isActive() ||
        !sql::exec(workspace.database(),
                   QStringLiteral("INSERT INTO exchange_trust (org_id, partner_uuid, key_id,"
                                  " public_key, fingerprint, status, added_at, added_by,"
                                  " confirmed_at, confirmed_by) VALUES (?, ?, ?, ?, ?, 'trusted',"
                                  " ?, ?, ?, ?)"),
                   {orgId, uuid, keyId, QString::fromLatin1(file.key.key.toBase64()), fp, at,
                    workspace.userName(), at, workspace.userName()},
                   error) ||
        !auditTrust(workspace, orgId, QString(),
                    ExchangeTr::tr("key %1 trusted, fingerprint %2 confirmed").arg(keyId, fp),
                    error) ||
        !tx.commit()) {
        if (error && error->isEmpty())
            *error = tx.errorString();
        return std::nullopt;
    }
    return trustedKeyById(workspace, keyId);
}

bool revokeKey(Workspace &workspace, const QString &keyId, const QString &reason, QString *error)
{
    if (workspace.isReadOnly())
        return fail(error, workspace.readOnlyMessage());
    const auto key = trustedKeyById(workspace, keyId.trimmed().toUpper());
    if (!key)
        return fail(error, ExchangeTr::tr("Key %1 is not on the trust list. `igw trust list` "
                                          "shows the keys.")
                               .arg(keyId));
    if (key->status == QLatin1String("revoked"))
        return fail(
            error,
            ExchangeTr::tr("Key %1 of %2 is already revoked.").arg(key->keyId, key->orgName));
    if (reason.trimmed().isEmpty())
        return fail(error, ExchangeTr::tr("Say why the key is revoked (for example \"key lost "
                                          "with a laptop\"): the reason is kept in the audit "
                                          "trail."));
    WriteTransaction tx(workspace);
    if (!tx.isActive() ||
        !sql::exec(workspace.database(),
                   QStringLiteral("UPDATE exchange_trust SET status = 'revoked', revoked_at = ?,"
                                  " revoked_by = ?, revoked_reason = ? WHERE id = ?"),
                   {now(), workspace.userName(), reason.trimmed(), key->id}, error) ||
        !auditTrust(workspace, key->orgId,
                    ExchangeTr::tr("key %1 %2").arg(key->keyId, statusText(key->status)),
                    ExchangeTr::tr("key %1 revoked: %2").arg(key->keyId, reason.trimmed()), error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

bool acceptAnnouncedKey(Workspace &workspace, const TrustedKey &previous, const PublicKey &next,
                        qint64 sequence, QString *error)
{
    const QString keyId = keyIdText(next.keyNumber);
    if (const auto existing = trustedKeyById(workspace, keyId)) {
        if (existing->publicKey.key == next.key && existing->partnerUuid == previous.partnerUuid)
            return true;
        return fail(error, ExchangeTr::tr("The package announces key %1, but that key id is "
                                          "already on the trust list for %2.")
                               .arg(keyId, existing->orgName));
    }
    const QString at = now();
    const QString fp = fingerprint(next.key);
    const qint64 id = sql::insert(
        workspace.database(),
        QStringLiteral("INSERT INTO exchange_trust (org_id, partner_uuid, key_id, public_key,"
                       " fingerprint, status, added_at, added_by, confirmed_at, confirmed_by)"
                       " VALUES (?, ?, ?, ?, ?, 'trusted', ?, ?, ?, ?)"),
        {previous.orgId, previous.partnerUuid, keyId, QString::fromLatin1(next.key.toBase64()), fp,
         at, workspace.userName(), at,
         ExchangeTr::tr("announced in package %1 signed with key %2")
             .arg(sequence)
             .arg(previous.keyId)},
        error);
    if (id == 0)
        return false;
    return sql::exec(workspace.database(),
                     QStringLiteral("UPDATE exchange_trust SET status = 'replaced', replaced_by = ?"
                                    " WHERE id = ?"),
                     {id, previous.id}, error) &&
           auditTrust(workspace, previous.orgId,
                      ExchangeTr::tr("key %1 trusted").arg(previous.keyId),
                      ExchangeTr::tr("key %1 replaced by key %2 (fingerprint %3), announced in "
                                     "package %4 signed with the old key")
                          .arg(previous.keyId, keyId, fp)
                          .arg(sequence),
                      error);
}

} // namespace igw::exchange
