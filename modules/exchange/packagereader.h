#pragma once

#include "exchange/minisign.h"
#include "exchange/trust.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace igw {
class Workspace;
}

namespace igw::exchange {

// Caps on what a package may hold; anything over them is refused before it is read.
struct PackageLimits {
    qint64 maxArchiveBytes = 256LL * 1024 * 1024;
    int maxEntries = 20000;
    qint64 maxEntryBytes = 16LL * 1024 * 1024;
    qint64 maxTotalBytes = 256LL * 1024 * 1024;
    qint64 maxManifestBytes = 8LL * 1024 * 1024;
};

// Why a package was refused. Every refusal comes with a message saying what, where and what
// to do; nothing is imported.
enum class Refusal {
    None,
    Unreadable,      // the file or its .minisig cannot be read, or is too large
    SignatureFile,   // the .minisig is not in minisign's format
    UnknownKey,      // signed with a key not on the trust list
    RevokedKey,      // signed with a revoked key
    ReplacedKey,     // signed with a key the partner has replaced
    BadSignature,    // the signature does not match the bytes
    TrustedComment,  // the trusted comment does not name this sender, sequence and archive
    NotATar,         // not a tar archive, or damaged or truncated
    UnsafeEntry,     // absolute path, "..", a name outside the pattern, a duplicate
    Link,            // symbolic or hard link
    NotARegularFile, // directory, device, fifo...
    TooManyEntries,
    TooLarge,         // an entry or the whole over its cap (declared or actually read)
    Manifest,         // manifest missing, not first, or not valid
    ManifestMismatch, // a member missing, extra, or of the wrong size or hash
    Content,          // a member's JSON is not what its kind must be
    Replay,           // sequence already seen (or older) with different content
    Gap,              // packages missing between the last one imported and this one
    ChainBroken,      // previous package hash does not match the last one imported
    Database,         // writing failed; nothing was imported
};

struct ManifestMember {
    QString path;
    qint64 size = 0;
    QString sha256;
};

struct Manifest {
    QString senderUuid;
    QString senderName;
    QString keyId;
    qint64 sequence = 0;
    QString previousSha256;
    QDateTime created;
    QList<ManifestMember> members;
};

struct IncomingRecord {
    QString kind; // assets, agreements, retention-classes
    QString uuid;
    QString ref;
    QString title;
    QJsonObject data; // the member as sent
};

struct IncomingSignature {
    QString uuid;
    QString agreementUuid;
    QString agreementRef;
    int version = 0;
    QString name;
    QString role;
    QDate signedOn;
};

struct VerifiedPackage {
    TrustedKey key; // the trusted key that signed it
    Manifest manifest;
    QString sha256;
    qint64 size = 0;
    QList<IncomingRecord> records;
    QList<IncomingSignature> signatures;
    std::optional<PublicKey> announcedKey;
};

struct ReadResult {
    std::optional<VerifiedPackage> package;
    Refusal refusal = Refusal::None;
    QString message;
    bool ok() const { return package.has_value(); }
};

// Reads a package as hostile input: the signature is checked over the exact bytes against
// the trust list before anything parses them; then the tar reader alone (no other format,
// nothing written to disk) streams each entry: regular files only, names from a strict
// pattern, no duplicates, entry count and sizes capped (declared and actually read); the
// manifest comes first and must match the members exactly; every member must be valid JSON
// of its kind. The sequence is not checked here (see checkSequence in packageimport.h).
ReadResult readPackage(Workspace &workspace, const QByteArray &archive,
                       const QByteArray &signatureFile, const QString &name,
                       const PackageLimits &limits = {});
// Reads FILE and FILE.minisig (sizes checked before reading).
ReadResult readPackageFile(Workspace &workspace, const QString &path,
                           const PackageLimits &limits = {});

} // namespace igw::exchange
