#pragma once

#include "exchange/minisign.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace igw {
class Workspace;
}

namespace igw::exchange {

// Our organisation's signing keys. The workspace holds only the public halves
// (exchange_keys); the secret key lives in a key file outside the workspace, encrypted with
// a key derived from a passphrase (Argon2id, crypto_pwhash) and XSalsa20-Poly1305
// (crypto_secretbox). The passphrase is never stored.
struct OwnKey {
    qint64 id = 0;
    QString keyId; // minisign's key id, 16 hex digits
    PublicKey publicKey;
    QString fingerprint;
    QString status; // current, pending (announced in the next package), retired
    QDateTime createdAt;
};

// The key file's JSON, and reading it back. Argon2id limits default to libsodium's
// "moderate" ones; a file asking for more than the "sensitive" ones, or less than the
// "interactive" ones, is refused.
struct KdfLimits {
    quint64 opsLimit;
    size_t memLimit;
};
KdfLimits moderateLimits();
KdfLimits interactiveLimits(); // for tests
std::optional<QByteArray> encryptSecretKey(const SecretKey &key, const QByteArray &passphrase,
                                           QString *error, KdfLimits limits = moderateLimits());
std::optional<SecretKey> decryptSecretKey(const QByteArray &file, const QByteArray &passphrase,
                                          QString *error);
// Writes the key file atomically, readable by its owner only; refuses to overwrite.
bool writeKeyFile(const QString &path, const QByteArray &content, QString *error);
std::optional<SecretKey> loadKeyFile(const QString &path, const QByteArray &passphrase,
                                     QString *error);

// The key file beside the workspace that IG Workbench proposes: "<file>-<KEYID>.key".
QString defaultKeyFile(const QString &workspacePath, const QString &keyId);

// The uuid of our own organisation: the sender id partners know us by.
QString selfUuid(Workspace &workspace);

std::optional<OwnKey> currentKey(Workspace &workspace);
std::optional<OwnKey> pendingKey(Workspace &workspace);
std::optional<OwnKey> ownKey(Workspace &workspace, const QString &keyId);

// Makes our first key pair: writes the encrypted key file and records the public key as
// current. Refused when the workspace already has a key (rotate it instead) or the key file
// exists.
std::optional<OwnKey> initKeys(Workspace &workspace, const QString &keyFile,
                               const QByteArray &passphrase, QString *error,
                               KdfLimits limits = moderateLimits());
// Makes the next key pair (pending): the next package, signed with the current key,
// announces it, and from then on packages are signed with it.
std::optional<OwnKey> rotateKey(Workspace &workspace, const QString &newKeyFile,
                                const QByteArray &passphrase, QString *error,
                                KdfLimits limits = moderateLimits());
// The public key file partners add to their trust list (minisign's format; the untrusted
// comment names us and our sender id).
std::optional<QByteArray> exportPublicKey(Workspace &workspace, QString *error);

} // namespace igw::exchange
