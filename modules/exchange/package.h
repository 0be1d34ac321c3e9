#pragma once

#include "exchange/minisign.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace igw {
class Workspace;
struct RecordKind;
} // namespace igw

namespace igw::exchange {

// A package is a tar archive (pax), manifest.json first, then one JSON member per record
// shared (records/<kind>/<uuid>.json), per signature we gave to a partner's agreement
// (signatures/<uuid>.json) and, after a key rotation, the announcement of our next key
// (keys/next.json); beside it FILE.minisig, minisign's signature of the whole archive whose
// trusted comment names sender, sequence and the archive's SHA-256.
constexpr char PackageFormat[] = "igw-exchange-package";
constexpr int PackageFormatVersion = 1;

struct PackageCounts {
    int assets = 0;
    int agreements = 0;
    int retentionClasses = 0;
    int signatures = 0;
    bool announcesKey = false;
    QJsonObject toJson() const;
    QString text() const; // "3 assets, 1 agreement, ..." for people
};

struct BuiltPackage {
    QString path;
    QString signaturePath;
    qint64 sequence = 0;
    QString sha256;
    QString previousSha256;
    QString keyId;
    PackageCounts counts;
};

// "<sender uuid>-<sequence>-<first 12 hex of the SHA-256>.tar": the name in an outbox.
QString packageFileName(const QString &senderUuid, qint64 sequence, const QString &sha256);
QByteArray trustedComment(const QString &senderUuid, qint64 sequence, const QString &sha256);

// Builds the next package from the records marked shareable (metadata only: no notes, no
// links to our people or other records, no attached documents), signs it with `signer`
// (which must be the workspace's current key), writes `path` and `path`.minisig (each to a
// temporary name, then renamed; an existing file is never replaced) and logs it as sent with
// the next sequence number. A pending key is announced and becomes current.
std::optional<BuiltPackage> buildPackage(Workspace &workspace, const SecretKey &signer,
                                         const QString &path, QString *error);

// Marks one of our assets, agreements or retention classes as shared with partners or not
// (audited like any field change).
bool setShareable(Workspace &workspace, const RecordKind &kind, qint64 id, bool shareable,
                  QString *error);

} // namespace igw::exchange
