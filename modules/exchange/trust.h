#pragma once

#include "exchange/minisign.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace igw {
class Workspace;
}

namespace igw::exchange {

// The trust list: partners' public keys, each tied to an organisation in our directory and
// to the sender id (uuid) the partner's own workspace gives itself. A key is added only with
// the fingerprint confirmed out of band (read out on the phone, compared on paper).
struct TrustedKey {
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgRef;
    QString orgName;
    QString partnerUuid;
    QString keyId;
    PublicKey publicKey;
    QString fingerprint;
    QString status; // trusted, revoked, replaced
    QDateTime addedAt;
    QDateTime confirmedAt;
    QString confirmedBy;
    QString revokedReason;
    qint64 replacedBy = 0;
};

// What a partner's public key file says: the key, and from the untrusted comment IG
// Workbench writes, the partner's name and sender id (both only hints until confirmed).
struct PartnerKeyFile {
    PublicKey key;
    QString partnerUuid; // empty when the comment does not give one (e.g. minisign -G)
    QString partnerName;
};
std::optional<PartnerKeyFile> readPartnerKeyFile(const QByteArray &content, QString *error);

QList<TrustedKey> trustList(Workspace &workspace);
std::optional<TrustedKey> trustedKeyById(Workspace &workspace, const QString &keyId);

// Adds a partner's key as trusted. `typedFingerprint` is the fingerprint the partner gave
// out of band; it must match. `partnerUuid` overrides the key file's. Refused for our own
// organisation, an unknown organisation, a key already on the list, or a partner that has a
// trusted key already (revoke it first, or let a rotation replace it).
std::optional<TrustedKey> addTrustedKey(Workspace &workspace, qint64 orgId,
                                        const PartnerKeyFile &file, const QString &partnerUuid,
                                        const QString &typedFingerprint, QString *error);
// Revokes a key: packages signed with it are refused from now on.
bool revokeKey(Workspace &workspace, const QString &keyId, const QString &reason, QString *error);
// Within the import's transaction: the partner's next key, announced in a package signed by
// `previous`, becomes trusted and `previous` replaced.
bool acceptAnnouncedKey(Workspace &workspace, const TrustedKey &previous, const PublicKey &next,
                        qint64 sequence, QString *error);

QString statusText(const QString &status);

} // namespace igw::exchange
