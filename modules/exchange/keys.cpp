#include "exchange/keys.h"

#include "exchange/exchangetr.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace igw::exchange {

namespace {

constexpr char KeyFileFormat[] = "igw-exchange-secret-key";
constexpr qsizetype KeyFileMaxBytes = 16 * 1024;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromB64(const QJsonValue &value, qsizetype size)
{
    const auto r = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!r || (size >= 0 && r.decoded.size() != size))
        return std::nullopt;
    return r.decoded;
}

std::optional<OwnKey> keyWhere(Workspace &workspace, const QString &where,
                               const QVariantList &binds)
{
    const auto rows = sql::rows(workspace.database(),
                                QStringLiteral("SELECT id, key_id, public_key, fingerprint, status,"
                                               " created_at FROM exchange_keys WHERE ") +
                                    where + QStringLiteral(" ORDER BY id DESC LIMIT 1"),
                                binds);
    if (rows.isEmpty())
        return std::nullopt;
    const QVariantList &r = rows.constFirst();
    OwnKey k;
    k.id = r.at(0).toLongLong();
    k.keyId = r.at(1).toString();
    k.publicKey.keyNumber = keyNumberFromText(k.keyId).value_or(QByteArray());
    k.publicKey.key = QByteArray::fromBase64(r.at(2).toString().toLatin1());
    k.fingerprint = r.at(3).toString();
    k.status = r.at(4).toString();
    k.createdAt = QDateTime::fromString(r.at(5).toString(), Qt::ISODateWithMs);
    return k;
}

bool auditKey(Workspace &workspace, const QString &field, const QString &oldValue,
              const QString &newValue, QString *error)
{
    const auto self = sql::rows(workspace.database(),
                                QStringLiteral("SELECT uuid, ref FROM organisations WHERE id = ?"),
                                {workspace.selfOrganisationId()});
    if (self.isEmpty())
        return fail(error, ExchangeTr::tr("The workspace has no organisation profile."));
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("exchange_keys");
    e.recordUuid = self.constFirst().at(0).toString();
    e.recordRef = self.constFirst().at(1).toString();
    e.action = QStringLiteral("update");
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    return audit::append(workspace.database(), e, error);
}

// Makes a key pair, writes its key file and records the public half with `status`.
std::optional<OwnKey> makeKey(Workspace &workspace, const QString &keyFile,
                              const QByteArray &passphrase, const QString &status, QString *error,
                              KdfLimits limits)
{
    if (workspace.isReadOnly()) {
        fail(error, workspace.readOnlyMessage());
        return std::nullopt;
    }
    if (passphrase.size() < 8) {
        fail(error, ExchangeTr::tr("The passphrase is too short: use at least 8 characters, "
                                   "better a few words, and keep it where your organisation "
                                   "keeps its other secrets."));
        return std::nullopt;
    }
    const SecretKey key = generateKey();
    if (!key.isValid()) {
        fail(error, ExchangeTr::tr("The cryptography library could not start."));
        return std::nullopt;
    }
    const auto content = encryptSecretKey(key, passphrase, error, limits);
    if (!content)
        return std::nullopt;
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    const QString keyId = keyIdText(key.publicKey.keyNumber);
    const QString fp = fingerprint(key.publicKey.key);
    if (!sql::exec(workspace.database(),
                   QStringLiteral("INSERT INTO exchange_keys (key_id, public_key, fingerprint,"
                                  " status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                   {keyId, b64(key.publicKey.key), fp, status,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                    workspace.userName()},
                   error) ||
        !auditKey(workspace, QStringLiteral("signing_key"), QString(),
                  ExchangeTr::tr("key %1 (%2), fingerprint %3").arg(keyId, status, fp), error))
        return std::nullopt;
    // The key file is written last before the commit, so a failed write leaves no key in the
    // workspace that nobody can use; a failed commit removes the file again.
    if (!writeKeyFile(keyFile, *content, error))
        return std::nullopt;
    if (!tx.commit()) {
        QFile::remove(keyFile);
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return ownKey(workspace, keyId);
}

} // namespace

KdfLimits moderateLimits()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits interactiveLimits()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

std::optional<QByteArray> encryptSecretKey(const SecretKey &key, const QByteArray &passphrase,
                                           QString *error, KdfLimits limits)
{
    if (sodium_init() < 0) {
        fail(error, ExchangeTr::tr("The cryptography library could not start."));
        return std::nullopt;
    }
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    unsigned char boxKey[crypto_secretbox_KEYBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    if (crypto_pwhash(boxKey, sizeof boxKey, passphrase.constData(), quint64(passphrase.size()),
                      salt, limits.opsLimit, limits.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        fail(error, ExchangeTr::tr("There is not enough memory to protect the key with the "
                                   "passphrase."));
        return std::nullopt;
    }
    QByteArray box(crypto_secretbox_MACBYTES + SecretKeyBytes, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()), key.bytes, SecretKeyBytes,
                          nonce, boxKey);
    sodium_memzero(boxKey, sizeof boxKey);
    QJsonObject o{{QStringLiteral("format"), QLatin1String(KeyFileFormat)},
                  {QStringLiteral("format_version"), 1},
                  {QStringLiteral("key_id"), keyIdText(key.publicKey.keyNumber)},
                  {QStringLiteral("public_key"), b64(key.publicKey.key)},
                  {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                  {QStringLiteral("opslimit"), QString::number(limits.opsLimit)},
                  {QStringLiteral("memlimit"), QString::number(limits.memLimit)},
                  {QStringLiteral("salt"),
                   b64(QByteArray(reinterpret_cast<const char *>(salt), sizeof salt))},
                  {QStringLiteral("nonce"),
                   b64(QByteArray(reinterpret_cast<const char *>(nonce), sizeof nonce))},
                  {QStringLiteral("secret_key"), b64(box)}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<SecretKey> decryptSecretKey(const QByteArray &file, const QByteArray &passphrase,
                                          QString *error)
{
    const QString notKey = ExchangeTr::tr("This is not an IG Workbench key file. Give the file "
                                          "`igw keys init` wrote.");
    if (sodium_init() < 0) {
        fail(error, ExchangeTr::tr("The cryptography library could not start."));
        return std::nullopt;
    }
    if (file.size() > KeyFileMaxBytes) {
        fail(error, notKey);
        return std::nullopt;
    }
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(file, &pe).object();
    if (pe.error != QJsonParseError::NoError ||
        o.value(QStringLiteral("format")).toString() != QLatin1String(KeyFileFormat)) {
        fail(error, notKey);
        return std::nullopt;
    }
    if (o.value(QStringLiteral("format_version")).toInt() != 1 ||
        o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13")) {
        fail(error, ExchangeTr::tr("The key file was written by a newer IG Workbench. Use "
                                   "that version, or make a new key."));
        return std::nullopt;
    }
    bool opsOk = false;
    bool memOk = false;
    const quint64 ops = o.value(QStringLiteral("opslimit")).toString().toULongLong(&opsOk);
    const quint64 mem = o.value(QStringLiteral("memlimit")).toString().toULongLong(&memOk);
    const auto number = keyNumberFromText(o.value(QStringLiteral("key_id")).toString());
    const auto pk = fromB64(o.value(QStringLiteral("public_key")), PublicKeyBytes);
    const auto salt = fromB64(o.value(QStringLiteral("salt")), crypto_pwhash_SALTBYTES);
    const auto nonce = fromB64(o.value(QStringLiteral("nonce")), crypto_secretbox_NONCEBYTES);
    const auto box =
        fromB64(o.value(QStringLiteral("secret_key")), crypto_secretbox_MACBYTES + SecretKeyBytes);
    // A hostile file must not make us spend gigabytes or hours on the key derivation.
    if (!opsOk || !memOk || ops < crypto_pwhash_OPSLIMIT_INTERACTIVE ||
        ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_INTERACTIVE ||
        mem > crypto_pwhash_MEMLIMIT_SENSITIVE || !number || !pk || !salt || !nonce || !box) {
        fail(error, ExchangeTr::tr("The key file is damaged. Restore it from your backup."));
        return std::nullopt;
    }
    unsigned char boxKey[crypto_secretbox_KEYBYTES];
    if (crypto_pwhash(boxKey, sizeof boxKey, passphrase.constData(), quint64(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt->constData()), ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        fail(error, ExchangeTr::tr("There is not enough memory to open the key file."));
        return std::nullopt;
    }
    SecretKey key;
    const int opened = crypto_secretbox_open_easy(
        key.bytes, reinterpret_cast<const unsigned char *>(box->constData()), quint64(box->size()),
        reinterpret_cast<const unsigned char *>(nonce->constData()), boxKey);
    sodium_memzero(boxKey, sizeof boxKey);
    if (opened != 0) {
        fail(error, ExchangeTr::tr("The passphrase is wrong (or the key file was changed). "
                                   "Check the passphrase and try again."));
        return std::nullopt;
    }
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(derived, key.bytes);
    if (QByteArray(reinterpret_cast<const char *>(derived), sizeof derived) != *pk) {
        fail(error, ExchangeTr::tr("The key file is damaged: its secret and public keys do not "
                                   "belong together. Restore it from your backup."));
        return std::nullopt;
    }
    key.publicKey = {*number, *pk};
    return key;
}

bool writeKeyFile(const QString &path, const QByteArray &content, QString *error)
{
    if (QFileInfo::exists(path))
        return fail(error, ExchangeTr::tr("%1 already exists; a key file is never overwritten. "
                                          "Choose another name, or move the old file away if "
                                          "you are sure it is no longer needed.")
                               .arg(QDir::toNativeSeparators(path)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(content) != content.size() || !f.commit())
        return fail(error, ExchangeTr::tr("Cannot write the key file %1: %2")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    return true;
}

std::optional<SecretKey> loadKeyFile(const QString &path, const QByteArray &passphrase,
                                     QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(error, ExchangeTr::tr("Cannot read the key file %1: %2. Give the key file with "
                                   "--key-file.")
                        .arg(QDir::toNativeSeparators(path), f.errorString()));
        return std::nullopt;
    }
    const QByteArray content = f.read(KeyFileMaxBytes + 1);
    QString why;
    auto key = decryptSecretKey(content, passphrase, &why);
    if (!key)
        fail(error, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why));
    return key;
}

QString defaultKeyFile(const QString &workspacePath, const QString &keyId)
{
    const QFileInfo info(workspacePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QLatin1Char('-') + keyId +
                                       QStringLiteral(".key"));
}

QString selfUuid(Workspace &workspace)
{
    return sql::scalar(workspace.database(),
                       QStringLiteral("SELECT uuid FROM organisations WHERE id = ?"),
                       {workspace.selfOrganisationId()})
        .toString();
}

std::optional<OwnKey> currentKey(Workspace &workspace)
{
    return keyWhere(workspace, QStringLiteral("status = 'current'"), {});
}

std::optional<OwnKey> pendingKey(Workspace &workspace)
{
    return keyWhere(workspace, QStringLiteral("status = 'pending'"), {});
}

std::optional<OwnKey> ownKey(Workspace &workspace, const QString &keyId)
{
    return keyWhere(workspace, QStringLiteral("key_id = ?"), {keyId});
}

std::optional<OwnKey> initKeys(Workspace &workspace, const QString &keyFile,
                               const QByteArray &passphrase, QString *error, KdfLimits limits)
{
    if (const auto existing = currentKey(workspace)) {
        fail(error, ExchangeTr::tr("This workspace already has signing key %1 (made %2). Keep "
                                   "using it, or rotate it so partners learn the new key from "
                                   "a package signed by the old one.")
                        .arg(existing->keyId, existing->createdAt.toString(Qt::ISODate)));
        return std::nullopt;
    }
    return makeKey(workspace, keyFile, passphrase, QStringLiteral("current"), error, limits);
}

std::optional<OwnKey> rotateKey(Workspace &workspace, const QString &newKeyFile,
                                const QByteArray &passphrase, QString *error, KdfLimits limits)
{
    if (!currentKey(workspace)) {
        fail(error, ExchangeTr::tr("This workspace has no signing key to rotate yet. Make one "
                                   "with `igw keys init`."));
        return std::nullopt;
    }
    if (const auto pending = pendingKey(workspace)) {
        fail(error, ExchangeTr::tr("Key %1 is already waiting to be announced in the next "
                                   "package. Build a package first.")
                        .arg(pending->keyId));
        return std::nullopt;
    }
    return makeKey(workspace, newKeyFile, passphrase, QStringLiteral("pending"), error, limits);
}

std::optional<QByteArray> exportPublicKey(Workspace &workspace, QString *error)
{
    const auto key = currentKey(workspace);
    if (!key) {
        fail(error, ExchangeTr::tr("This workspace has no signing key yet. Make one with `igw "
                                   "keys init`."));
        return std::nullopt;
    }
    const QString name = sql::scalar(workspace.database(),
                                     QStringLiteral("SELECT name FROM organisations WHERE id = ?"),
                                     {workspace.selfOrganisationId()})
                             .toString();
    return publicKeyFile(key->publicKey,
                         QStringLiteral("minisign public key %1 of %2 (partner id %3)")
                             .arg(key->keyId, name, selfUuid(workspace)));
}

} // namespace igw::exchange
