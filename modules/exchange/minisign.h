#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace igw::exchange {

// minisign's formats (https://jedisct1.github.io/minisign/), so a package can be checked
// with the `minisign` tool alone. A public key file is an "untrusted comment:" line and the
// base64 of "Ed" + 8-byte key number + 32-byte Ed25519 key. A signature file is an
// "untrusted comment:" line, the base64 of the algorithm ("ED": Ed25519 over the BLAKE2b-512
// of the file, minisign's default; "Ed": over the file itself, its legacy form) + key number
// + 64-byte signature, a "trusted comment:" line and the base64 of the global signature
// (Ed25519 over the signature followed by the trusted comment).
constexpr int KeyNumberBytes = 8;
constexpr int PublicKeyBytes = 32;
constexpr int SecretKeyBytes = 64;
constexpr int SignatureBytes = 64;

struct PublicKey {
    QByteArray keyNumber; // 8 bytes, as in the files
    QByteArray key;       // 32 bytes
    bool isValid() const
    {
        return keyNumber.size() == KeyNumberBytes && key.size() == PublicKeyBytes;
    }
};

// A secret key in memory; wiped when destroyed.
class SecretKey {
public:
    SecretKey() = default;
    SecretKey(const SecretKey &other);
    SecretKey &operator=(const SecretKey &other);
    ~SecretKey();
    PublicKey publicKey;
    unsigned char bytes[SecretKeyBytes] = {}; // libsodium's secret key (seed + public key)
    bool isValid() const { return publicKey.isValid(); }
};

// A new random key pair with a random key number.
SecretKey generateKey();

// minisign's way of showing a key number: 16 upper-case hex digits (little-endian number).
QString keyIdText(const QByteArray &keyNumber);
std::optional<QByteArray> keyNumberFromText(const QString &text);
// The fingerprint people read to each other on the phone: SHA-256 of the public key, 64 hex
// digits in groups of four.
QString fingerprint(const QByteArray &publicKey);
// The fingerprint as typed (any case, spaces or colons) compared with the real one.
bool fingerprintMatches(const QString &typed, const QByteArray &publicKey);

QByteArray publicKeyFile(const PublicKey &key, const QString &untrustedComment);
struct PublicKeyFile {
    PublicKey key;
    QString untrustedComment;
};
std::optional<PublicKeyFile> parsePublicKeyFile(const QByteArray &text, QString *error);

struct Signature {
    QByteArray algorithm; // "ED" (prehashed) or "Ed" (legacy)
    QByteArray keyNumber;
    QByteArray signature;
    QString untrustedComment;
    QByteArray trustedComment;
    QByteArray globalSignature;
};
// Signs `data` the way `minisign -S` does (prehashed "ED").
QByteArray signatureFile(const QByteArray &data, const SecretKey &key,
                         const QByteArray &trustedComment, const QString &untrustedComment);
std::optional<Signature> parseSignatureFile(const QByteArray &text, QString *error);
// Checks the signature over `data` and the global signature over the trusted comment.
bool verify(const QByteArray &data, const Signature &signature, const PublicKey &key,
            QString *error);

QString sha256Hex(const QByteArray &data);

} // namespace igw::exchange
